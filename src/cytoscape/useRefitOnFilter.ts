import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { fitVisible } from './camera';
import { isLive } from './isLive';

/**
 * When the filters (other than time) change what is shown, the camera moves to fit what is left (animated,
 * see fitVisible). Any press or wheel on the map cuts the move short: the reader has taken
 * the camera. Not while presenting: a slide frames its own view.
 */
export function useRefitOnFilter(cy: Core | null) {
  // Not the time filter: a map played month by month keeps its camera, so what changes is seen.
  const filters = useAppStore(
    useShallow(({ filters: f }) => [
      f.hiddenActorTypes,
      f.hiddenRelationTypes,
      f.hiddenSources,
      f.hiddenStances,
      f.contestedOnly,
      f.hideUnquoted,
    ]),
  );
  const first = useRef(true);
  useEffect(() => {
    if (!isLive(cy)) return;
    const container = cy.container();
    const stop = () => cy.stop();
    container?.addEventListener('pointerdown', stop);
    container?.addEventListener('wheel', stop, { passive: true });
    return () => {
      container?.removeEventListener('pointerdown', stop);
      container?.removeEventListener('wheel', stop);
    };
  }, [cy]);
  useEffect(() => {
    if (!isLive(cy)) return;
    // The filters a map opens with (a shared link) keep the camera it opens with.
    if (first.current) {
      first.current = false;
      return;
    }
    if (useAppStore.getState().presenting) return;
    // After the view's classes are on the canvas (they are set in an effect of this render).
    const frame = requestAnimationFrame(() => fitVisible(cy));
    return () => cancelAnimationFrame(frame);
  }, [cy, filters]);

  useEffect(() => () => void (first.current = true), [cy]);
}
