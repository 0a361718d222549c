// The dashboard filter lives in the URL (?from=&to=&region=), so a drill-down link keeps
// it and a page can be shared or reloaded as it is.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface DashboardFilter {
  from?: string;
  to?: string;
  regionCode?: string;
}

export function useFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<DashboardFilter>(() => {
    const value: DashboardFilter = {};
    const from = params.get('from');
    const to = params.get('to');
    const region = params.get('region');
    if (from) value.from = from;
    if (to) value.to = to;
    if (region) value.regionCode = region;
    return value;
  }, [params]);
  const setFilter = useCallback(
    (next: DashboardFilter) =>
      setParams((current) => {
        const out = new URLSearchParams(current);
        for (const [key, value] of [['from', next.from], ['to', next.to], ['region', next.regionCode]] as const) {
          if (value) out.set(key, value);
          else out.delete(key);
        }
        return out;
      }),
    [setParams],
  );
  return { filter, setFilter };
}

/** The query string a drill-down link carries: the filter plus what was clicked. */
export function ticketsHref(filter: DashboardFilter, selection: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.regionCode) params.set('region', filter.regionCode);
  for (const [key, value] of Object.entries(selection)) if (value) params.set(key, value);
  return `/tickets?${params.toString()}`;
}
