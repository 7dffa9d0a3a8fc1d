import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCentreRequest, selectIndex } from '../store/selectors';
import { cameraFromSearch } from '../store/urlState';
import { frameElements } from './camera';
import { isLive } from './isLive';

/** When search, the list or the reader chooses something, bring it into view. */
export function useCentreOnRequest(cy: Core | null) {
  const request = useAppStore(selectCentreRequest);
  // Starts at 0 so a request made before the canvas existed (a shared link) is still served.
  const handled = useRef(0);
  useEffect(() => {
    if (!isLive(cy) || request === handled.current) return;
    const serve = () => {
      const opening = handled.current === 0;
      handled.current = request;
      // A link that carries its camera opens on that camera, selection or not.
      if (opening && cameraFromSearch(window.location.search)) return;
      const state = useAppStore.getState();
      const { selected } = state;
      const index = selectIndex(state);
      if (!selected || !index) return;
      const ids = selected.kind === 'deal' ? (index.deals.get(selected.id)?.relations ?? []) : [selected.id];
      let eles = cy.collection();
      for (const id of ids) eles = eles.union(cy.getElementById(id));
      eles = eles.union(eles.connectedNodes());
      if (eles.empty()) return;
      // An actor with every actor it has a relation with, so that each relation can be read; a
      // relation or a deal with all its actors.
      // On a large map's overview, without the closed groups it reaches: the camera comes
      // close enough to read the actor, and the groups around it open as it does.
      if (selected.kind === 'actor') eles = eles.closedNeighborhood(':visible').not('.group');
      frameElements(cy, eles, { padding: 60 });
    };
    // Two frames on: on a narrow window selecting opens the details sheet over the map, and
    // the camera must frame the part left above it (see visibleSize).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(serve);
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, request]);
}
