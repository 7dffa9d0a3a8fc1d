import { formatCitation } from '../../domain/format';
import type { Evidence } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';

/** The words being quoted, exactly as selected, with the source they come from. */
export function QuotePreview({ evidence }: { evidence: Evidence }) {
  const source = useAppStore(selectIndex)?.sources.get(evidence.source);
  return (
    <figure className="editor-field">
      <blockquote className="editor-quote">{evidence.quote}</blockquote>
      {source && <figcaption className="editor-hint">{formatCitation(source)}</figcaption>}
    </figure>
  );
}
