/** 0.9361 → "93.6%"; no rate (nothing to divide by) → "—". */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Fen → "¥1,234.56". */
export function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A p-value readable at a glance: "< 1e-12" below that, else three significant digits. */
export function pValue(p: number): string {
  if (p < 1e-12) return '< 1e-12';
  return p < 0.001 ? p.toExponential(2) : p.toPrecision(3);
}

/** "2026-10-03T02:00:00.000Z" → "2026-10-03 10:00" in the browser's time zone. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
