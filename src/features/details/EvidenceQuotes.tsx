import { findEvidenceSpan, type EvidenceList } from '../../domain/evidenceSpans';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Evidence } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectEditable } from '../../store/selectors';
import { UNQUOTED_LABEL } from '../../domain/stances';
import { QuoteBlock } from './QuoteBlock';

interface EvidenceQuotesProps {
  index: GraphIndex;
  elementId: string;
  evidence: readonly Evidence[];
  list?: EvidenceList;
}

/** Sources offered to quote from when a relation has none: a map may cite hundreds. */
const MAX_SOURCE_BUTTONS = 4;

/** The quotes of one evidence list, each tied to its verified place in the source. */
export function EvidenceQuotes({
  index,
  elementId,
  evidence,
  list = { kind: 'evidence' },
}: EvidenceQuotesProps) {
  const editable = useAppStore(selectEditable);
  const openReader = useAppStore((s) => s.openReader);
  // Only a relation's or deal's own evidence can be removed here, and never its last quote.
  const holder =
    editable && list.kind === 'evidence' && evidence.length > 1
      ? { kind: index.deals.has(elementId) ? ('deal' as const) : ('relation' as const), id: elementId }
      : null;
  if (evidence.length === 0) {
    const sources = [...index.sources.values()].slice(0, MAX_SOURCE_BUTTONS);
    return (
      <div className="no-evidence">
        <p>
          <strong>{UNQUOTED_LABEL}.</strong> This relation came in without a quote, so nothing here shows that
          a source says it. To add one, {editable ? '' : 'choose Edit map, then '}open the source in the
          reader, select the passage and press “Add as evidence”. Until then the map draws it grey with a
          hollow arrow and counts it at half strength as a lever.
        </p>
        {sources.length > 0 && (
          <ul className="no-evidence-sources" aria-label="Sources to quote from">
            {sources.map((source) => (
              <li key={source.id}>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Read ${source.title}`}
                  onClick={() => openReader({ sourceId: source.id })}
                >
                  Read “{source.title}”
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div className="quotes">
      {evidence.map((ev, i) => (
        <div key={i} className="quote-item">
          <QuoteBlock
            quote={ev.quote}
            sourceId={ev.source}
            source={index.sources.get(ev.source)}
            span={findEvidenceSpan(index.spansBySource.get(ev.source) ?? [], elementId, list, i)}
          />
          {holder && (
            <button
              type="button"
              className="btn btn-danger quote-remove"
              aria-label={`Remove quote ${i + 1} from the evidence`}
              onClick={() => void useAppStore.getState().edit({ kind: 'remove-evidence', holder, index: i })}
            >
              Remove quote
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
