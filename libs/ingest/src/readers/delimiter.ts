// Chinese Excel exports use ',' but European-locale tools write ';', and some systems
// emit tab- or pipe-separated text. The delimiter is the candidate that splits the most
// sample lines into the same number of fields — a title line such as
// "2026年11月公租房补贴发放表" has none, and commas inside amounts ("1,5") vary per line.

export type CsvDelimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];
const SAMPLE_LINES = 20;

export function sniffDelimiter(sample: string, newline: '\n' | '\r'): CsvDelimiter {
  const lines = sample
    .split(newline, SAMPLE_LINES + 1)
    .slice(0, SAMPLE_LINES)
    .filter((line) => line.trim().length > 0);

  let best: CsvDelimiter = ',';
  let bestScore = { lines: 0, fields: 0 };
  for (const candidate of CANDIDATES) {
    const score = consistency(lines.map((line) => countOutsideQuotes(line, candidate)));
    if (score.lines > bestScore.lines || (score.lines === bestScore.lines && score.fields > bestScore.fields)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** The most common non-zero count, and how many lines have it. */
function consistency(counts: number[]): { lines: number; fields: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let result = { lines: 0, fields: 0 };
  for (const [fields, lines] of frequency) {
    if (lines > result.lines || (lines === result.lines && fields > result.fields)) result = { lines, fields };
  }
  return result;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** Old Mac exports end lines with a bare CR; everything else has LF (or CRLF). */
export function sniffNewline(sample: string): '\n' | '\r' {
  return sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
}
