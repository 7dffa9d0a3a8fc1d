import type { ElementRef } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';

/** A selection that no longer resolves: a stale link, or a dataset opened over another. */
export function MissingElement({ target }: { target: ElementRef }) {
  const select = useAppStore((s) => s.select);
  return (
    <>
      <h2 className="details-title" tabIndex={-1}>
        Not in this dataset
      </h2>
      <p>
        The selected {target.kind} “{target.id}” does not exist in the dataset that is open. The link may be
        from an older version of it.
      </p>
      <button type="button" className="btn" onClick={() => select(null)}>
        Clear the selection
      </button>
    </>
  );
}
