/** The plain-cytoscape peer: the app's elements with cytoscape's default style and nothing else. */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import {
  datasetText,
  fresh,
  graphContainer,
  mark,
  markWhenCytoscapeDrawn,
  reportError,
  toPeerGraph,
} from './common';

async function main() {
  const container = graphContainer();
  const graph = toPeerGraph(await datasetText());
  mark('data-ready');
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map(({ id, label, type, position }) => ({
        group: 'nodes' as const,
        data: { id, label, type },
        ...(position && !fresh ? { position } : {}),
      })),
      ...graph.edges.map((data) => ({ group: 'edges' as const, data })),
    ],
    layout: fresh ? { name: 'null' } : { name: 'preset', fit: true, padding: 30 },
  });
  mark('elements-built');
  mark('layout-start');
  if (fresh) {
    const fcose = (await import('cytoscape-fcose')).default;
    cytoscape.use(fcose);
    cy.layout({ name: 'fcose', animate: false } as LayoutOptions).run();
  }
  mark('layout-end');
  markWhenCytoscapeDrawn(container, cy);
}

main().catch(reportError);
