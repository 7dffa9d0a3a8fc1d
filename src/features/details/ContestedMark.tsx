import { CONTESTED_MARK } from '../../domain/stances';

/** ⚠ after a contested relation's words, said as "(contested)" to a screen reader. */
export function ContestedMark() {
  return (
    <>
      {' '}
      <span className="contested-mark" aria-hidden="true">
        {CONTESTED_MARK}
      </span>
      <span className="visually-hidden">(contested)</span>
    </>
  );
}
