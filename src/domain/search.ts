/** Search over actor labels and aliases, relation labels and claims, and deals. */
import type { ElementKind, ElementRef, GraphIndex } from './graphIndex';
import { relationSentence } from './format';
import { ACTOR_TYPES } from './actorTypes';

export interface SearchHit {
  ref: ElementRef;
  /** What the option shows. */
  label: string;
  /** A second line: the actor type, the matched alias, or the claim. */
  detail: string;
  score: number;
}

/** Lower case without diacritics, so "lukashenka" finds "Lukashenka" and "Bialiatski" "Białiatski". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The actor whose label or an alias is exactly this text (case and accents aside), if any. */
export function actorNamed(index: GraphIndex, text: string): string | undefined {
  const wanted = normalizeForSearch(text.trim());
  for (const actor of index.actors.values())
    if ([actor.label, ...actor.aliases].some((name) => normalizeForSearch(name) === wanted)) return actor.id;
  return undefined;
}

function scoreText(text: string, query: string, startsWith: number, contains: number): number {
  const norm = normalizeForSearch(text);
  if (norm.startsWith(query)) return startsWith;
  if (norm.split(/[\s\-–—/(]+/).some((word) => word.startsWith(query))) return contains + 5;
  return norm.includes(query) ? contains : 0;
}

/** Every kind of element; a picker of actors asks for actors only. */
const ALL_KINDS: readonly ElementKind[] = ['actor', 'relation', 'deal'];

export function search(
  index: GraphIndex,
  rawQuery: string,
  limit = 10,
  kinds: readonly ElementKind[] = ALL_KINDS,
): SearchHit[] {
  const query = normalizeForSearch(rawQuery.trim());
  if (query === '') return [];
  const hits: SearchHit[] = [];
  for (const actor of kinds.includes('actor') ? index.actors.values() : []) {
    let best = scoreText(actor.label, query, 100, 80);
    let detail: string = ACTOR_TYPES[actor.type].label;
    for (const alias of actor.aliases) {
      const score = scoreText(alias, query, 70, 60);
      if (score > best) {
        best = score;
        detail = `${ACTOR_TYPES[actor.type].label} · also “${alias}”`;
      }
    }
    if (best > 0)
      hits.push({ ref: { kind: 'actor', id: actor.id }, label: actor.label, detail, score: best });
  }
  for (const rel of kinds.includes('relation') ? index.relations.values() : []) {
    const sentence = relationSentence(index, rel);
    const score = Math.max(scoreText(sentence, query, 45, 40), scoreText(rel.claim, query, 30, 30));
    if (score > 0)
      hits.push({ ref: { kind: 'relation', id: rel.id }, label: sentence, detail: rel.claim, score });
  }
  for (const deal of kinds.includes('deal') ? index.deals.values() : []) {
    const score = Math.max(scoreText(deal.label, query, 50, 45), scoreText(deal.summary, query, 30, 30));
    if (score > 0)
      hits.push({
        ref: { kind: 'deal', id: deal.id },
        label: `Deal: ${deal.label}`,
        detail: deal.summary,
        score,
      });
  }
  hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
