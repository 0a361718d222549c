import { CheckCircleTwoTone } from '@ant-design/icons';
import { Flex, Select, Table, type TableColumnsType, Tag, Tooltip, Typography, theme } from 'antd';
import { type HTMLAttributes } from 'react';
import { type FeedPreview, type PreviewRow } from '../../api/types';
import { formatStandardValue } from '../../format/standard-value';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

type RowError = Extract<PreviewRow, { ok: false }>['errors'][number];

const rowErrors = (row: PreviewRow): readonly RowError[] => (row.ok ? [] : row.errors);

/**
 * The first rows of the file, one column per source header. Each header carries the
 * standard field it feeds (changeable); cells show the standardized value, or the raw
 * value marked in red with the reason when it failed.
 */
export function PreviewTable({ preview, loading, onRemap }: { preview: FeedPreview; loading: boolean; onRemap: (header: string, field: string) => void }) {
  const { t, locale } = useText();
  const { token } = theme.useToken();

  const fieldOptions = [
    { value: '', label: t('mapping.skip') },
    ...preview.fields.map((field) => ({
      value: field.name,
      label: `${localized(field.label, locale)}${field.required ? ' *' : ''}`,
      title: field.name,
    })),
  ];

  const errorsOfColumn = (row: PreviewRow, header: string, field: string): RowError[] =>
    rowErrors(row).filter((error) => error.column === header || (error.column === null && field !== '' && error.field === field));

  const headerColumns: TableColumnsType<PreviewRow> = preview.headers.map((header, index) => {
    const field = preview.mapping[header] ?? '';
    return {
      key: `column-${index}`,
      width: 200,
      title: (
        <Flex vertical gap={4}>
          <Typography.Text strong ellipsis title={header}>
            {header}
          </Typography.Text>
          <Select
            size="small"
            value={field}
            options={fieldOptions}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={false}
            onChange={(next: string) => onRemap(header, next)}
            data-header={header}
            aria-label={header}
            style={{ width: '100%', minWidth: 160 }}
          />
        </Flex>
      ),
      render: (_: unknown, row: PreviewRow) => {
        const raw = row.raw[header] ?? '';
        const errors = errorsOfColumn(row, header, field);
        if (errors.length > 0) {
          return (
            <Tooltip title={errors.map((error) => error.message).join('；')}>
              <span
                data-cell-error="true"
                style={{ color: token.colorError, background: token.colorErrorBg, padding: '0 4px', borderRadius: token.borderRadiusSM, display: 'inline-block', minWidth: 24 }}
              >
                {raw || '∅'}
              </span>
            </Tooltip>
          );
        }
        if (field === '') return <Typography.Text type="secondary">{raw}</Typography.Text>;
        if (!row.ok) return raw;
        const value = formatStandardValue(row.values[field], t, preview.fields.find((f) => f.name === field)?.type);
        return value === raw ? value : <Tooltip title={t('preview.rawValue', { value: raw })}>{value}</Tooltip>;
      },
    };
  });

  const columns: TableColumnsType<PreviewRow> = [
    { key: 'rowNumber', title: t('preview.rowNumber'), dataIndex: 'rowNumber', width: 72, fixed: 'start' },
    {
      key: 'status',
      title: t('preview.rowStatus'),
      width: 110,
      fixed: 'start',
      render: (_: unknown, row: PreviewRow) =>
        row.ok ? (
          <Typography.Text type="success">
            <CheckCircleTwoTone twoToneColor={token.colorSuccess} /> {t('preview.rowOk')}
          </Typography.Text>
        ) : (
          <Tooltip title={rowErrors(row).map((error) => error.message).join('；')}>
            <Tag color="error">{t('preview.rowErrors', { count: rowErrors(row).length })}</Tag>
          </Tooltip>
        ),
    },
    ...headerColumns,
  ];

  return (
    <div data-testid="preview-table">
      <Table<PreviewRow>
        size="small"
        bordered
        rowKey="rowNumber"
        loading={loading}
        columns={columns}
        dataSource={preview.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-row-ok': String(row.ok) }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
