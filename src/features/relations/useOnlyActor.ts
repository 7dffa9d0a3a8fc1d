import { useState } from 'react';

/**
 * The list's own "only this actor's relations" narrowing. It remembers the actor rather than
 * reading the selection, so choosing one of the actor's relations does not undo it; while it
 * is on, it follows the newest selected actor.
 */
export function useOnlyActor(selectedActorId: string | null) {
  const [pinned, setPinned] = useState<string | null>(null);
  if (pinned !== null && selectedActorId !== null && selectedActorId !== pinned) setPinned(selectedActorId);
  return {
    /** The actor the list is narrowed to, if any. */
    onlyActorId: pinned,
    /** The actor the toggle would narrow to: the pinned one, else the selected one. */
    offeredActorId: pinned ?? selectedActorId,
    toggle: () => setPinned(pinned === null ? selectedActorId : null),
    clear: () => setPinned(null),
  };
}
