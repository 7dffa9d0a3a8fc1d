/**
 * A map being edited: the dataset and its sources' texts, one value. Every edit takes one
 * document and returns the next, so the history is a list of documents that share what
 * did not change.
 */
import type { Dataset } from '../schema';

export interface MapDocument {
  readonly dataset: Dataset;
  /** Source texts by source id, with no prototype (an id such as "constructor" finds nothing inherited). */
  readonly texts: Readonly<Record<string, string>>;
}

/** A text table without a prototype, from entries. */
export function textTable(entries: Iterable<readonly [string, string]>): Record<string, string> {
  const table = Object.create(null) as Record<string, string>;
  for (const [id, text] of entries) table[id] = text;
  return table;
}

/** The texts with one added or replaced; the original is left alone. */
export function withText(texts: Readonly<Record<string, string>>, id: string, text: string) {
  return textTable([...Object.entries(texts), [id, text]]);
}

/** The texts without one source's. */
export function withoutText(texts: Readonly<Record<string, string>>, id: string) {
  return textTable(Object.entries(texts).filter(([key]) => key !== id));
}

/** An empty map with a title: no sources, actors or relations yet. */
export function emptyDocument(title: string): MapDocument {
  return {
    dataset: {
      format: 'leverage-map',
      version: 1,
      title,
      description: `${title}: a map made in Leverage Map.`,
      sources: [],
      actors: [],
      relations: [],
      deals: [],
      stories: [],
    },
    texts: textTable([]),
  };
}
