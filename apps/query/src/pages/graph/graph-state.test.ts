import { describe, expect, it } from 'vitest';
import { emptyGraph, mergeGraph } from './graph-state';

const node = (id: number, hop: number, hub?: { degree: number; capped: boolean; byType: Record<string, number> }) => ({ id, type: 'person' as const, key: `k${id}`, name: `n${id}`, hop, ...(hub ? { hub } : {}) });
const edge = (id: number, from: number, to: number) => ({ id, type: 'family', from, to, validFrom: null, validTo: null, datasetCode: 'population.family' });

describe('mergeGraph', () => {
  it('adds an in-place expansion without duplicating nodes or relations', () => {
    const first = mergeGraph(emptyGraph(), { nodes: [node(1, 0), node(2, 1)], edges: [edge(10, 1, 2)] });
    const expanded = mergeGraph(first, { nodes: [node(2, 0, { degree: 80, capped: false, byType: { family: 80 } }), node(3, 1)], edges: [edge(10, 1, 2), edge(11, 2, 3)] }, 1);
    expect([...expanded.nodes.values()].map((n) => [n.id, n.hop])).toEqual([[1, 0], [2, 1], [3, 2]]);
    expect(expanded.nodes.get(2)?.hub?.degree).toBe(80);
    expect(expanded.edges.size).toBe(2);
  });
});
