import type { Evidence } from '../../domain/schema';

/** A quote by its source and words: how a form remembers which quotes are ticked. */
export const quoteKey = (ev: Evidence) => `${ev.source}\u0000${ev.quote}`;

/** Quotes a form may cite, once each, in the order given, by their keys. */
export function offeredQuotes(...lists: Iterable<Evidence>[]): Map<string, Evidence> {
  const offered = new Map<string, Evidence>();
  for (const list of lists) for (const ev of list) offered.set(quoteKey(ev), ev);
  return offered;
}

/** The ticked quotes, as evidence, in the order they were ticked. */
export function chosenQuotes(offered: ReadonlyMap<string, Evidence>, keys: readonly string[]): Evidence[] {
  return keys.map((k) => offered.get(k)).filter((ev): ev is Evidence => ev !== undefined);
}

/** A list of quotes to tick, each shown in full (a deal's, a contest position's). */
export function QuoteChoices({
  offered,
  chosen,
  onToggle,
}: {
  offered: ReadonlyMap<string, Evidence>;
  chosen: readonly string[];
  onToggle: (key: string) => void;
}) {
  return (
    <ul className="editor-choices">
      {[...offered].map(([k, ev]) => (
        <li key={k}>
          <label>
            <input type="checkbox" checked={chosen.includes(k)} onChange={() => onToggle(k)} />
            <q>{ev.quote}</q>
          </label>
        </li>
      ))}
    </ul>
  );
}
