import { describe, expect, it } from 'vitest';
import { leversOf } from '../../src/domain/leverage/leverageGraph';
import { LEVER_FLOW_IDS, LEVER_KIND_IDS } from '../../src/domain/leverage/semantics';
import { RELATION_TYPE_IDS, RELATION_TYPES } from '../../src/domain/relationTypes';
import { tinyIndex } from '../helpers/tinyIndex';

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
