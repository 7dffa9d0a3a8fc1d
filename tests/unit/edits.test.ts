import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '../../src/domain/edits/edit';
import { describeEdit } from '../../src/domain/edits/describeEdit';
import { record, redo, startHistory, undo, undoLabel, redoLabel } from '../../src/domain/edits/history';
import { emptyDocument, type MapDocument } from '../../src/domain/edits/mapDocument';
import { quoteFromSelection } from '../../src/domain/edits/quoteSelection';
import { uniqueId } from '../../src/domain/edits/ids';
import { actorRemoval, slidesTouched } from '../../src/domain/edits/cascade';
import { checkDocument } from '../../src/io/checkDocument';
import type { Relation } from '../../src/domain/schema';
import { loadFixture } from '../helpers/loadFixture';

let harbour: MapDocument;
beforeAll(async () => {
  const result = await loadFixture('minimal.valid.json');
  if (!result.ok) throw new Error('fixture must load');
  harbour = { dataset: result.dataset, texts: result.texts };
});

function applied(document: MapDocument, edit: Edit): MapDocument {
  const result = applyEdit(document, edit);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

const quote = 'Two weeks later Avalon released four detained sailors.';
const newRelation = (id: string, source = 'brightland', target = 'sailors'): Relation => ({
  id,
  source,
  target,
  type: 'support',
  label: 'backs',
  claim: 'Brightland backs the sailors.',
  stance: 'asserted',
  evidence: [{ source: 'harbour-notes', quote }],
});

describe('edits', () => {
  it('adds a relation with a new actor, and the result passes the loader’s checks', () => {
    const next = applied(harbour, {
      kind: 'add-relation',
      relation: newRelation('brightland-backs-crew', 'brightland', 'crew'),
      newActors: [{ id: 'crew', label: 'Crew', type: 'group', aliases: [], description: 'The crew.' }],
    });
    expect(next.dataset.relations.at(-1)?.id).toBe('brightland-backs-crew');
    expect(next.dataset.actors.at(-1)?.id).toBe('crew');
    expect(harbour.dataset.relations.some((r) => r.id === 'brightland-backs-crew')).toBe(false);
    expect(checkDocument('map', next).ok).toBe(true);
  });

  it('a relation to an unknown actor is refused with the validator’s sentence', () => {
    const next = applied(harbour, {
      kind: 'add-relation',
      relation: newRelation('r', 'brightland', 'nobody'),
    });
    const checked = checkDocument('map', next);
    expect(checked.ok).toBe(false);
    expect(checked.issues[0]?.message).toMatch(/target actor "nobody" is not an actor in this dataset/);
  });

  it('a quote that is not in the source is refused with the nearest passage', () => {
    const relation = {
      ...newRelation('r'),
      evidence: [{ source: 'harbour-notes', quote: 'Avalon freed sailors.' }],
    };
    const checked = checkDocument('map', applied(harbour, { kind: 'add-relation', relation }));
    expect(checked.ok).toBe(false);
    expect(checked.issues[0]?.path).toBe('relations[4].evidence[0].quote');
  });

  it('deleting an actor takes its relations, the deals they break and their slide references with it', () => {
    const removal = actorRemoval(harbour.dataset, 'sailors');
    expect([...removal.relations]).toEqual(['avalon-frees-sailors']);
    expect([...removal.deals]).toEqual(['sailors-for-fish']);
    expect(slidesTouched(harbour.dataset, removal).length).toBeGreaterThan(0);
    const next = applied(harbour, { kind: 'delete-actor', id: 'sailors' });
    expect(next.dataset.actors.map((a) => a.id)).not.toContain('sailors');
    expect(next.dataset.relations.map((r) => r.id)).not.toContain('avalon-frees-sailors');
    expect(next.dataset.deals).toEqual([]);
    const mentioned = next.dataset.stories.flatMap((s) =>
      s.slides.flatMap((sl) => [...sl.show, ...sl.highlight]),
    );
    expect(mentioned).not.toContain('sailors');
    expect(checkDocument('map', next).ok).toBe(true);
  });

  it('deleting an actor clears it as a parent and as the speaker of an attributed claim', () => {
    const next = applied(harbour, { kind: 'delete-actor', id: 'brightland-trade-ministry' });
    expect(next.dataset.relations.find((r) => r.id === 'ministry-opposes-closure')).toBeUndefined();
    const noParent = applied(harbour, { kind: 'delete-actor', id: 'brightland' });
    expect(noParent.dataset.actors.find((a) => a.id === 'brightland-trade-ministry')?.parent).toBeUndefined();
    expect(checkDocument('map', noParent).ok).toBe(true);
  });

  it('adds and removes evidence, never the last quote', () => {
    const holder = { kind: 'relation' as const, id: 'avalon-frees-sailors' };
    const more = applied(harbour, {
      kind: 'add-evidence',
      holder,
      evidence: {
        source: 'harbour-notes',
        quote: 'Brightland’s trade ministry called the closure unlawful.',
      },
    });
    expect(more.dataset.relations.find((r) => r.id === holder.id)?.evidence).toHaveLength(2);
    const again = applyEdit(more, {
      kind: 'add-evidence',
      holder,
      evidence: {
        source: 'harbour-notes',
        quote: 'Brightland’s trade ministry called the closure unlawful.',
      },
    });
    expect(again.ok).toBe(false);
    const last = applyEdit(harbour, { kind: 'remove-evidence', holder, index: 0 });
    expect(last).toEqual({ ok: false, message: expect.stringMatching(/needs at least one quote/) as string });
  });

  it('moves, adds and refuses to delete the only slide', () => {
    const story = harbour.dataset.stories[0]!;
    const added = applied(harbour, {
      kind: 'add-slide',
      storyId: story.id,
      slide: { title: 'New', text: 'More.', show: ['avalon'], highlight: [], reveal: 'add' },
    });
    const count = added.dataset.stories[0]!.slides.length;
    const moved = applied(added, { kind: 'move-slide', storyId: story.id, from: count - 1, to: 0 });
    expect(moved.dataset.stories[0]!.slides[0]!.title).toBe('New');
    const single = applied(harbour, {
      kind: 'add-story',
      story: {
        id: 'one',
        title: 'One',
        slides: [{ title: 'Only', text: 'x', show: [], highlight: [], reveal: 'add' }],
      },
    });
    expect(applyEdit(single, { kind: 'delete-slide', storyId: 'one', index: 0 }).ok).toBe(false);
  });

  it('refuses to delete a quoted source, and names who quotes it', () => {
    const result = applyEdit(harbour, { kind: 'delete-source', id: 'harbour-notes' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/quoted by avalon-closes-harbour/);
  });

  it('says what it did, for the undo button', () => {
    expect(describeEdit({ kind: 'add-relation', relation: newRelation('x') }, harbour.dataset)).toBe(
      'add relation “backs”',
    );
    expect(describeEdit({ kind: 'delete-actor', id: 'avalon' }, harbour.dataset)).toBe(
      'delete actor “Avalon”',
    );
  });

  it('starts an empty map that passes the checks with one warning', () => {
    const checked = checkDocument('new', emptyDocument('My map'));
    expect(checked.ok).toBe(true);
    expect(checked.issues.map((i) => i.message)).toEqual([expect.stringMatching(/no sources yet/) as string]);
  });
});

describe('history', () => {
  it('undoes and redoes, with what each would do, and a new edit clears redo', () => {
    let h = startHistory('a');
    h = record(h, 'b', 'add b');
    h = record(h, 'c', 'add c');
    expect(undoLabel(h)).toBe('add c');
    h = undo(h);
    expect(h.present).toBe('b');
    expect(redoLabel(h)).toBe('add c');
    h = redo(h);
    expect(h.present).toBe('c');
    h = undo(undo(h));
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = record(h, 'd', 'add d');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });
});

describe('ids', () => {
  it('makes a readable slug, unique across the map', () => {
    expect(uniqueId('U.S. Treasury (OFAC)', 'actor', new Set())).toBe('u-s-treasury-ofac');
    expect(uniqueId('Avalon', 'actor', new Set(['avalon', 'avalon-2']))).toBe('avalon-3');
    expect(uniqueId('Лукашенко', 'actor', new Set())).toBe('actor');
  });
});

describe('a quote from a selection', () => {
  const text = 'Alpha said yes.\n\nBeta said no. Alpha said yes.';
  it('trims the selection and anchors it with its offsets and context', () => {
    const result = quoteFromSelection('s', text, { start: 16, end: 31 });
    expect(result).toMatchObject({
      ok: true,
      evidence: { quote: 'Beta said no.', anchor: { start: 17, end: 30 } },
    });
  });
  it('refuses an empty selection and one across paragraphs', () => {
    expect(quoteFromSelection('s', text, { start: 3, end: 3 })).toMatchObject({ ok: false });
    const across = quoteFromSelection('s', text, { start: 6, end: 22 });
    expect(across.ok).toBe(false);
    if (!across.ok) expect(across.message).toMatch(/across two paragraphs/);
  });
  it('marks the occurrence that was selected when the words stand twice', () => {
    const second = text.lastIndexOf('Alpha said yes.');
    const chosen = quoteFromSelection('s', text, { start: second, end: second + 15 });
    if (!chosen.ok) throw new Error(chosen.message);
    const document = applied(
      {
        dataset: {
          ...emptyDocument('t').dataset,
          sources: [{ id: 's', title: 'S', publisher: 'P', published: '2025', text: 's.txt' }],
        },
        texts: { s: text },
      },
      {
        kind: 'add-relation',
        relation: { ...newRelation('r', 'a', 'b'), evidence: [chosen.evidence] },
        newActors: [
          { id: 'a', label: 'A', type: 'state', aliases: [], description: 'A.' },
          { id: 'b', label: 'B', type: 'state', aliases: [], description: 'B.' },
        ],
      },
    );
    const checked = checkDocument('t', document);
    if (!checked.ok) throw new Error(checked.issues[0]?.message);
    expect(checked.spans[0]).toMatchObject({ start: second, end: second + 15 });
  });
});

describe('editing a relation', () => {
  it('can point it at an actor made in the same form', () => {
    const relation = harbour.dataset.relations.find((r) => r.id === 'avalon-frees-sailors')!;
    const next = applied(harbour, {
      kind: 'update-relation',
      relation: { ...relation, target: 'crew' },
      newActors: [{ id: 'crew', label: 'Crew', type: 'group', aliases: [], description: 'The crew.' }],
    });
    expect(next.dataset.relations.find((r) => r.id === relation.id)?.target).toBe('crew');
    expect(next.dataset.actors.at(-1)?.id).toBe('crew');
    expect(checkDocument('map', next).ok).toBe(true);
  });
});
