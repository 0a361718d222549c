// The ground truth written beside the feeds: what the pipeline must reject and what
// every warning model must (and must not) raise on this city.
import { type FeedSummary } from './feeds/feed-writer';

export interface Subject {
  readonly type: 'person' | 'organization' | 'phone' | 'address' | 'ticket';
  readonly key: string;
}

export interface ExpectedWarning {
  readonly model: string;
  readonly subject: Subject;
  readonly case: string;
}

export interface CityAnalysis {
  repeatCallers: Array<{ phone: string; tickets: number }>;
  repeatAddresses: Array<{ address: string; category: string; tickets: number }>;
  hotspots: Array<{ regionCode: string; fromDate: string; toDate: string; tickets: number }>;
  topics: Array<{ label: string; keywords: string[]; tickets: number }>;
  /** Enterprises that always bid together (围标): each ring's members and its projects. */
  bidRings: Array<{ bidders: string[]; projects: string[] }>;
}

export interface Truth {
  seed: number;
  persons: number;
  asOf: string;
  prefecture: string;
  feeds: FeedSummary[];
  warnings: ExpectedWarning[];
  nearMisses: ExpectedWarning[];
  analysis: CityAnalysis;
}

/** Collects warnings, one per model and subject however many facts trip it. */
export class TruthCollector {
  private readonly warnings = new Map<string, ExpectedWarning>();
  private readonly nearMisses: ExpectedWarning[] = [];
  readonly analysis: CityAnalysis = { repeatCallers: [], repeatAddresses: [], hotspots: [], topics: [], bidRings: [] };

  warn(model: string, subject: Subject, note: string): void {
    const key = `${model}\u0000${subject.type}\u0000${subject.key}`;
    if (!this.warnings.has(key)) this.warnings.set(key, { model, subject, case: note });
  }

  nearMiss(model: string, subject: Subject, note: string): void {
    this.nearMisses.push({ model, subject, case: note });
  }

  warningCount(): number {
    return this.warnings.size;
  }

  build(header: Pick<Truth, 'seed' | 'persons' | 'asOf' | 'prefecture' | 'feeds'>): Truth {
    return { ...header, warnings: [...this.warnings.values()], nearMisses: this.nearMisses, analysis: this.analysis };
  }
}

export const person = (id: string): Subject => ({ type: 'person', key: id });
export const organization = (uscc: string): Subject => ({ type: 'organization', key: uscc });
