import type { Dataset } from './schema';

export interface Coverage {
  actors: number;
  relations: number;
  deals: number;
  stories: number;
  slides: number;
  quotes: number;
  contested: number;
  relationsByType: Record<string, number>;
  relationsBySource: Record<string, number>;
}

function countQuotes(dataset: Dataset): number {
  let quotes = 0;
  for (const rel of dataset.relations) {
    quotes += rel.evidence.length;
    for (const pos of rel.contested?.positions ?? []) quotes += pos.evidence.length;
  }
  for (const deal of dataset.deals) quotes += deal.evidence.length;
  return quotes;
}

export function coverage(dataset: Dataset): Coverage {
  // Keyed by id, with no prototype: a source id such as "constructor" starts from nothing.
  const relationsByType = Object.create(null) as Record<string, number>;
  const relationsBySource = Object.create(null) as Record<string, number>;
  for (const rel of dataset.relations) {
    relationsByType[rel.type] = (relationsByType[rel.type] ?? 0) + 1;
    for (const source of new Set(rel.evidence.map((ev) => ev.source))) {
      relationsBySource[source] = (relationsBySource[source] ?? 0) + 1;
    }
  }
  return {
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    deals: dataset.deals.length,
    stories: dataset.stories.length,
    slides: dataset.stories.reduce((n, s) => n + s.slides.length, 0),
    quotes: countQuotes(dataset),
    contested: dataset.relations.filter((r) => r.contested).length,
    relationsByType,
    relationsBySource,
  };
}
