/**
 * The sources and quotes of an imported graph. GEXF and GraphML have no place for a source,
 * so our exports name each quote's source on its edge (quote_sources, with its title,
 * publisher and date lined up with the quotes) and the source is made the first time an
 * edge cites it. Its text is not in the file: it is read from sources/<id>.txt beside it.
 */
import { FIELDS, publishedFrom, splitValues, valueOf, type ForeignEdge } from './foreignGraph';
import { TEXTS } from './graphAttributes';
import { sourceTextPath } from './format';

/** The first quote that cites a source: where its problems are told. */
export interface SourceCitation {
  edge: number;
  quote: number;
}

type Fresh = (written: string, name: string, fallback: string) => string;
type Report = (path: string, message: string) => void;
type At = (place: string, attribute: string) => string;

const DETAILS = [
  ['source_title', 'title'],
  ['source_publisher', 'publisher'],
  ['source_published', 'date of publication ("2025-12-17", "2025" or "unknown")'],
] as const;

export function importSources(fresh: Fresh, error: Report, at: At) {
  const list: Record<string, unknown>[] = [];
  const ids = new Map<string, string>();

  /** The edge's quotes as evidence, each with the id its source has in the dataset. */
  function evidenceOf(edge: ForeignEdge, edgeIndex: number, citations: SourceCitation[]) {
    const quotes = splitValues(valueOf(edge, FIELDS.quotes)?.value, TEXTS);
    if (quotes.length === 0) return [];
    const cited = splitValues(valueOf(edge, ['quote_sources'])?.value, TEXTS);
    if (cited.length === 0 || (cited.length !== 1 && cited.length !== quotes.length)) {
      error(
        at(edge.place, 'quote_sources'),
        `names ${cited.length} source(s) for ${quotes.length} quote(s); give the id of each quote's source, in the order of the quotes, separated by "${TEXTS.trim()}"`,
      );
      return [];
    }
    const column = (name: string) => splitValues(valueOf(edge, [name])?.value, TEXTS);
    const details = DETAILS.map(([name]) => column(name));
    const urls = column('source_url');
    return quotes.map((quote, j) => {
      const k = cited.length === 1 ? 0 : j;
      const written = cited[k]!;
      let id = ids.get(written);
      if (id === undefined) {
        const [title, publisher, published] = details.map((values) => values[k] ?? '');
        DETAILS.forEach(([name, what], d) => {
          if (!details[d]![k])
            error(
              at(edge.place, name),
              `gives no ${what} for source "${written}" of quote ${j + 1}; give one for each quote, separated by "${TEXTS.trim()}"`,
            );
        });
        id = fresh(written, title ?? '', 'source');
        ids.set(written, id);
        citations.push({ edge: edgeIndex, quote: j });
        list.push({
          id,
          title,
          publisher,
          published: publishedFrom(published ?? ''),
          ...(urls[k] ? { url: urls[k] } : {}),
          text: sourceTextPath(id),
        });
      }
      return { source: id, quote };
    });
  }

  return { list, evidenceOf };
}
