// Running quality figures of a batch, saved with each staged chunk so a resumed batch
// continues counting where it stopped.
import type { StandardRecord } from '@zhijian/catalog';

interface Snapshot {
  accepted: number;
  filled: Record<string, number>;
  errors: Record<string, number>;
  duplicates: number;
}

/** Memory bound for duplicate detection (~18 MB of hashes); rows past it are not compared. */
const MAX_TRACKED_ROWS = 1_000_000;

/**
 * A set of 64-bit hashes in two typed arrays (open addressing, linear probing). A JS Set
 * of a million non-Smi numbers cost more than the rest of the row's bookkeeping together.
 */
class HashSet64 {
  size = 0;
  private mask = (1 << 12) - 1;
  private high = new Uint32Array(this.mask + 1);
  private low = new Uint32Array(this.mask + 1);
  private used = new Uint8Array(this.mask + 1);

  /** Adds the hash; false when it was there already. */
  add(high: number, low: number): boolean {
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.used[slot] === 1) {
      if (this.high[slot] === high && this.low[slot] === low) return false;
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.high[slot] = high;
    this.low[slot] = low;
    if (++this.size * 2 > this.mask) this.grow();
    return true;
  }

  has(high: number, low: number): boolean {
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.used[slot] === 1) {
      if (this.high[slot] === high && this.low[slot] === low) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  private grow(): void {
    const { high, low, used } = this;
    this.mask = this.mask * 2 + 1;
    this.high = new Uint32Array(this.mask + 1);
    this.low = new Uint32Array(this.mask + 1);
    this.used = new Uint8Array(this.mask + 1);
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i] === 1) this.add(high[i] as number, low[i] as number);
  }
}

export class QualityCounter {
  /** Content hashes of the rows seen in this run (a resumed batch counts duplicates from where it resumed). */
  private readonly seen = new HashSet64();

  private constructor(private readonly state: Snapshot) {}

  countContent(json: string): void {
    // Two FNV-1a passes: together a cheap 64-bit key for the row's content.
    let high = 0x811c9dc5;
    let low = 0x01000193;
    for (let i = 0; i < json.length; i++) {
      const c = json.charCodeAt(i);
      high = Math.imul(high ^ c, 0x01000193);
      low = Math.imul(low ^ c, 0x5bd1e995);
    }
    high >>>= 0;
    low >>>= 0;
    if (this.seen.size < MAX_TRACKED_ROWS) {
      if (!this.seen.add(high, low)) this.state.duplicates++;
    } else if (this.seen.has(high, low)) {
      this.state.duplicates++;
    }
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
