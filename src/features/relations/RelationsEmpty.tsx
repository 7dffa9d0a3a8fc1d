import { useAppStore } from '../../store/appStore';

interface RelationsEmptyProps {
  /** Relations the filters let through before the list's own actor narrowing. */
  visibleCount: number;
  totalCount: number;
  onlyActorLabel: string | null;
  onShowAll: () => void;
}

/** Why the list is empty, with the one step that brings rows back. */
export function RelationsEmpty({ visibleCount, totalCount, onlyActorLabel, onShowAll }: RelationsEmptyProps) {
  const resetFilters = useAppStore((s) => s.resetFilters);
  if (totalCount === 0) return <p className="relations-empty muted">This dataset has no relations.</p>;
  if (visibleCount > 0 && onlyActorLabel !== null)
    return (
      <div className="relations-empty">
        <p>No shown relation involves {onlyActorLabel}.</p>
        <button type="button" className="btn" onClick={onShowAll}>
          Show all relations
        </button>
      </div>
    );
  return (
    <div className="relations-empty">
      <p>No relations match the filters.</p>
      <button type="button" className="btn" onClick={resetFilters}>
        Reset filters
      </button>
    </div>
  );
}
