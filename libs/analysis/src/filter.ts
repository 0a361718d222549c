// The filter every dashboard view takes: a period (inclusive days, China time) and a county.
// Views turn it into a WHERE clause over their own day and region columns.

export interface AnalysisFilter {
  /** First day, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** County code (GB/T 2260, 6 digits). */
  regionCode?: string;
}

/** Positional parameters for one statement, so conditions can be composed in any order. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

/** `and`-joined conditions for a filter over a day column and a region column ('true' when empty). */
export function filterSql(filter: AnalysisFilter, params: SqlParams, columns: { day: string; region?: string }): string {
  const conditions: string[] = [];
  if (filter.from) conditions.push(`${columns.day} >= ${params.add(filter.from, 'date')}`);
  if (filter.to) conditions.push(`${columns.day} <= ${params.add(filter.to, 'date')}`);
  if (filter.regionCode && columns.region) conditions.push(`${columns.region} = ${params.add(filter.regionCode, 'text')}`);
  return conditions.length > 0 ? conditions.join(' and ') : 'true';
}
