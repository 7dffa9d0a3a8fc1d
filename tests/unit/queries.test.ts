import { describe, expect, it } from 'vitest';
import { computeVisibility, NO_FILTERS } from '../../src/domain/filters';
import {
  formatCitation,
  formatPartialDate,
  formatPublished,
  formatWhen,
  relationSentence,
} from '../../src/domain/format';
import { buildIndex, neighbourhood } from '../../src/domain/graphIndex';
import { search } from '../../src/domain/search';
import { leveragePaths } from '../../src/domain/leverage/paths';
import { viewClasses } from '../../src/cytoscape/viewClasses';
import { loadFixture } from '../helpers/loadFixture';

async function fixtureIndex() {
  const result = await loadFixture('minimal.valid.json');
  if (!result.ok) throw new Error('fixture must load');
  return { dataset: result.dataset, index: buildIndex(result.dataset, result.spans) };
}

describe('graph queries', () => {
  it('finds neighbourhoods by hops, ignoring direction', async () => {
    const { index } = await fixtureIndex();
    expect([...neighbourhood(index, 'sailors', 1)].sort()).toEqual(['avalon', 'sailors']);
    expect([...neighbourhood(index, 'sailors', 2)].sort()).toEqual([
      'avalon',
      'brightland',
      'brightland-trade-ministry',
      'sailors',
    ]);
  });

  it('hides relations of a hidden type and the actors left without relations', async () => {
    const { index } = await fixtureIndex();
    const all = computeVisibility(index, NO_FILTERS, null);
    expect(all.actors.size).toBe(4);
    expect(all.relations.size).toBe(4);
    const noRelease = computeVisibility(
      index,
      { ...NO_FILTERS, hiddenRelationTypes: ['prisoner_release'] },
      null,
    );
    expect(noRelease.relations.has('avalon-frees-sailors')).toBe(false);
    expect(noRelease.actors.has('sailors')).toBe(false);
    const contested = computeVisibility(index, { ...NO_FILTERS, contestedOnly: true }, null);
    expect([...contested.relations]).toEqual(['brightland-lifts-ban']);
    expect([...contested.actors].sort()).toEqual(['avalon', 'brightland']);
  });

  it('with nothing filtered, shows every actor and relation, as a set a caller can read every way', async () => {
    const { dataset, index } = await fixtureIndex();
    const all = computeVisibility(index, NO_FILTERS, null);
    const ids = dataset.relations.map((rel) => rel.id);
    expect([...all.relations]).toEqual(ids);
    expect([...all.relations.keys()]).toEqual(ids);
    expect([...all.relations.values()]).toEqual(ids);
    expect([...all.relations.entries()]).toEqual(ids.map((id) => [id, id]));
    const seen: string[] = [];
    all.actors.forEach((id, same, set) => {
      expect(same).toBe(id);
      expect(set).toBe(all.actors);
      seen.push(id);
    });
    expect(seen).toEqual(dataset.actors.map((actor) => actor.id));
    expect(all.actors.has('sailors')).toBe(true);
    expect(all.actors.has('constructor')).toBe(false);
    expect(all.focus).toBeNull();
    // A relation whose end is no actor (the loader refuses such a map; an index could still
    // hold one) is not shown, as with a filter on.
    const broken = buildIndex(
      {
        ...dataset,
        relations: [...dataset.relations, { ...dataset.relations[0]!, id: 'stray', target: 'nobody' }],
      },
      [],
    );
    const shown = computeVisibility(broken, NO_FILTERS, null);
    expect(shown.relations.has('stray')).toBe(false);
    expect(shown.relations.size).toBe(ids.length);
  });

  it('hides an actor type and every relation touching it', async () => {
    const { index } = await fixtureIndex();
    const v = computeVisibility(index, { ...NO_FILTERS, hiddenActorTypes: ['group'] }, null);
    expect(v.actors.has('sailors')).toBe(false);
    expect(v.relations.has('avalon-frees-sailors')).toBe(false);
    expect(v.actors.has('brightland-trade-ministry')).toBe(true);
  });

  it('dims what lies outside the focus and marks the selection', async () => {
    const { index } = await fixtureIndex();
    const v = computeVisibility(index, NO_FILTERS, { actorId: 'sailors', hops: 1 });
    const classes = viewClasses(index, v, { kind: 'actor', id: 'sailors' });
    expect([...classes.faded].sort()).toEqual([
      'avalon-closes-harbour',
      'brightland',
      'brightland-lifts-ban',
      'brightland-trade-ministry',
      'ministry-opposes-closure',
    ]);
    expect([...classes.selected]).toEqual(['sailors']);
    expect([...classes.incident].sort()).toEqual(['avalon', 'avalon-frees-sailors']);
    expect(classes.backdrop.size).toBe(0); // the focus already sets the rest back
    const deal = viewClasses(index, computeVisibility(index, NO_FILTERS, null), {
      kind: 'deal',
      id: 'sailors-for-fish',
    });
    expect([...deal.selected].sort()).toEqual(['avalon-frees-sailors', 'brightland-lifts-ban']);
    expect([...deal.backdrop].sort()).toEqual([
      'avalon-closes-harbour',
      'brightland-trade-ministry',
      'ministry-opposes-closure',
    ]);
    const onLargeMap = viewClasses(
      index,
      computeVisibility(index, NO_FILTERS, null),
      { kind: 'deal', id: 'sailors-for-fish' },
      { backdrop: false },
    );
    expect(onLargeMap.backdrop.size).toBe(0);
    expect(onLargeMap.selected).toEqual(deal.selected);
  });

  it('lights up a chosen leverage path step by step and sets the rest of the map further back', async () => {
    const { index } = await fixtureIndex();
    const [path] = leveragePaths(index, 'brightland', 'sailors').paths;
    expect(path?.actors).toEqual(['brightland', 'avalon', 'sailors']);
    const classes = viewClasses(index, computeVisibility(index, NO_FILTERS, null), null, { path });
    expect([...classes.pathHop]).toEqual(['brightland-lifts-ban', 'avalon-frees-sailors']);
    expect([...classes.pathActor]).toEqual(['brightland', 'avalon', 'sailors']);
    expect([...classes.pathBackdrop].sort()).toEqual([
      'avalon-closes-harbour',
      'brightland-trade-ministry',
      'ministry-opposes-closure',
    ]);
    expect(classes.backdrop.size).toBe(0);
  });

  it('searches actors only when asked to', async () => {
    const { index } = await fixtureIndex();
    expect(search(index, 'harbour').map((h) => h.ref.kind)).toContain('relation');
    expect(search(index, 'harbour', 10, ['actor'])).toEqual([]);
  });

  it('searches labels, aliases and claims, best match first', async () => {
    const { index } = await fixtureIndex();
    expect(search(index, 'aval')[0]?.ref).toEqual({ kind: 'actor', id: 'avalon' });
    expect(search(index, 'republic')[0]).toMatchObject({
      ref: { id: 'avalon' },
      detail: 'State · also “Republic of Avalon”',
    });
    expect(search(index, 'fishing').map((h) => h.ref.id)).toContain('brightland-lifts-ban');
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('words for dates and sources', () => {
  it('says partial dates at their precision', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-09')).toBe('September 2025');
    expect(formatPartialDate('2025-10-20')).toBe('20 October 2025');
    expect(formatWhen({ start: '2024', end: '2025' })).toBe('2024 – 2025');
    expect(formatWhen({ start: '2025-11-17', label: 'on 17 November' })).toBe('on 17 November');
    expect(formatPublished({ unknown: true, notBefore: '2025' })).toBe('date unknown (not before 2025)');
  });

  it('cites a source with publisher, title and date, marking a title of ours', async () => {
    const { dataset, index } = await fixtureIndex();
    expect(formatCitation(dataset.sources[0]!)).toBe('Leverage Map tests, “Harbour Notes”, March 2024');
    expect(formatCitation({ ...dataset.sources[0]!, titleIsOurs: true })).toBe(
      'Leverage Map tests, Harbour Notes (title ours), March 2024',
    );
    expect(relationSentence(index, index.relations.get('avalon-closes-harbour')!)).toBe(
      'Avalon closes its harbour to Brightland',
    );
  });
});
