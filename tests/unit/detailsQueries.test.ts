import { describe, expect, it } from 'vitest';
import { childrenOf, groupActorRelations } from '../../src/domain/actorRelations';
import { findEvidenceSpan } from '../../src/domain/evidenceSpans';
import { figureDisagreements, formatFigureValue } from '../../src/domain/figures';
import { buildIndex } from '../../src/domain/graphIndex';
import { passageElements } from '../../src/domain/passageElements';
import type { Figure } from '../../src/domain/schema';
import { loadFixture } from '../helpers/loadFixture';

async function loadMinimal() {
  const result = await loadFixture('minimal.valid.json');
  if (!result.ok) throw new Error('the minimal fixture should load');
  return result;
}

describe('findEvidenceSpan', () => {
  it('finds the span of a relation quote by its place in the evidence list', async () => {
    const { spans, texts } = await loadMinimal();
    const found = findEvidenceSpan(spans, 'avalon-frees-sailors', { kind: 'evidence' }, 0);
    expect(found && texts['harbour-notes']!.slice(found.start, found.end)).toBe(
      'Two weeks later Avalon released four detained sailors.',
    );
  });

  it('tells a contest position’s quote from the relation’s own', async () => {
    const { spans, texts } = await loadMinimal();
    const own = findEvidenceSpan(spans, 'brightland-lifts-ban', { kind: 'evidence' }, 0);
    const disputes = findEvidenceSpan(spans, 'brightland-lifts-ban', { kind: 'position', position: 0 }, 0);
    expect(own && texts['harbour-notes']!.slice(own.start, own.end)).toBe(
      'Brightland then lifted the fishing ban it had imposed on Avalon',
    );
    expect(disputes && texts['harbour-notes']!.slice(disputes.start, disputes.end)).toBe(
      'a trade that both sides deny',
    );
  });

  it('finds deal quotes and returns nothing for a quote that is not there', async () => {
    const { spans } = await loadMinimal();
    expect(findEvidenceSpan(spans, 'sailors-for-fish', { kind: 'evidence' }, 0)?.elementKind).toBe('deal');
    expect(findEvidenceSpan(spans, 'sailors-for-fish', { kind: 'evidence' }, 1)).toBeUndefined();
  });
});

describe('figureDisagreements', () => {
  const fig = (quantity: string, value: number, source: string): Figure => ({ quantity, value, source });

  it('pairs different values for one quantity from different sources', () => {
    const result = figureDisagreements([
      fig('prisoners freed', 123, 'ecfr'),
      fig('troops', 7000, 'carnegie'),
      fig('prisoners freed', 156, 'carnegie'),
    ]);
    expect(result).toEqual([
      {
        quantity: 'prisoners freed',
        figures: [fig('prisoners freed', 123, 'ecfr'), fig('prisoners freed', 156, 'carnegie')],
      },
    ]);
  });

  it('does not call agreeing sources, or one source’s two figures, a disagreement', () => {
    expect(figureDisagreements([fig('held', 1000, 'ecfr'), fig('held', 1000, 'carnegie')])).toEqual([]);
    expect(figureDisagreements([fig('held', 1, 'ecfr'), fig('held', 2, 'ecfr')])).toEqual([]);
  });

  it('formats values with grouping and approximation', () => {
    expect(formatFigureValue({ value: 7000, approximate: true })).toBe('about 7,000');
    expect(formatFigureValue({ value: 123 })).toBe('123');
  });
});

describe('groupActorRelations', () => {
  it('groups by type and direction in registry order, outgoing first', async () => {
    const { dataset, spans } = await loadMinimal();
    const index = buildIndex(dataset, spans);
    const groups = groupActorRelations(index, 'avalon').map(
      (g) => `${g.type} ${g.direction} ${g.relations.map((r) => r.id).join(',')}`,
    );
    expect(groups).toEqual([
      'border_closure outgoing avalon-closes-harbour',
      'opposition incoming ministry-opposes-closure',
      'sanctions_relief incoming brightland-lifts-ban',
      'prisoner_release outgoing avalon-frees-sailors',
    ]);
  });

  it('lists the children of an actor', async () => {
    const { dataset, spans } = await loadMinimal();
    const index = buildIndex(dataset, spans);
    expect(childrenOf(index, 'brightland').map((a) => a.id)).toEqual(['brightland-trade-ministry']);
    expect(childrenOf(index, 'avalon')).toEqual([]);
  });
});

describe('passageElements', () => {
  it('names each relation and deal a passage supports once, relations first', async () => {
    const { dataset, spans } = await loadMinimal();
    const index = buildIndex(dataset, spans);
    const dealStart = spans.find((s) => s.elementId === 'sailors-for-fish')!.start;
    const covering = spans.filter((s) => s.start <= dealStart && dealStart < s.end);
    expect(passageElements(index, [...covering, ...covering])).toEqual([
      { kind: 'relation', id: 'avalon-frees-sailors', name: 'Avalon releases Detained sailors' },
      { kind: 'deal', id: 'sailors-for-fish', name: 'Deal: Sailors for fishing rights' },
    ]);
  });
});
