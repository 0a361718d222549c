// Running quality figures of a batch, saved with each staged chunk so a resumed batch
// continues counting where it stopped. A chunk is counted on its own (`QualityCounter.empty`)
// and merged into the batch's figures when it commits; duplicates are counted then, against
// every row the batch committed before it (`DuplicateTracker`), so the figures do not depend
// on how the batch was split or which worker took which chunk.
import type { StandardRecord } from '@zhijian/catalog';
import { HashSet64 } from './hash-set64';

interface Snapshot {
  accepted: number;
  filled: Record<string, number>;
  errors: Record<string, number>;
  duplicates: number;
}

/** Memory bound for duplicate detection (~18 MB of hashes); rows past it are compared, not remembered. */
const MAX_TRACKED_ROWS = 1_000_000;

export class QualityCounter {
  private constructor(private readonly state: Snapshot) {}

  static empty(): QualityCounter {
    return new QualityCounter({ accepted: 0, filled: {}, errors: {}, duplicates: 0 });
  }

  static restore(saved: unknown): QualityCounter {
    const snapshot = (saved as { counters?: Snapshot } | null)?.counters;
    if (!snapshot) return QualityCounter.empty();
    return new QualityCounter({ accepted: snapshot.accepted, filled: { ...snapshot.filled }, errors: { ...snapshot.errors }, duplicates: snapshot.duplicates ?? 0 });
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

  addDuplicates(count: number): void {
    this.state.duplicates += count;
  }

  /** Adds another counter's figures (a chunk counted on its own) to these. */
  merge(other: QualityCounter): void {
    const { state } = other;
    this.state.accepted += state.accepted;
    this.state.duplicates += state.duplicates;
    for (const [field, n] of Object.entries(state.filled)) this.state.filled[field] = (this.state.filled[field] ?? 0) + n;
    for (const [key, n] of Object.entries(state.errors)) this.state.errors[key] = (this.state.errors[key] ?? 0) + n;
  }

  snapshot(): { counters: Snapshot } {
    return { counters: this.state };
  }
}

/** 64-bit content hashes of a chunk's accepted rows, in row order. */
export class ContentHashes {
  length = 0;
  private words = new Uint32Array(2 * 1024);

  add(json: string): void {
    // Two FNV-1a passes: together a cheap 64-bit key for the row's content.
    let high = 0x811c9dc5;
    let low = 0x01000193;
    for (let i = 0; i < json.length; i++) {
      const c = json.charCodeAt(i);
      high = Math.imul(high ^ c, 0x01000193);
      low = Math.imul(low ^ c, 0x5bd1e995);
    }
    if (2 * this.length === this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[2 * this.length] = high >>> 0;
    this.words[2 * this.length + 1] = low >>> 0;
    this.length++;
  }

  high(i: number): number {
    return this.words[2 * i] as number;
  }

  low(i: number): number {
    return this.words[2 * i + 1] as number;
  }

  /** Little-endian words, as `fromBytes` reads them back. */
  toBytes(): Buffer {
    const words = this.words.subarray(0, 2 * this.length);
    return Buffer.from(words.buffer, words.byteOffset, words.byteLength);
  }

  static fromBytes(bytes: Buffer): ContentHashes {
    const hashes = new ContentHashes();
    const count = Math.floor(bytes.length / 8);
    hashes.words = new Uint32Array(Math.max(2, 2 * count));
    for (let i = 0; i < 2 * count; i++) hashes.words[i] = bytes.readUInt32LE(4 * i);
    hashes.length = count;
    return hashes;
  }
}

/** The content of every row the batch committed so far: tells which rows of the next chunk repeat one. */
export class DuplicateTracker {
  private readonly seen = new HashSet64();

  /** Remembers the rows of `hashes` (in order) and returns how many repeated an earlier row of the batch. */
  count(hashes: ContentHashes): number {
    let duplicates = 0;
    for (let i = 0; i < hashes.length; i++) {
      const high = hashes.high(i);
      const low = hashes.low(i);
      if (this.seen.size < MAX_TRACKED_ROWS) {
        if (!this.seen.add(high, low)) duplicates++;
      } else if (this.seen.has(high, low)) {
        duplicates++;
      }
    }
    return duplicates;
  }
}
