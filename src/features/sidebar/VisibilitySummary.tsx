import { filtersActive } from '../../domain/filters';
import type { GraphIndex } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';
import { selectFilters, selectFocusHops, selectVisibility } from '../../store/selectors';

/** What the filters leave, and the way back to everything. */
export function VisibilitySummary({ index }: { index: GraphIndex }) {
  const visibility = useAppStore(selectVisibility);
  const filters = useAppStore(selectFilters);
  const focusHops = useAppStore(selectFocusHops);
  const resetFilters = useAppStore((s) => s.resetFilters);
  // resetFilters also turns focus off, so a focus on its own is something to reset.
  const canReset = filtersActive(filters) || focusHops > 0;
  return (
    <div className="sidebar-summary">
      {/* A live region: toggles change the graph, and this is how a screen reader hears it. */}
      <p role="status" className="sidebar-count">
        <span>
          Showing {visibility?.actors.size ?? 0} of {index.actors.size} actors ·
        </span>{' '}
        <span>
          {visibility?.relations.size ?? 0} of {index.relations.size} relations
        </span>
      </p>
      <button type="button" className="btn" disabled={!canReset} onClick={resetFilters}>
        Reset
      </button>
    </div>
  );
}
