/** Ids for what a user adds: a readable slug of its name, unique across the whole map. */
import type { Dataset } from '../schema';

/** "U.S. Treasury (OFAC)" → "u-s-treasury-ofac"; a name of no letters gives the fallback. */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** Every id in use: sources, actors, relations, deals and stories share one namespace. */
export function takenIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>();
  for (const list of [dataset.sources, dataset.actors, dataset.relations, dataset.deals, dataset.stories])
    for (const item of list) ids.add(item.id);
  return ids;
}

/** The slug of the name, or the slug with -2, -3… when it is taken. */
export function uniqueId(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slugify(name, fallback);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
