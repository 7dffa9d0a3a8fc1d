/**
 * What "Add this view as a slide" puts on the slide: the leverage path on screen (as the
 * slide's path when it is the strongest-first ranking a slide replays, else as its
 * relations), or the selection with what focus shows around it, or what the filters leave.
 */
import type { Visibility } from '../filters';
import type { ElementRef, GraphIndex } from '../graphIndex';
import type { LeveragePath } from '../leverage/paths';
import { formatPartialDate } from '../format';
import type { PartialDate, Slide } from '../schema';

export interface ViewForSlide {
  selected: ElementRef | null;
  visibility: Visibility;
  /** Whether filters hide anything. */
  filtered: boolean;
  path: { from: string; to: string; rank: number; path: LeveragePath; defaultSearch: boolean } | null;
  /** The map's as-of date, which the slide keeps. */
  asOf?: PartialDate | null;
}

export type SlideContent = Pick<Slide, 'show' | 'highlight' | 'path' | 'asOf'> & {
  /** What the slide will show, in words, for the form. */
  summary: string;
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function slideFromView(index: GraphIndex, view: ViewForSlide): SlideContent {
  const content = contentOf(index, view);
  return view.asOf
    ? { ...content, asOf: view.asOf, summary: `${content.summary}, as of ${formatPartialDate(view.asOf)}` }
    : content;
}

function contentOf(index: GraphIndex, view: ViewForSlide): SlideContent {
  const { selected, visibility, path } = view;
  if (path) {
    const relations = path.path.hops.map((hop) => hop.lever.relation.id);
    if (path.defaultSearch)
      return {
        show: [],
        highlight: [],
        path: { from: path.from, to: path.to, index: path.rank },
        summary: `The leverage path shown (${plural(relations.length, 'step')}), each step cited`,
      };
    return {
      show: relations,
      highlight: relations,
      summary: `The ${plural(relations.length, 'relation')} of the path shown`,
    };
  }
  if (selected) {
    const focus = visibility.focus;
    if (selected.kind === 'actor' && focus) {
      const show = [...focus.actors, ...focus.relations];
      return {
        show,
        highlight: [selected.id],
        summary: `The selected actor and ${plural(focus.actors.size - 1, 'neighbour')} in focus, with ${plural(focus.relations.size, 'relation')}`,
      };
    }
    if (selected.kind === 'actor') {
      const own = [...(index.outgoing.get(selected.id) ?? []), ...(index.incoming.get(selected.id) ?? [])]
        .filter((r) => visibility.relations.has(r.id))
        .map((r) => r.id);
      return {
        show: [selected.id, ...own],
        highlight: [selected.id],
        summary: `The selected actor with its ${plural(own.length, 'relation')}`,
      };
    }
    return { show: [selected.id], highlight: [selected.id], summary: `The selected ${selected.kind}` };
  }
  if (view.filtered) {
    const show = [...visibility.actors, ...visibility.relations];
    return {
      show,
      highlight: [],
      summary: `What the filters leave: ${plural(visibility.actors.size, 'actor')}, ${plural(visibility.relations.size, 'relation')}`,
    };
  }
  return {
    show: [...index.actors.keys()],
    highlight: [],
    summary: 'The whole map: select an actor, a relation or a path first to show less',
  };
}
