import type { SubjectType } from '@zhijian/db';
import type { SubjectRef } from '../subject-ref';

export interface GraphFilters {
  /** Only these relation types (all when absent or empty). */
  relationTypes?: string[];
  /** Only relations valid on this date (YYYY-MM-DD); an open end counts as valid. */
  asOf?: string;
  /** Only neighbours of these subject types; the roots are always shown. */
  subjectTypes?: SubjectType[];
}

export interface HubSummary {
  /** Relations counted, up to the count cap; `capped` when there are more. */
  degree: number;
  capped: boolean;
  byType: Record<string, number>;
}

export interface GraphNode extends SubjectRef {
  /** Distance from the nearest root. */
  hop: number;
  /** Set when the node has more relations than the hub threshold: summarized, not exploded. */
  hub?: HubSummary;
}

export interface GraphEdge {
  id: number;
  type: string;
  from: number;
  to: number;
  validFrom: string | null;
  validTo: string | null;
  datasetCode: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The node limit was reached before every hop was expanded. */
  truncated: boolean;
}
