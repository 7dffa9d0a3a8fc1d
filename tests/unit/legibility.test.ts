/** The rules that keep the map legible: bundles of parallel relations, label places, sheets. */
import { describe, expect, test } from 'vitest';
import { bundleElements, bundlesOf } from '../../src/cytoscape/bundles';
import { shortLabel, SHORT_LABEL_CHARS } from '../../src/cytoscape/elements';
import {
  nodeLabelBox,
  overlaps,
  placeLabels,
  type LabelItem,
  type NodeLabel,
} from '../../src/cytoscape/labelPlacement';
import { viewClasses } from '../../src/cytoscape/viewClasses';
import { sheetOrder } from '../../src/app/sheets';
import { computeVisibility, NO_FILTERS } from '../../src/domain/filters';
import { tinyIndex } from '../helpers/tinyIndex';

const index = tinyIndex([
  ['r1', 'us', 'sanctions', 'by'],
  ['r2', 'us', 'negotiation', 'by'],
  ['r3', 'by', 'prisoner_release', 'us'],
  ['r4', 'ru', 'support', 'by'],
]);
const all = computeVisibility(index, NO_FILTERS, null);

describe('bundles', () => {
  test('a pair joined by two or more relations is one bundle, whichever way they run', () => {
    expect(bundlesOf(index).map((b) => [b.a, b.b, b.relations])).toEqual([['by', 'us', ['r1', 'r2', 'r3']]]);
    const [edge] = bundleElements(index);
    expect(edge?.data).toMatchObject({ label: '3', count: 3, sourceArrow: 'triangle' });
  });

  test('bundled at rest, opened by zoom or by singling out either actor or a relation', () => {
    const rest = viewClasses(index, all, null, { bundle: true });
    expect([...rest.bundled].sort()).toEqual(['r1', 'r2', 'r3']);
    expect(rest.bundleCounts.get('bundle:by|us')).toBe(3);
    expect(rest.backdrop.size).toBe(0);
    expect(viewClasses(index, all, null, { bundle: false }).bundle.size).toBe(0);
    expect(viewClasses(index, all, { kind: 'actor', id: 'us' }, { bundle: true }).bundle.size).toBe(0);
    expect(viewClasses(index, all, { kind: 'relation', id: 'r2' }, { bundle: true }).bundle.size).toBe(0);
    // Russia's relation does not touch the pair: it stays bundled.
    expect(viewClasses(index, all, { kind: 'actor', id: 'ru' }, { bundle: true }).bundled.has('r1')).toBe(
      true,
    );
  });

  test('a bundle counts the visible relations only, and needs two of them', () => {
    const noSanctions = computeVisibility(index, { ...NO_FILTERS, hiddenRelationTypes: ['sanctions'] }, null);
    expect(viewClasses(index, noSanctions, null, { bundle: true }).bundleCounts.get('bundle:by|us')).toBe(2);
    const one = computeVisibility(
      index,
      { ...NO_FILTERS, hiddenRelationTypes: ['sanctions', 'negotiation'] },
      null,
    );
    const classes = viewClasses(index, one, null, { bundle: true });
    expect(classes.bundle.size).toBe(0);
    expect(classes.bundled.size).toBe(0);
  });
});

describe('label places', () => {
  const node = (id: string, x: number, y: number, must = false): NodeLabel => ({
    kind: 'node',
    id,
    x,
    y,
    rx: 10,
    ry: 10,
    w: 80,
    h: 14,
    gap: 3,
    must,
  });
  const view = { x1: -1000, y1: -1000, x2: 1000, y2: 1000 };
  const boxesOf = (items: NodeLabel[]) =>
    items.map((n) => ({ id: n.id, box: { x1: n.x - n.rx, y1: n.y - n.ry, x2: n.x + n.rx, y2: n.y + n.ry } }));

  test('a label that would cover another moves to a free side', () => {
    const a = node('a', 0, 0, true);
    const b = node('b', 30, 0, true);
    const placed = placeLabels([a, b], boxesOf([a, b]), view);
    expect(placed.get('a')).toMatchObject({ side: 'bottom' });
    expect(placed.get('b')).toMatchObject({ kind: 'node' });
    expect(placed.get('b')).not.toMatchObject({ side: 'bottom' });
  });

  test('no two placed labels ever overlap, and those that must be read are placed', () => {
    // A crowd: 60 actors on a small grid, in a fixed pseudo-random order.
    const items: NodeLabel[] = [];
    for (let i = 0; i < 60; i++) items.push(node(`n${i}`, ((i * 37) % 11) * 28, ((i * 53) % 7) * 24, i < 5));
    const placed = placeLabels(items, boxesOf(items), view);
    const boxes = [...placed.values()].flatMap((p) => (p.kind === 'off' ? [] : [p.box]));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    // The first is placed wherever it is free: every side is open to it.
    const first = placed.get('n0');
    expect(first?.kind).toBe('node');
    if (first?.kind === 'node') expect(first.box).toEqual(nodeLabelBox(items[0]!, first.side));
    for (const item of items.slice(0, 5)) expect(placed.get(item.id)?.kind).toBe('node');
    expect([...placed.values()].some((p) => p.kind === 'off')).toBe(true);
  });

  test("a relation's label slides along its line, off the actors at its ends", () => {
    const ends = [node('s', 0, 0), node('t', 200, 0)];
    const label: LabelItem = {
      kind: 'edge',
      id: 'e',
      mx: 100,
      my: 0,
      sx: 0,
      sy: 0,
      tx: 200,
      ty: 0,
      w: 60,
      h: 12,
      must: false,
    };
    const blocker = node('m', 100, 0);
    const placed = placeLabels([label], boxesOf([...ends, blocker]), view).get('e');
    expect(placed?.kind).toBe('edge');
    if (placed?.kind !== 'edge') return;
    for (const { box } of boxesOf([...ends, blocker])) expect(overlaps(placed.box, box)).toBe(false);
  });
});

test('long relation labels are cut at a word, with an ellipsis', () => {
  expect(shortLabel('lifts sanctions on')).toBe('lifts sanctions on');
  const cut = shortLabel('could push for Belarus sanctions relief from');
  expect(cut.length).toBeLessThanOrEqual(SHORT_LABEL_CHARS);
  expect(cut).toBe('could push for Belarus…');
});

test('the sheet on top is the panel opened last; closing it shows the one under it', () => {
  let order = sheetOrder([], ['left', 'right']);
  expect(order.at(-1)).toBe('right');
  order = sheetOrder(order, ['left', 'right', 'bottom']);
  expect(order.at(-1)).toBe('bottom');
  order = sheetOrder(order, ['left', 'right']);
  expect(order.at(-1)).toBe('right');
  expect(sheetOrder(order, ['left', 'right'], 'left').at(-1)).toBe('left');
});
