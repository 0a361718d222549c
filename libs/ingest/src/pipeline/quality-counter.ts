// Running quality figures of a batch, saved with each staged chunk so a resumed batch
// continues counting where it stopped.
import type { StandardRecord } from '@zhijian/catalog';

interface Snapshot {
  accepted: number;
  filled: Record<string, number>;
  errors: Record<string, number>;
  duplicates: number;
}

/** Two FNV-1a passes folded into one 53-bit number: a cheap key for a row's content. */
function contentHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Memory bound for duplicate detection (~40 MB of hashes); rows past it are not compared. */
const MAX_TRACKED_ROWS = 1_000_000;

export class QualityCounter {
  /** Content hashes of the rows seen in this run (a resumed batch counts duplicates from where it resumed). */
  private readonly seen = new Set<number>();

  private constructor(private readonly state: Snapshot) {}

  countContent(json: string): void {
    const hash = contentHash(json);
    if (this.seen.has(hash)) this.state.duplicates++;
    else if (this.seen.size < MAX_TRACKED_ROWS) this.seen.add(hash);
  }

  static restore(saved: unknown): QualityCounter {
    const snapshot = (saved as { counters?: Snapshot } | null)?.counters;
    return new QualityCounter(
      snapshot
        ? { accepted: snapshot.accepted, filled: { ...snapshot.filled }, errors: { ...snapshot.errors }, duplicates: snapshot.duplicates ?? 0 }
        : { accepted: 0, filled: {}, errors: {}, duplicates: 0 },
    );
  }

  countAccepted(values: StandardRecord): void {
    this.state.accepted++;
    for (const field in values) {
      const value = values[field];
      if (value !== null && value !== undefined && value !== '') this.state.filled[field] = (this.state.filled[field] ?? 0) + 1;
    }
  }

  countRejected(errors: ReadonlyArray<{ field: string; code: string }>): void {
    for (const error of errors) {
      const key = `${error.field}|${error.code}`; // jsonb keys may not hold NUL
      this.state.errors[key] = (this.state.errors[key] ?? 0) + 1;
    }
  }

  snapshot(): { counters: Snapshot } {
    return { counters: this.state };
  }
}
