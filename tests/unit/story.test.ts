import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/graphIndex';
import type { Story } from '../../src/domain/schema';
import { slideCitations, slideView, storySources } from '../../src/domain/story';
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
