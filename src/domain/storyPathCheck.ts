/**
 * Checks the leverage paths that story slides show: both ends must be actors, and the
 * path's index must name a path the search finds. Apart from integrity.ts because it runs
 * the leverage search, and only when some slide shows a path.
 */
import { buildIndex, type GraphIndex } from './graphIndex';
import { DEFAULT_MAX_HOPS, DEFAULT_PATH_LIMIT, leveragePaths } from './leverage/paths';
import type { Dataset, SlidePath } from './schema';

export interface SlidePathReport {
  error: (path: string, message: string) => void;
  /** Reports an unknown actor at `path`; true when the id is an actor. */
  requireActor: (id: string, path: string, role: string) => boolean;
}

export function checkSlidePaths(dataset: Dataset, report: SlidePathReport): void {
  let index: GraphIndex | undefined;
  const labels = new Map(dataset.actors.map((a) => [a.id, a.label]));
  dataset.stories.forEach((story, i) => {
    story.slides.forEach((slide, j) => {
      if (!slide.path) return;
      const { from, to, index: rank } = slide.path;
      const base = `stories[${i}].slides[${j}].path`;
      const known = [
        report.requireActor(from, `${base}.from`, 'path start'),
        report.requireActor(to, `${base}.to`, 'path end'),
      ];
      if (known.includes(false)) return;
      if (from === to) {
        report.error(`${base}.to`, `the path starts and ends at "${from}"; a path joins two actors`);
        return;
      }
      // Integrity has no index of its own; quote spans do not matter to the search.
      index ??= buildIndex(dataset, []);
      const { paths, truncated } = leveragePaths(index, from, to);
      if (rank < paths.length) return;
      report.error(`${base}.index`, missingPathMessage(labels, slide.path, paths.length, truncated));
    });
  });
}

function missingPathMessage(
  labels: ReadonlyMap<string, string>,
  { from, to, index }: SlidePath,
  count: number,
  truncated: boolean,
): string {
  const between = `from ${labels.get(from) ?? from} to ${labels.get(to) ?? to}`;
  if (count === 0)
    return `there is no leverage path ${between} within ${DEFAULT_MAX_HOPS} steps; show other actors or remove the path`;
  // The search lists the strongest few; past that limit there may be more it does not rank.
  const paths =
    count >= DEFAULT_PATH_LIMIT || truncated
      ? `the map ranks only the ${count} strongest leverage paths`
      : count === 1
        ? 'there is 1 leverage path'
        : `there are ${count} leverage paths`;
  const valid = count === 1 ? 'use index 0' : `use an index from 0 to ${count - 1}`;
  return `${paths} ${between}; ${valid}, not ${index}`;
}
