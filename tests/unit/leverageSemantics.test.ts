import { describe, expect, it } from 'vitest';
import { buildLeverageGraph, leversOf } from '../../src/domain/leverage/leverageGraph';
import { leverageGraphOf, prepareLevers } from '../../src/domain/leverage/levers';
import { LEVER_FLOW_IDS, LEVER_KIND_IDS } from '../../src/domain/leverage/semantics';
import { RELATION_TYPE_IDS, RELATION_TYPES } from '../../src/domain/relationTypes';
import { countingPauses, ringTuples, tinyIndex } from '../helpers/tinyIndex';

describe('leverage semantics in the registry', () => {
  it.each(RELATION_TYPE_IDS)('%s says which way leverage flows, what kind it is, and why', (type) => {
    const { leverage } = RELATION_TYPES[type];
    expect(LEVER_FLOW_IDS).toContain(leverage.flow);
    expect(LEVER_KIND_IDS).toContain(leverage.kind);
    expect(leverage.reason).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('gives the leverage of a dependency to the side depended on', () => {
    const index = tinyIndex([['dep', 'belarus', 'dependency', 'russia']]);
    const [lever, ...more] = leversOf(index.relations.get('dep')!);
    expect(more).toHaveLength(0);
    expect(lever).toMatchObject({ holder: 'russia', subject: 'belarus', kind: 'dependency' });
  });

  it('gives sanctions to the side imposing them, channels both ways, participation none', () => {
    const index = tinyIndex([
      ['s', 'us', 'sanctions', 'belarus'],
      ['c', 'us', 'channel', 'belarus'],
      ['p', 'us', 'participation', 'summit'],
    ]);
    expect(leversOf(index.relations.get('s')!).map((l) => [l.holder, l.subject, l.kind])).toEqual([
      ['us', 'belarus', 'pressure'],
    ]);
    expect(leversOf(index.relations.get('c')!).map((l) => [l.holder, l.subject])).toEqual([
      ['us', 'belarus'],
      ['belarus', 'us'],
    ]);
    expect(leversOf(index.relations.get('p')!)).toEqual([]);
  });

  it('covers every flow and every kind somewhere in the registry', () => {
    const flows = new Set(RELATION_TYPE_IDS.map((t) => RELATION_TYPES[t].leverage.flow));
    const kinds = new Set(RELATION_TYPE_IDS.map((t) => RELATION_TYPES[t].leverage.kind));
    expect([...flows].sort()).toEqual([...LEVER_FLOW_IDS].sort());
    expect([...kinds].sort()).toEqual([...LEVER_KIND_IDS].sort());
  });
});

describe('the levers worked out ahead of use', () => {
  // A ring of 12,000 sanctions: enough relations for several slices.
  const ringOf = () => tinyIndex(ringTuples(12_000));

  it('come a slice at a time, the page given back between, and are then the map’s levers', async () => {
    const index = ringOf();
    const counter = countingPauses();
    await prepareLevers(index, counter.next, new AbortController().signal);
    expect(counter.pauses).toBeGreaterThan(1);
    const prepared = leverageGraphOf(index);
    expect(leverageGraphOf(index)).toBe(prepared);
    const atOnce = buildLeverageGraph(index);
    expect(prepared.levers).toEqual(atOnce.levers);
    expect([...prepared.held]).toEqual([...atOnce.held]);
    expect(prepared.stepsFrom('a7')).toEqual(atOnce.stepsFrom('a7'));
  });

  it('stop at the next pause once another map is opened', async () => {
    const index = ringOf();
    const abort = new AbortController();
    const counter = countingPauses(() => abort.abort());
    await prepareLevers(index, counter.next, abort.signal);
    expect(counter.pauses).toBe(1);
    // Not kept half done: asking works them out whole.
    expect(leverageGraphOf(index).levers).toHaveLength(12_000);
  });
});
