// Running quality figures of a batch, saved with each staged chunk so a resumed batch
// continues counting where it stopped.
import type { StandardRecord } from '@zhijian/catalog';

interface Snapshot {
  accepted: number;
  filled: Record<string, number>;
  errors: Record<string, number>;
}

export class QualityCounter {
  private constructor(private readonly state: Snapshot) {}

  static restore(saved: unknown): QualityCounter {
    const snapshot = (saved as { counters?: Snapshot } | null)?.counters;
    return new QualityCounter(
      snapshot ? { accepted: snapshot.accepted, filled: { ...snapshot.filled }, errors: { ...snapshot.errors } } : { accepted: 0, filled: {}, errors: {} },
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
      const key = `${error.field}\u0000${error.code}`;
      this.state.errors[key] = (this.state.errors[key] ?? 0) + 1;
    }
  }

  snapshot(): { counters: Snapshot } {
    return { counters: this.state };
  }
}
