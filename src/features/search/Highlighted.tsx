import { Fragment } from 'react';
import { splitByMatch } from '../../domain/textMatch';

/** The text with the parts that match the query marked. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {splitByMatch(text, query).map((part, i) =>
        // Unmatched runs stay bare text, so the accessible name keeps its spaces.
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
