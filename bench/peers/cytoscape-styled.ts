/**
 * The styled-cytoscape peer: the app's own picture with nothing else. The same elements
 * (elementsFor), stylesheet, render options, staging and priming (createGraph) as the app,
 * from the same JSON; no React, no store, no loader (no schema, integrity or quote checks),
 * no panels. "App / styled peer" is then what the app costs beyond drawing its picture, where
 * "app / plain cytoscape" also counts the cost of the style itself.
 *
 * Saved positions only: a fresh layout is measured against the plain peer, which runs fcose.
 */
import { createGraph } from '../../src/cytoscape/createGraph';
import { elementsFor } from '../../src/cytoscape/elementsFor';
import { savedPositions } from '../../src/cytoscape/layout/viewport';
import { buildIndex } from '../../src/domain/graphIndex';
import type { Dataset } from '../../src/domain/schema';
import '../../src/cytoscape/graph.css';
import { datasetText, graphContainer, mark, markWhenCytoscapeDrawn, reportError } from './common';

async function main() {
  const container = graphContainer();
  // The generated maps and the Belarus file are complete as written (every stance, deals and
  // stories present), so they are the dataset the app's schema would give, without checking.
  const dataset = JSON.parse(await datasetText()) as Dataset;
  const index = buildIndex(dataset, []);
  const { elements, mode } = elementsFor(dataset, index);
  mark('data-ready');
  const positions = savedPositions(dataset);
  if (!positions) throw new Error('the styled peer draws saved positions only; this map has none');
  mark('layout-start');
  mark('layout-end');
  const cy = createGraph(container, elements, positions, mode);
  mark('elements-built');
  markWhenCytoscapeDrawn(container, cy);
}

main().catch(reportError);
