import { formatWhenInFull, precisionInWords } from '../../domain/format';
import type { When } from '../../domain/schema';

/** A date with how it is known: the text's words and its precision, so a year is never read as a day. */
export function WhenText({ when }: { when: When }) {
  return (
    <>
      {formatWhenInFull(when)}
      <span className="muted details-when-basis">
        {' '}
        — {when.basis ? `${when.basis.replace(/\.\s*$/, '')}; ` : ''}
        {precisionInWords(when)}.
      </span>
    </>
  );
}

/** The "When" line of a Details fact list, for a relation or a deal with a date. */
export function WhenFact({ when }: { when: When | undefined }) {
  if (!when) return null;
  return (
    <div>
      <dt>When</dt>
      <dd>
        <WhenText when={when} />
      </dd>
    </div>
  );
}
