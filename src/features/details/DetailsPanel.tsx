import { useEffect, useRef, type ReactNode } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectLoaded, selectSelected } from '../../store/selectors';
import { ActorDetails } from './ActorDetails';
import { DatasetOverview } from './DatasetOverview';
import { DealDetails } from './DealDetails';
import { MissingElement } from './MissingElement';
import { RelationDetails } from './RelationDetails';
import './details.css';

/**
 * The focus request last served. Kept outside the component: a request can open the panel,
 * and the panel it mounts must still serve it.
 */
let focusServed = 0;

/** The right column: what is known about the selected element, or how to read the map. */
export function DetailsPanel() {
  const index = useAppStore(selectIndex);
  const loaded = useAppStore(selectLoaded);
  const selected = useAppStore(selectSelected);
  const asideRef = useRef<HTMLElement>(null);
  // When a click in the panel changes the selection, the clicked button is about to vanish:
  // focus moves to the new heading instead of falling back to the page. So it does after a
  // search result is chosen (detailsFocusRequest). Selections made on the graph leave focus
  // where it is.
  const selectedBeforeClick = useRef<unknown>(null);
  const focusHeading = useRef(false);
  const focusRequest = useAppStore((s) => s.detailsFocusRequest);

  useEffect(() => {
    const aside = asideRef.current;
    if (!aside) return;
    aside.scrollTop = 0;
    if (focusHeading.current || focusServed !== focusRequest) {
      focusHeading.current = false;
      focusServed = focusRequest;
      aside.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [selected, focusRequest]);

  let content: ReactNode = null;
  if (index && loaded) {
    if (!selected) content = <DatasetOverview dataset={loaded.dataset} index={index} />;
    else {
      const actor = selected.kind === 'actor' ? index.actors.get(selected.id) : undefined;
      const relation = selected.kind === 'relation' ? index.relations.get(selected.id) : undefined;
      const deal = selected.kind === 'deal' ? index.deals.get(selected.id) : undefined;
      if (actor) content = <ActorDetails index={index} actor={actor} />;
      else if (relation) content = <RelationDetails index={index} relation={relation} />;
      else if (deal) content = <DealDetails index={index} deal={deal} />;
      else content = <MissingElement target={selected} />;
    }
  }

  return (
    <aside
      ref={asideRef}
      className="details"
      aria-label="Details"
      onClickCapture={() => {
        selectedBeforeClick.current = useAppStore.getState().selected;
      }}
      onClick={() => {
        if (useAppStore.getState().selected !== selectedBeforeClick.current) focusHeading.current = true;
      }}
    >
      <div className="details-body">{content}</div>
    </aside>
  );
}
