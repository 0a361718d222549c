// cytoscape-svg ships no types: it registers `cy.svg(options)` as a cytoscape extension.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const extension: cytoscape.Ext;
  export default extension;
}
