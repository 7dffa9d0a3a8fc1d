import { findEvidenceSpan, type EvidenceList } from '../../domain/evidenceSpans';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Evidence } from '../../domain/schema';
import { QuoteBlock } from './QuoteBlock';

interface EvidenceQuotesProps {
  index: GraphIndex;
  elementId: string;
  evidence: readonly Evidence[];
  list?: EvidenceList;
}

/** The quotes of one evidence list, each tied to its verified place in the source. */
export function EvidenceQuotes({
  index,
  elementId,
  evidence,
  list = { kind: 'evidence' },
}: EvidenceQuotesProps) {
  return (
    <div className="quotes">
      {evidence.map((ev, i) => (
        <QuoteBlock
          key={i}
          quote={ev.quote}
          sourceId={ev.source}
          source={index.sources.get(ev.source)}
          span={findEvidenceSpan(index.spansBySource.get(ev.source) ?? [], elementId, list, i)}
        />
      ))}
    </div>
  );
}
