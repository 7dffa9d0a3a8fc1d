import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  withActorTypeToggled,
  withContestedOnly,
  withTime,
  withRelationTypesToggled,
  withSourceToggled,
  withStanceToggled,
  withUnquotedHidden,
  computeVisibility,
} from '../../src/domain/filters';
import { tinyIndex } from '../helpers/tinyIndex';

describe('filter toggles', () => {
  it('hides an actor type, a source or a stance, and shows it again', () => {
    const hidden = withActorTypeToggled(NO_FILTERS, 'company');
    expect(hidden.hiddenActorTypes).toEqual(['company']);
    expect(withActorTypeToggled(hidden, 'company').hiddenActorTypes).toEqual([]);

    const noSource = withSourceToggled(withSourceToggled(NO_FILTERS, 'a'), 'b');
    expect(noSource.hiddenSources).toEqual(['a', 'b']);
    expect(withSourceToggled(noSource, 'a').hiddenSources).toEqual(['b']);

    expect(withStanceToggled(NO_FILTERS, 'hypothetical').hiddenStances).toEqual(['hypothetical']);
    expect(
      withStanceToggled(withStanceToggled(NO_FILTERS, 'hypothetical'), 'hypothetical').hiddenStances,
    ).toEqual([]);
  });

  it('toggles a group of relation types as one: any shown hides all, all hidden shows all', () => {
    const partly = withRelationTypesToggled(NO_FILTERS, ['sanctions']);
    const group = ['sanctions', 'pressure'] as const;
    const allHidden = withRelationTypesToggled(partly, group);
    expect([...allHidden.hiddenRelationTypes].sort()).toEqual(['pressure', 'sanctions']);
    expect(withRelationTypesToggled(allHidden, group).hiddenRelationTypes).toEqual([]);
  });

  it('sets contested-only and leaves the rest, and never changes the filters it is given', () => {
    const before = withActorTypeToggled(NO_FILTERS, 'company');
    const after = withContestedOnly(before, true);
    expect(after).toEqual({ ...before, contestedOnly: true });
    expect(before.contestedOnly).toBe(false);
    expect(NO_FILTERS).toEqual({
      hiddenActorTypes: [],
      hiddenRelationTypes: [],
      hiddenSources: [],
      hiddenStances: [],
      contestedOnly: false,
      hideUnquoted: false,
      time: { asOf: null, period: null, hideUndated: false },
    });
  });

  it('hides relations with no evidence yet, and only those, whatever sources are hidden', () => {
    const index = tinyIndex([
      ['quoted', 'us', 'sanctions', 'by', { sources: ['a'] }],
      ['both', 'eu', 'sanctions', 'by', { sources: ['a', 'b'] }],
      ['lead', 'us', 'negotiation', 'by', { sources: [] }],
    ]);
    const unquoted = [...index.relations.values()].filter((r) => r.evidence.length === 0);
    expect(unquoted.length).toBeGreaterThan(0);
    const allSourcesHidden = NO_FILTERS.hiddenSources.concat([...index.sources.keys()]);
    const shown = computeVisibility(index, { ...NO_FILTERS, hiddenSources: allSourcesHidden }, null);
    // Every quoted relation quotes a hidden source; the unquoted ones quote none.
    expect([...shown.relations].sort()).toEqual(unquoted.map((r) => r.id).sort());
    const hidden = computeVisibility(index, withUnquotedHidden(NO_FILTERS, true), null);
    expect(hidden.relations.size).toBe(index.relations.size - unquoted.length);
    for (const rel of unquoted) expect(hidden.relations.has(rel.id)).toBe(false);
  });

  it('changes one part of the time filter and keeps the others', () => {
    const asOf = withTime(NO_FILTERS, { asOf: '2025-10' });
    const both = withTime(asOf, { hideUndated: true });
    expect(both.time).toEqual({ asOf: '2025-10', period: null, hideUndated: true });
    expect(NO_FILTERS.time.asOf).toBeNull();
  });
});
