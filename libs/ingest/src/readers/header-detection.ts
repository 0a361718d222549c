// Spreadsheets from departments often start with a title merged across the table
// ("2026年11月公租房补贴发放表"), a date line or a blank row before the real header.
// Such rows are much narrower than the table, so the header is the first row with at
// least half as many filled cells as the widest of the first rows.

/** How many non-empty rows are looked at to find the header. */
export const HEADER_SCAN_ROWS = 20;

export type Cells = ReadonlyArray<string | null>;

function filledCount(cells: Cells): number {
  let count = 0;
  for (const cell of cells) if (cell !== null) count++;
  return count;
}

/** Index of the header among the scanned rows, or -1 when every row is empty. */
export function findHeaderIndex(rows: readonly Cells[]): number {
  const scanned = rows.slice(0, HEADER_SCAN_ROWS);
  const widest = Math.max(0, ...scanned.map(filledCount));
  if (widest === 0) return -1;
  return scanned.findIndex((cells) => {
    const filled = filledCount(cells);
    return filled > 0 && filled * 2 >= widest;
  });
}

/**
 * Header names as the file has them (trimmed). Trailing empty header cells are dropped —
 * Excel exports pad rows with empty columns.
 */
export function makeHeaders(cells: Cells): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === null) width--;
  return uniqueNames(cells.slice(0, width).map((cell) => cell ?? ''));
}

/**
 * Trimmed names; an empty one becomes `column_<n>` (its 1-based position) so every value
 * has a name, and repeated names get `_2`, `_3`… in order of appearance.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    // A NUL cannot be stored in PostgreSQL text or jsonb keys: dropped from names.
    const base = raw.replace(/\0/g, '').trim() || `column_${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}
