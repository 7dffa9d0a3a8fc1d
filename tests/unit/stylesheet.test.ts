import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/cytoscape/elements';
import { setRenderMode } from '../../src/cytoscape/renderMode';
import { buildStylesheet } from '../../src/cytoscape/stylesheet';
import type { RenderMode } from '../../src/cytoscape/renderMode';
import { ACTOR_TYPES } from '../../src/domain/actorTypes';
import { buildIndex } from '../../src/domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../src/domain/relationTypes';
import type { Dataset } from '../../src/domain/schema';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

async function graph(mode: RenderMode): Promise<{ cy: Core; dataset: Dataset }> {
  const result = await loadDatasetFile('graph-data/belarus/dataset.json');
  if (!result.ok) throw new Error('the Belarus dataset does not load');
  const elements = toElements(result.dataset, buildIndex(result.dataset, result.spans));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: buildStylesheet({ zoom: 1, mode }),
  });
  setRenderMode(cy, mode);
  return { cy, dataset: result.dataset };
}

/** A computed style value, as cytoscape's renderer reads it. */
function value(cy: Core, id: string, property: string): unknown {
  const ele = cy.getElementById(id) as unknown as {
    pstyle: (p: string) => { value: unknown; strValue: string };
  };
  return ele.pstyle(property).value;
}

const POTASH = 'us-lifts-potash-sanctions-belaruskali';

describe('the graph stylesheet', () => {
  it('draws each actor and relation with its registry encoding', async () => {
    const { cy, dataset } = await graph('standard');
    const actor = dataset.actors.find((a) => a.id === 'belaruskali')!;
    expect(value(cy, actor.id, 'shape')).toBe(ACTOR_TYPES[actor.type].shape);
    const rel = dataset.relations.find((r) => r.id === POTASH)!;
    const info = RELATION_TYPES[rel.type];
    expect(value(cy, rel.id, 'target-arrow-shape')).toBe(info.arrow);
    expect(
      (cy.getElementById(rel.id) as unknown as { pstyle: (p: string) => { strValue: string } }).pstyle(
        'line-color',
      ).strValue,
    ).toBe(hexToRgb(RELATION_CATEGORIES[info.category].color));
  });

  it('fans out relations between the same two actors and leaves lone ones straight', async () => {
    const { cy } = await graph('standard');
    const shared = cy.edges().filter((e) => e.parallelEdges().length > 1 && !e.isLoop())[0]!;
    expect(value(cy, shared.id(), 'curve-style')).toBe('unbundled-bezier');
    const lone = cy.edges().filter((e) => e.parallelEdges().length === 1)[0]!;
    expect(value(cy, lone.id(), 'curve-style')).toBe('straight');
  });

  it('sets no background image on actors, so drawing one never counts as a change of style', async () => {
    const { cy } = await graph('standard');
    expect(value(cy, 'belarus', 'background-image')).toEqual([]);
  });

  it('draws a large map as an overview until its elements are drawn in full', async () => {
    const { cy } = await graph('large');
    expect(value(cy, POTASH, 'curve-style')).toBe('haystack');
    expect(value(cy, POTASH, 'target-arrow-shape')).toBe('none');
    expect(value(cy, POTASH, 'events')).toBe('no');
    // Zoomed in with the relation in view (useViewportDetail), it is drawn in full.
    cy.getElementById(POTASH).addClass('detail');
    expect(value(cy, POTASH, 'curve-style')).not.toBe('haystack');
    expect(value(cy, POTASH, 'target-arrow-shape')).toBe(RELATION_TYPES.sanctions_relief.arrow);
    expect(value(cy, POTASH, 'events')).toBe('yes');
    // Out of view but selected, still in full; neither, back to the overview.
    cy.getElementById(POTASH).removeClass('detail').addClass('is-selected');
    expect(value(cy, POTASH, 'target-arrow-shape')).toBe(RELATION_TYPES.sanctions_relief.arrow);
    cy.getElementById(POTASH).removeClass('is-selected');
    expect(value(cy, POTASH, 'curve-style')).toBe('haystack');
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
