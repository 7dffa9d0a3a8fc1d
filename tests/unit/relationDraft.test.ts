/** What the relation form makes of its fields: the relation and any actors made for it. */
import { describe, expect, it } from 'vitest';
import {
  buildRelation,
  NEW_END,
  newActorDraft,
  relationDraftOf,
  relationProblems,
  type RelationDraft,
} from '../../src/features/authoring/relationDraft';
import { loadFixture } from '../helpers/loadFixture';

const QUOTE = { source: 'harbour-notes', quote: 'Brightland’s trade ministry called the closure unlawful.' };

async function harbour() {
  const loaded = await loadFixture('minimal.valid.json');
  if (!loaded.ok) throw new Error('the fixture does not load');
  return loaded.dataset;
}

function draft(patch: Partial<RelationDraft>): RelationDraft {
  return {
    ...relationDraftOf(undefined),
    type: 'opposition',
    label: 'calls unlawful',
    claim: 'A claim.',
    ...patch,
  };
}

describe('buildRelation', () => {
  it('attributes a claim to an actor made in the same form, by the id it is given', async () => {
    const made = { ...newActorDraft('Harbour Guild'), type: 'group' as const };
    const form = draft({
      from: made,
      to: { kind: 'actor', id: 'avalon' },
      stance: 'attributed',
      attributedTo: ['brightland', NEW_END.from],
    });
    expect(relationProblems(form)).toEqual({});
    const { relation, newActors } = buildRelation(form, await harbour(), [QUOTE]);
    expect(newActors.map((a) => a.id)).toEqual(['harbour-guild']);
    expect(relation.attributedTo).toEqual(['brightland', 'harbour-guild']);
  });

  it('drops the attribution to a new actor once that end is an actor on the map again', () => {
    const form = draft({
      from: { kind: 'actor', id: 'brightland' },
      to: { kind: 'actor', id: 'avalon' },
      stance: 'attributed',
      attributedTo: [NEW_END.from],
    });
    expect(relationProblems(form).attributedTo).toBe('Name who makes the claim: at least one actor.');
  });

  it('makes one actor, not two, when both ends name the same new actor', async () => {
    const form = draft({
      from: { ...newActorDraft('Harbour Guild'), type: 'group' },
      to: { ...newActorDraft('harbour guild '), type: 'group' },
    });
    const { relation, newActors } = buildRelation(form, await harbour(), [QUOTE]);
    expect(newActors).toHaveLength(1);
    expect([relation.source, relation.target]).toEqual(['harbour-guild', 'harbour-guild']);
  });
});
