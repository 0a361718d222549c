import { Form, InputNumber, Typography } from 'antd';
import { type ModelParam } from '../../api/types';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** One InputNumber per declared parameter, bounded as the spec declares (the server checks again). */
export function ParamInputs({ params }: { params: readonly ModelParam[] }) {
  const { t, locale } = useText();
  return params.map((param) => {
    const range = param.min !== undefined || param.max !== undefined ? t('params.range', { min: param.min ?? '−∞', max: param.max ?? '∞' }) : '';
    return (
      <Form.Item
        key={param.name}
        name={param.name}
        label={localized(param.label, locale)}
        rules={[{ required: true }]}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {param.name} · {t('params.default', { value: param.default })}
            {range && ` · ${range}`}
          </Typography.Text>
        }
      >
        <InputNumber
          min={param.min}
          max={param.max}
          precision={param.type === 'integer' ? 0 : undefined}
          step={param.type === 'integer' ? 1 : undefined}
          suffix={param.unit}
          style={{ width: 220 }}
          data-testid={`param-input-${param.name}`}
        />
      </Form.Item>
    );
  });
}

export function currentParamValues(params: readonly ModelParam[]): Record<string, number> {
  return Object.fromEntries(params.map((param) => [param.name, param.value]));
}
