// The relationship graph drawn with Cytoscape.js. Elements are synchronized in place (added,
// updated, removed) rather than rebuilt, so expanding a node keeps the picture stable.
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { GraphState } from './graph-state';
import { graphStyle } from './graph-style';

cytoscape.use(cytoscapeSvg);

export interface GraphCanvasHandle {
  png(): Blob;
  svg(): string;
}

interface Props {
  graph: GraphState;
  roots: number[];
  path: { nodes: Set<number>; edges: Set<number> } | null;
  labelOf(node: { name: string | null; key: string; hub?: { degree: number; capped: boolean } }): string;
  edgeLabelOf(type: string): string;
  onSelect(nodeId: number | null): void;
  onExpand(nodeId: number): void;
}

const EDGE_LABEL_LIMIT = 150;

export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas({ graph, roots, path, labelOf, edgeLabelOf, onSelect, onExpand }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle(true),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      // Faster panning and zooming on big graphs.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
    instance.on('tap', 'node', (event) => handlers.current.onSelect(Number(event.target.id())));
    instance.on('tap', (event) => event.target === instance && handlers.current.onSelect(null));
    instance.on('dbltap', 'node', (event) => handlers.current.onExpand(Number(event.target.id())));
    cy.current = instance;
    return () => instance.destroy();
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const rootSet = new Set(roots);
    const wanted = new Set<string>();
    let added = 0;
    instance.batch(() => {
      for (const node of graph.nodes.values()) {
        const id = String(node.id);
        wanted.add(id);
        const data = { id, type: node.type, label: labelOf(node), root: rootSet.has(node.id), hub: Boolean(node.hub), hop: node.hop };
        const existing = instance.getElementById(id);
        if (existing.nonempty()) existing.data(data);
        else {
          instance.add({ group: 'nodes', data });
          added++;
        }
      }
      for (const edge of graph.edges.values()) {
        const id = `e${edge.id}`;
        wanted.add(id);
        if (instance.getElementById(id).empty() && graph.nodes.has(edge.from) && graph.nodes.has(edge.to)) {
          instance.add({ group: 'edges', data: { id, source: String(edge.from), target: String(edge.to), label: edgeLabelOf(edge.type) } });
        }
      }
      instance.elements().filter((el) => !wanted.has(el.id())).remove();
      instance.style(graphStyle(graph.edges.size <= EDGE_LABEL_LIMIT));
    });
    if (added > 0) {
      const large = graph.nodes.size > 200;
      instance
        .layout(
          large
            ? { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => 10 - Number(n.data('hop')), levelWidth: () => 1, minNodeSpacing: 8, animate: false }
            : { name: 'cose', animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 90, randomize: false },
        )
        .run();
    }
  }, [graph, roots, labelOf, edgeLabelOf]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().removeClass('faded path');
      if (!path) return;
      instance.elements().addClass('faded');
      for (const id of path.nodes) instance.getElementById(String(id)).removeClass('faded').addClass('path');
      for (const id of path.edges) instance.getElementById(`e${id}`).removeClass('faded').addClass('path');
    });
  }, [path, graph]);

  useImperativeHandle(ref, () => ({
    png: () => (cy.current ? cy.current.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) : new Blob()),
    // cytoscape-svg adds `svg()` to the core at run time; its types do not say so.
    svg: () => (cy.current ? (cy.current as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' }) : ''),
  }));

  return <div ref={container} data-testid="graph-canvas" style={{ width: '100%', height: 640, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }} />;
});
