// k-hop expansion by set-based frontiers: each hop is one statement over the whole
// frontier. A node with more relations than the hub threshold (a shared address, a large
// employer) is summarized — counts by relation type — instead of exploding the graph;
// a root is the exception, shown with its first `hubThreshold` neighbours.
import type { Db } from '@zhijian/db';
import { sql } from 'drizzle-orm';
import type { Masking } from '../masking';
import { type SubjectRow, toSubjectRef } from '../subject-ref';
import { groupBy } from './group-by';
import { hubSummaries, neighbours } from './neighbours';
import type { Graph, GraphEdge, GraphFilters, GraphNode } from './types';

export interface ExpandOptions extends GraphFilters {
  roots: number[];
  /** 1 to 4. */
  hops: number;
  hubThreshold?: number;
  maxNodes?: number;
}

export const DEFAULT_HUB_THRESHOLD = 50;
export const DEFAULT_MAX_NODES = 2000;
const HUB_COUNT_CAP = 10_000;

export async function expandGraph(db: Db, options: ExpandOptions, masking: Masking): Promise<Graph> {
  const hubThreshold = options.hubThreshold ?? DEFAULT_HUB_THRESHOLD;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const hops = Math.max(1, Math.min(4, options.hops));
  const nodes = new Map<number, GraphNode>();
  const edges = new Map<number, GraphEdge>();
  const hubs: number[] = [];

  const { rows: rootRows } = await db.execute<SubjectRow>(sql`select id, type, key, name from subjects where id = any(${sql.param(options.roots)}::bigint[])`);
  for (const row of rootRows) nodes.set(Number(row.id), { ...toSubjectRef(row, masking), hop: 0 });
  let frontier = [...nodes.keys()];
  let truncated = false;

  for (let hop = 1; hop <= hops && frontier.length > 0 && !truncated; hop++) {
    const rows = await neighbours(db, frontier, options, hubThreshold + 1);
    const bySource = groupBy(rows, (row) => row.source);
    const next: number[] = [];
    for (const [source, list] of bySource) {
      const isHub = list.length > hubThreshold;
      if (isHub) hubs.push(source);
      // A hub's neighbours stay hidden unless it is a root.
      if (isHub && nodes.get(source)?.hop !== 0) continue;
      for (const row of list.slice(0, hubThreshold)) {
        if (!nodes.has(row.other.id)) {
          if (nodes.size >= maxNodes) {
            truncated = true;
            break;
          }
          nodes.set(row.other.id, { ...toSubjectRef(row.other, masking), hop });
          next.push(row.other.id);
        }
        const { source: _source, other: _other, ...edge } = row;
        edges.set(edge.id, edge);
      }
    }
    frontier = next;
  }

  const summaries = await hubSummaries(db, hubs, options, HUB_COUNT_CAP);
  for (const [id, summary] of summaries) {
    const node = nodes.get(id);
    if (node) node.hub = summary;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
