// `batches.quality` is untyped JSON on the wire: while a batch is staged it holds running
// counters, once published the full report (libs/ingest quality-report). Read it defensively.

export interface QualityReport {
  rows: { read: number; loaded: number; rejected: number };
  errors: Array<{ field: string; code: string; count: number }>;
  /** Field → share of loaded rows that carry a value, 0..1. */
  completeness: Array<{ field: string; ratio: number }>;
  duplicates: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const asNumber = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The finished report, or null while the batch is still running (or never finished). */
export function readQualityReport(quality: unknown): QualityReport | null {
  if (!isRecord(quality) || !isRecord(quality['rows']) || !Array.isArray(quality['errors'])) return null;
  const rows = quality['rows'];
  const completeness = isRecord(quality['completeness']) ? quality['completeness'] : {};
  return {
    rows: { read: asNumber(rows['read']), loaded: asNumber(rows['loaded']), rejected: asNumber(rows['rejected']) },
    errors: quality['errors']
      .filter(isRecord)
      .map((error) => ({ field: String(error['field'] ?? ''), code: String(error['code'] ?? ''), count: asNumber(error['count']) })),
    completeness: Object.entries(completeness)
      .map(([field, ratio]) => ({ field, ratio: asNumber(ratio) }))
      .sort((a, b) => a.ratio - b.ratio || a.field.localeCompare(b.field)),
    duplicates: asNumber(quality['duplicates']),
  };
}
