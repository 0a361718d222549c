// "How is official X connected to company Y?": bidirectional breadth-first search, each
// side's frontier expanded in one statement, always the smaller side first. Every parent
// at the same distance is kept, so all shortest paths (up to a limit) can be listed.
import type { Db } from '@zhijian/db';
import { sql } from 'drizzle-orm';
import type { Masking } from '../masking';
import { type SubjectRow, toSubjectRef } from '../subject-ref';
import { groupBy } from './group-by';
import { neighbours } from './neighbours';
import type { GraphEdge, GraphFilters, GraphNode } from './types';

export interface PathOptions extends GraphFilters {
  from: number;
  to: number;
  /** Longest path searched, in relations (default 6). */
  maxLength?: number;
  maxPaths?: number;
  /** Nodes with more relations are passed through but not expanded (a shared address links everyone). */
  expandLimit?: number;
}

export interface PathsResult {
  /** Each path as node ids from `from` to `to` and the relation ids between them. */
  paths: Array<{ nodes: number[]; edges: number[] }>;
  length: number | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

interface Side {
  distance: Map<number, number>;
  parents: Map<number, Array<{ node: number; edge: number }>>;
  frontier: number[];
}

export async function shortestPaths(db: Db, options: PathOptions, masking: Masking): Promise<PathsResult> {
  const maxLength = options.maxLength ?? 6;
  const maxPaths = options.maxPaths ?? 10;
  const expandLimit = options.expandLimit ?? 1000;
  const empty: PathsResult = { paths: [], length: null, nodes: [], edges: [] };
  const edges = new Map<number, GraphEdge>();
  if (options.from === options.to) return { ...empty, paths: [{ nodes: [options.from], edges: [] }], length: 0, nodes: await loadNodes(db, [options.from], masking) };

  const a: Side = { distance: new Map([[options.from, 0]]), parents: new Map(), frontier: [options.from] };
  const b: Side = { distance: new Map([[options.to, 0]]), parents: new Map(), frontier: [options.to] };
  let meeting: number[] = [];
  for (let length = 0; length < maxLength && meeting.length === 0; length++) {
    const side = a.frontier.length <= b.frontier.length ? a : b;
    const other = side === a ? b : a;
    if (side.frontier.length === 0) break;
    const rows = await neighbours(db, side.frontier, options, expandLimit + 1);
    const next = new Set<number>();
    for (const [source, list] of groupBy(rows, (row) => row.source)) {
      if (list.length > expandLimit && side.distance.get(source) !== 0) continue;
      const depth = (side.distance.get(source) ?? 0) + 1;
      for (const row of list) {
        const known = side.distance.get(row.other.id);
        if (known !== undefined && known < depth) continue;
        if (known === undefined) {
          side.distance.set(row.other.id, depth);
          next.add(row.other.id);
        }
        const parents = side.parents.get(row.other.id) ?? [];
        if (!parents.some((p) => p.edge === row.id)) parents.push({ node: source, edge: row.id });
        side.parents.set(row.other.id, parents);
        const { source: _s, other: _o, ...edge } = row;
        edges.set(edge.id, edge);
      }
    }
    side.frontier = [...next];
    meeting = side.frontier.filter((id) => other.distance.has(id));
  }
  if (meeting.length === 0) return empty;

  const paths: PathsResult['paths'] = [];
  for (const middle of meeting) {
    for (const head of walk(a, middle, maxPaths)) {
      for (const tail of walk(b, middle, maxPaths)) {
        if (paths.length >= maxPaths) break;
        paths.push({ nodes: [...head.nodes, ...tail.nodes.reverse().slice(1)], edges: [...head.edges, ...tail.edges.reverse()] });
      }
    }
  }
  const onPaths = new Set(paths.flatMap((p) => p.nodes));
  const edgeIds = new Set(paths.flatMap((p) => p.edges));
  return {
    paths,
    length: paths[0] ? paths[0].edges.length : null,
    nodes: await loadNodes(db, [...onPaths], masking),
    edges: [...edges.values()].filter((e) => edgeIds.has(e.id)),
  };
}

/** Paths from a side's start to `node`, following parents back (start first). */
function walk(side: Side, node: number, limit: number): Array<{ nodes: number[]; edges: number[] }> {
  const parents = side.parents.get(node);
  if (!parents || parents.length === 0) return [{ nodes: [node], edges: [] }];
  const out: Array<{ nodes: number[]; edges: number[] }> = [];
  for (const parent of parents) {
    for (const path of walk(side, parent.node, limit)) {
      if (out.length >= limit) return out;
      out.push({ nodes: [...path.nodes, node], edges: [...path.edges, parent.edge] });
    }
  }
  return out;
}

async function loadNodes(db: Db, ids: number[], masking: Masking): Promise<GraphNode[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<SubjectRow>(sql`select id, type, key, name from subjects where id = any(${sql.param(ids)}::bigint[])`);
  return rows.map((row) => ({ ...toSubjectRef(row, masking), hop: 0 }));
}
