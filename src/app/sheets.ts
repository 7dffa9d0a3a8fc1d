/**
 * Below NARROW_MAX_PX the panels are not columns beside the map but one sheet over its lower
 * part: the panel opened last is on top, and closing it shows the one under it. Pure, so the
 * order is tested without a layout.
 */
import { NARROW_MAX_PX } from '../store/panelsSlice';

export const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

/**
 * The places beside the map a panel can be (see the slots in panelRegistry.ts): the left
 * column (legend, paths or reader), the right one (details), under the map (the list).
 */
export type SheetName = 'left' | 'right' | 'bottom';

/**
 * The sheets open now, in the order they were opened (last on top): the previous order
 * without those since closed, then those newly opened, `raised` last if it is open.
 */
export function sheetOrder(
  previous: readonly SheetName[],
  open: readonly SheetName[],
  raised: SheetName | null = null,
): SheetName[] {
  const kept = previous.filter((name) => open.includes(name));
  const added = open.filter((name) => !kept.includes(name));
  const order = [...kept, ...added];
  if (raised && order.includes(raised)) return [...order.filter((n) => n !== raised), raised];
  return order;
}
