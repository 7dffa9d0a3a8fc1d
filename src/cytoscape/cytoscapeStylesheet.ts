/**
 * cytoscape's renderer adds a <style> element to the container's document the first time it
 * draws there (one rule, `.__________cytoscape_container { position: relative; }`; see
 * BaseRenderer.init in cytoscape's source), unless an element with the id below is already
 * in that document. Our content security policy (style-src 'self', no 'unsafe-inline')
 * refuses such an element and reports a violation, and no option turns the injection off. So
 * graph.css carries the rule, and this claims the id first with an inert element: cytoscape
 * finds it and skips the injection.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

export function claimCytoscapeStylesheet(doc: Document) {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = doc.createElement('template');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  doc.head.append(marker);
}
