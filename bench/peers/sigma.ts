/**
 * The sigma.js peer: the same nodes and edges in a graphology multigraph, drawn by sigma's
 * WebGL renderer with its default settings; sized by degree, since sigma needs a size.
 * A fresh layout is ForceAtlas2, sigma's usual companion, for a fixed number of iterations.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { datasetText, fresh, graphContainer, mark, markWhenDrawn, reportError, toPeerGraph } from './common';

/** Iterations of ForceAtlas2 for a fresh layout: enough for communities to separate. */
const FA2_ITERATIONS = 100;

async function main() {
  const container = graphContainer();
  const peer = toPeerGraph(await datasetText());
  mark('data-ready');
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  // Seeded, so a fresh layout starts from the same spread on every run.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (const node of peer.nodes) {
    const at = node.position && !fresh ? node.position : { x: random() * 1000, y: random() * 1000 };
    // sigma's y axis points up; the app's (and the saved positions') down.
    graph.addNode(node.id, { x: at.x, y: -at.y, label: node.label, size: 3 + Math.sqrt(node.degree) * 1.5 });
  }
  for (const edge of peer.edges)
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, { label: edge.label });
  mark('elements-built');
  mark('layout-start');
  if (fresh) {
    forceAtlas2.assign(graph, { iterations: FA2_ITERATIONS, settings: forceAtlas2.inferSettings(graph) });
  }
  mark('layout-end');
  new Sigma(graph, container);
  // Sigma's constructor draws the first frame synchronously (later ones on demand).
  markWhenDrawn(container, () => true);
}

main().catch(reportError);
