import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectSelected } from '../store/selectors';
import { sheetOrder, type SheetName } from './sheets';

/**
 * On a narrow window, which panel is the sheet over the map: the one opened last. Selecting
 * something opens its details on top, as tapping an actor on a phone should.
 */
export function useSheet(narrow: boolean, open: Record<SheetName, boolean>): SheetName | null {
  const selected = useAppStore(selectSelected);
  const openNames = (Object.keys(open) as SheetName[]).filter((name) => open[name]);
  const key = openNames.join(' ');
  // The order is adjusted while rendering when what is open or selected changes (React's
  // pattern for state derived from changing input), so the sheet never lags a frame behind.
  const [state, setState] = useState({ order: [] as SheetName[], key: '', selected: null as unknown });
  let { order } = state;
  if (state.key !== key || state.selected !== selected) {
    order = sheetOrder(order, openNames);
    // Details is the right-hand panel.
    if (narrow && selected && selected !== state.selected) order = sheetOrder(order, order, 'right');
    setState({ order, key, selected });
  }

  useEffect(() => {
    if (!narrow || !selected) return;
    const s = useAppStore.getState();
    if (!s.panels.details) s.togglePanel('details');
  }, [narrow, selected]);

  return narrow ? (order.at(-1) ?? null) : null;
}
