import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/graphIndex';
import type { Story } from '../../src/domain/schema';
import { slideCitations, slidePath, slideView, storySources } from '../../src/domain/story';
import { loadFixture } from '../helpers/loadFixture';

async function fixture() {
  const result = await loadFixture('minimal.valid.json');
  if (!result.ok) throw new Error('fixture must load');
  return { dataset: result.dataset, index: buildIndex(result.dataset, result.spans) };
}

const sorted = (set: Set<string>) => [...set].sort();

describe('slideView', () => {
  it('shows a relation with both of its actors and highlights what the slide names', async () => {
    const { dataset, index } = await fixture();
    const story = dataset.stories[0]!;
    const first = slideView(index, story, 0);
    expect(sorted(first.actors)).toEqual(['avalon', 'brightland']);
    expect(sorted(first.relations)).toEqual(['avalon-closes-harbour']);
    expect(sorted(first.highlighted)).toEqual(['avalon-closes-harbour']);
  });

  it('adds to the previous slide, and a highlighted deal brings its relations', async () => {
    const { dataset, index } = await fixture();
    const second = slideView(index, dataset.stories[0]!, 1);
    expect(sorted(second.relations)).toEqual([
      'avalon-closes-harbour',
      'avalon-frees-sailors',
      'brightland-lifts-ban',
    ]);
    expect(sorted(second.actors)).toEqual(['avalon', 'brightland', 'sailors']);
    expect(sorted(second.highlighted)).toEqual(['avalon-frees-sailors', 'brightland-lifts-ban']);
  });

  it('starts afresh on a replace slide', async () => {
    const { index } = await fixture();
    const story: Story = {
      id: 's',
      title: 'S',
      slides: [
        { title: 'a', text: 'a', show: ['avalon-closes-harbour'], highlight: [], reveal: 'add' },
        { title: 'b', text: 'b', show: ['ministry-opposes-closure'], highlight: [], reveal: 'replace' },
        { title: 'c', text: 'c', show: [], highlight: ['sailors'], reveal: 'add' },
      ],
    };
    expect(sorted(slideView(index, story, 1).relations)).toEqual(['ministry-opposes-closure']);
    const third = slideView(index, story, 2);
    expect(sorted(third.actors)).toEqual(['avalon', 'brightland-trade-ministry', 'sailors']);
    expect(sorted(third.highlighted)).toEqual(['sailors']);
  });
});

describe('citations', () => {
  it('numbers the quotes of highlighted relations and deals, without repeats', async () => {
    const { dataset, index } = await fixture();
    const story = dataset.stories[0]!;
    expect(slideCitations(index, story, 0).map((c) => [c.number, c.elementId])).toEqual([
      [1, 'avalon-closes-harbour'],
    ]);
    const second = slideCitations(index, story, 1);
    expect(second.map((c) => c.elementId)).toEqual(['sailors-for-fish']);
    expect(storySources(index, story)).toEqual(['harbour-notes']);
  });
});

describe('a slide that shows a leverage path', () => {
  // In the fixture Brightland moves the sailors in two steps: it lifts its ban on Avalon,
  // which frees them.
  const story: Story = {
    id: 's',
    title: 'S',
    slides: [
      { title: 'a', text: 'a', show: ['avalon-closes-harbour'], highlight: [], reveal: 'replace' },
      {
        title: 'b',
        text: 'b',
        show: [],
        highlight: ['brightland-lifts-ban'],
        reveal: 'add',
        path: { from: 'brightland', to: 'sailors', index: 0 },
      },
      { title: 'c', text: 'c', show: ['ministry-opposes-closure'], highlight: [], reveal: 'add' },
      { title: 'd', text: 'd', show: ['avalon'], highlight: [], reveal: 'replace' },
    ],
  };

  it('finds the path the slide names, or null', async () => {
    const { index } = await fixture();
    const path = slidePath(index, story.slides[1]!);
    expect(path?.actors).toEqual(['brightland', 'avalon', 'sailors']);
    expect(path?.hops.map((hop) => hop.lever.relation.id)).toEqual([
      'brightland-lifts-ban',
      'avalon-frees-sailors',
    ]);
    expect(slidePath(index, story.slides[0]!)).toBeNull();
    const beyond = { ...story.slides[1]!, path: { from: 'brightland', to: 'sailors', index: 1 } };
    expect(slidePath(index, beyond)).toBeNull();
  });

  it('shows and highlights its actors and steps on its own slide', async () => {
    const { index } = await fixture();
    const view = slideView(index, story, 1);
    expect(sorted(view.relations)).toEqual([
      'avalon-closes-harbour',
      'avalon-frees-sailors',
      'brightland-lifts-ban',
    ]);
    expect(sorted(view.highlighted)).toEqual([
      'avalon',
      'avalon-frees-sailors',
      'brightland',
      'brightland-lifts-ban',
      'sailors',
    ]);
  });

  it('keeps the path shown, not highlighted, on later add slides, and drops it on a replace', async () => {
    const { index } = await fixture();
    const later = slideView(index, story, 2);
    expect(sorted(later.relations)).toEqual([
      'avalon-closes-harbour',
      'avalon-frees-sailors',
      'brightland-lifts-ban',
      'ministry-opposes-closure',
    ]);
    expect(sorted(later.actors)).toContain('sailors');
    expect(sorted(later.highlighted)).toEqual([]);
    const fresh = slideView(index, story, 3);
    expect(sorted(fresh.actors)).toEqual(['avalon']);
    expect(sorted(fresh.relations)).toEqual([]);
  });

  it('cites each step after the highlights, numbered, each quote once', async () => {
    const { index } = await fixture();
    const citations = slideCitations(index, story, 1);
    expect(citations.map((c) => [c.number, c.elementId, c.evidence.quote])).toEqual([
      [1, 'brightland-lifts-ban', 'Brightland then lifted the fishing ban it had imposed on Avalon'],
      [2, 'avalon-frees-sailors', 'Two weeks later Avalon released four detained sailors.'],
    ]);
    expect(slideCitations(index, story, 2)).toEqual([]);
  });
});
