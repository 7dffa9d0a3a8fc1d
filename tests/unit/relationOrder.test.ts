import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/graphIndex';
import { relationSourceNames, sortRelations } from '../../src/domain/relationOrder';
import { Dataset, type DatasetInput } from '../../src/domain/schema';

const ev = (source: string) => ({ source, quote: 'q' });

const input: DatasetInput = {
  format: 'leverage-map',
  version: 1,
  title: 't',
  description: 'd',
  sources: [
    {
      id: 'ecfr',
      title: 'E',
      publisher: 'European Council on Foreign Relations (ECFR)',
      published: '2025',
      text: 'e.txt',
    },
    { id: 'carnegie', title: 'C', publisher: 'Carnegie Endowment', published: '2025', text: 'c.txt' },
  ],
  actors: [
    { id: 'poland', label: 'Poland', type: 'state', description: 'x' },
    { id: 'belarus', label: 'Belarus', type: 'state', description: 'x' },
    { id: 'usa', label: 'United States', type: 'state', description: 'x' },
  ],
  relations: [
    {
      id: 'r-close',
      source: 'poland',
      target: 'belarus',
      type: 'border_closure',
      label: 'closes its border with',
      claim: 'c',
      evidence: [ev('ecfr'), ev('carnegie')],
      when: { start: '2025-09' },
    },
    {
      id: 'r-relief',
      source: 'usa',
      target: 'belarus',
      type: 'sanctions_relief',
      label: 'lifts sanctions on',
      claim: 'c',
      evidence: [ev('carnegie')],
      when: { start: '2025' },
      stance: 'attributed',
    },
    {
      id: 'r-undated',
      source: 'belarus',
      target: 'poland',
      type: 'pressure',
      label: 'pressures',
      claim: 'c',
      evidence: [ev('ecfr')],
      stance: 'hypothetical',
    },
    {
      id: 'r-talk',
      source: 'belarus',
      target: 'usa',
      type: 'channel',
      label: 'talks to',
      claim: 'c',
      evidence: [ev('ecfr')],
      when: { start: '2025-09-11' },
    },
  ],
};
const index = buildIndex(Dataset.parse(input), []);
const all = [...index.relations.values()];
const ids = (
  key: Parameters<typeof sortRelations>[2]['key'],
  direction: 'ascending' | 'descending' = 'ascending',
) => sortRelations(index, all, { key, direction }).map((r) => r.id);

describe('sortRelations', () => {
  it('reads by source actor, then type, by default', () => {
    expect(ids('relation')).toEqual(['r-talk', 'r-undated', 'r-close', 'r-relief']);
  });

  it('sorts dates by precision-aware text and keeps undated relations last both ways', () => {
    expect(ids('date')).toEqual(['r-relief', 'r-close', 'r-talk', 'r-undated']);
    expect(ids('date', 'descending')).toEqual(['r-talk', 'r-close', 'r-relief', 'r-undated']);
  });

  it('sorts types in legend order: category first', () => {
    // coercion (pressure, border_closure) before concession before channel
    expect(ids('type')).toEqual(['r-undated', 'r-close', 'r-relief', 'r-talk']);
  });

  it('sorts stances from most to least sure', () => {
    expect(ids('stance').at(-1)).toBe('r-undated');
    expect(ids('stance', 'descending')[0]).toBe('r-undated');
  });

  it('does not change the input array', () => {
    const before = all.map((r) => r.id);
    ids('date', 'descending');
    expect(all.map((r) => r.id)).toEqual(before);
  });
});

describe('relationSourceNames', () => {
  it('gives short names, alphabetical and unique', () => {
    expect(relationSourceNames(index, index.relations.get('r-close')!)).toEqual(['Carnegie', 'ECFR']);
  });
});
