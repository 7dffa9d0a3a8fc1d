import { useState } from 'react';

/** A form's list of drafts (figures, contest positions): change one, remove one, add one. */
export function useDraftList<D>(initial: () => D[]) {
  const [drafts, setDrafts] = useState<D[]>(initial);
  return {
    drafts,
    change: (i: number, patch: Partial<D>) =>
      setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d))),
    remove: (i: number) => setDrafts((all) => all.filter((_, j) => j !== i)),
    add: (draft: D) => setDrafts((all) => [...all, draft]),
  };
}
