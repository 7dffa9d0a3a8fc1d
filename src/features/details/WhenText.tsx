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
