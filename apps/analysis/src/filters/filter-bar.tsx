import { Button, DatePicker, Flex, Select, Tag } from 'antd';
import { COUNTIES } from '../format/counties';
import { useText } from '../i18n/use-text';
import { useFilter } from './use-filter';

/** Period and county: every chart and list below follows them. */
export function FilterBar() {
  const { t } = useText();
  const { filter, setFilter } = useFilter();
  return (
    <Flex gap="small" wrap align="center" data-testid="filter-bar">
      <span>{t('filter.period')}</span>
      {/* Uncontrolled (antd's values are dayjs objects): remounted when the URL's period changes elsewhere. */}
      <DatePicker.RangePicker
        key={`${filter.from ?? ''}~${filter.to ?? ''}`}
        data-testid="filter-period"
        onChange={(range) => setFilter({ ...filter, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
      />
      {filter.from && filter.to && <Tag data-testid="filter-period-value">{`${filter.from} ~ ${filter.to}`}</Tag>}
      <span>{t('filter.region')}</span>
      <Select
        data-testid="filter-region"
        style={{ width: 160 }}
        allowClear
        placeholder={t('filter.allRegions')}
        value={filter.regionCode}
        onChange={(regionCode?: string) => setFilter({ ...filter, regionCode })}
        options={COUNTIES.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Button onClick={() => setFilter({})}>{t('filter.clear')}</Button>
    </Flex>
  );
}
