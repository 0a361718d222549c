import type cytoscape from 'cytoscape';

const TYPE_COLOURS: Record<string, string> = { person: '#1677ff', organization: '#722ed1', property: '#d48806', vehicle: '#13c2c2' };

// Labels shrink away when zoomed out (min-zoomed-font-size), so 500+ nodes stay readable:
// the overview shows structure, zooming in shows names.
export function graphStyle(edgeLabels: boolean): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': (node: cytoscape.NodeSingular) => TYPE_COLOURS[node.data('type') as string] ?? '#8c8c8c',
        label: 'data(label)',
        'font-size': 11,
        'min-zoomed-font-size': 8,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        width: 22,
        height: 22,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
      },
    },
    { selector: 'node[?root]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#ff4d4f' } },
    { selector: 'node[?hub]', style: { shape: 'round-rectangle', width: 40, height: 28, 'background-opacity': 0.6, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#595959' } },
    { selector: 'node:selected', style: { 'overlay-color': '#1677ff', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#bfbfbf',
        'target-arrow-color': '#bfbfbf',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: edgeLabels ? 'data(label)' : '',
        'font-size': 9,
        'min-zoomed-font-size': 9,
        color: '#8c8c8c',
        'text-rotation': 'autorotate',
      },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#fa541c', opacity: 1 } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#fa541c', 'target-arrow-color': '#fa541c', opacity: 1, label: 'data(label)', color: '#fa541c' } },
  ];
}
