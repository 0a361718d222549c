// The network view: a bounded subgraph pulled by SQL — co-bidding edges (≥ N shared
// projects), the legal representatives and shareholders of those bidders, and those
// persons' family ties — then Louvain communities, weighted degree and betweenness
// centrality in TypeScript (graphology) over at most `maxEdges` edges.
import type { DbHandle } from '@zhijian/db';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { coBiddingPairs, PUBLISHED, subjectsById, type SubjectRefRow } from './patterns';

export interface NetworkNode extends SubjectRefRow {
  community: number;
  degree: number;
  betweenness: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  type: 'co_bid' | 'legal_representative' | 'shareholder' | 'family';
  weight: number;
}

export interface NetworkResult {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: number;
  modularity: number;
}

export async function relationNetwork(handle: DbHandle, options: { minShared?: number; maxEdges?: number } = {}): Promise<NetworkResult> {
  const maxEdges = options.maxEdges ?? 2_000;
  const pairs = await coBiddingPairs(handle, { minShared: options.minShared ?? 3, limit: maxEdges });
  const edges: NetworkEdge[] = pairs.map((p) => ({ source: p.a.id, target: p.b.id, type: 'co_bid', weight: p.shared }));
  const bidders = [...new Set(pairs.flatMap((p) => [p.a.id, p.b.id]))];
  if (bidders.length > 0) {
    const { rows } = await handle.pool.query<{ source: string; target: string; type: NetworkEdge['type'] }>(
      `with people as (
         select rel.from_subject_id as source, rel.to_subject_id as target, rel.type
         from relations rel
         where rel.to_subject_id = any($1::bigint[]) and rel.type in ('legal_representative', 'shareholder') and rel.batch_id = any(${PUBLISHED})
       ), persons as (select distinct source as id from people)
       select distinct source, target, type from people
       union
       select rel.from_subject_id, rel.to_subject_id, rel.type from persons p
       join relations rel on rel.from_subject_id = p.id and rel.type = 'family' and rel.batch_id = any(${PUBLISHED})
       union
       select rel.from_subject_id, rel.to_subject_id, rel.type from persons p
       join relations rel on rel.to_subject_id = p.id and rel.type = 'family' and rel.batch_id = any(${PUBLISHED})
       limit $2`,
      [bidders, Math.max(0, maxEdges - edges.length)],
    );
    for (const row of rows) edges.push({ source: Number(row.source), target: Number(row.target), type: row.type, weight: 1 });
  }
  const subjects = await subjectsById(handle, edges.flatMap((e) => [e.source, e.target]));
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const id of subjects.keys()) graph.addNode(String(id));
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const [s, t] = [String(edge.source), String(edge.target)];
    if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 0) + edge.weight);
    else graph.addEdge(s, t, { weight: edge.weight });
  }
  if (graph.order === 0) return { nodes: [], edges: [], communities: 0, modularity: 0 };
  // A fixed random source makes the communities the same on every request.
  let seed = 42;
  const rng = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const detailed = graph.size > 0 ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng }) : { communities: {} as Record<string, number>, count: graph.order, modularity: 0 };
  const betweenness = betweennessCentrality(graph, { normalized: true });
  const nodes = [...subjects.values()].map((s, i) => ({
    ...s,
    community: detailed.communities[String(s.id)] ?? i,
    degree: graph.reduceEdges(String(s.id), (sum, _e, attrs) => sum + (attrs.weight as number), 0),
    betweenness: Math.round((betweenness[String(s.id)] ?? 0) * 10_000) / 10_000,
  }));
  nodes.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id - b.id);
  return { nodes, edges, communities: detailed.count, modularity: Math.round(detailed.modularity * 10_000) / 10_000 };
}
