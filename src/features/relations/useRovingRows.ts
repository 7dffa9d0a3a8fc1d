import { useState, type KeyboardEvent } from 'react';

/** Rows PageUp and PageDown move by: about what the list shows at its usual height. */
const PAGE = 10;

/**
 * Roving tabindex over table rows: one row is in the tab order, arrow keys move focus,
 * Enter or Space chooses. The tabbable row follows the selection when it changes elsewhere
 * (graph, search, reader); useScrollIntoView keeps that row in sight.
 */
export function useRovingRows(
  ids: readonly string[],
  selectedId: string | null,
  onChoose: (id: string) => void,
) {
  const [current, setCurrent] = useState<string | null>(null);
  const [seenSelected, setSeenSelected] = useState(selectedId);
  // Adjusting state while rendering, as React documents, so no frame shows the old row tabbable.
  if (selectedId !== seenSelected) {
    setSeenSelected(selectedId);
    if (selectedId !== null) setCurrent(selectedId);
  }
  const tabbable =
    current !== null && ids.includes(current)
      ? current
      : selectedId !== null && ids.includes(selectedId)
        ? selectedId
        : (ids[0] ?? null);

  // The target row is found beside the key event's own row, so the hook needs no ref.
  const moveTo = (from: HTMLElement, index: number) => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
    if (id === undefined) return;
    setCurrent(id);
    from.parentElement?.querySelector<HTMLElement>(`tr[data-id="${id}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, id: string) => {
    const at = ids.indexOf(id);
    const row = event.currentTarget;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(row, at + 1);
        break;
      case 'ArrowUp':
        moveTo(row, at - 1);
        break;
      case 'PageDown':
        moveTo(row, at + PAGE);
        break;
      case 'PageUp':
        moveTo(row, at - PAGE);
        break;
      case 'Home':
        moveTo(row, 0);
        break;
      case 'End':
        moveTo(row, ids.length - 1);
        break;
      case 'Enter':
      case ' ':
        onChoose(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (id: string) => ({
    'data-id': id,
    tabIndex: id === tabbable ? 0 : -1,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, id),
    onFocus: () => setCurrent(id),
    onClick: () => onChoose(id),
  });
}
