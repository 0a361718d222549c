import type { Graph, GraphEdge, GraphNode } from '../../api-types';

/** The graph on screen: the first expansion plus every node expanded in place since. */
export interface GraphState {
  nodes: Map<number, GraphNode>;
  edges: Map<number, GraphEdge>;
  truncated: boolean;
}

export const emptyGraph = (): GraphState => ({ nodes: new Map(), edges: new Map(), truncated: false });

/** Adds a graph's nodes and relations; a node keeps its smallest hop, a hub its summary. */
export function mergeGraph(state: GraphState, graph: Pick<Graph, 'nodes' | 'edges'> & { truncated?: boolean }, hopOffset = 0): GraphState {
  const nodes = new Map(state.nodes);
  for (const node of graph.nodes) {
    const known = nodes.get(node.id);
    const hop = node.hop + hopOffset;
    if (!known) nodes.set(node.id, { ...node, hop });
    else nodes.set(node.id, { ...known, hop: Math.min(known.hop, hop), hub: node.hub ?? known.hub });
  }
  const edges = new Map(state.edges);
  for (const edge of graph.edges) edges.set(edge.id, edge);
  return { nodes, edges, truncated: state.truncated || Boolean(graph.truncated) };
}
