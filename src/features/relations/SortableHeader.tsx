import type { RelationSort, RelationSortKey } from '../../domain/relationOrder';

interface SortableHeaderProps {
  column: RelationSortKey;
  label: string;
  sort: RelationSort;
  onSort: (column: RelationSortKey) => void;
  className?: string;
}

/** A column header whose button sorts by it; aria-sort sits on the one sorted header only. */
export function SortableHeader({ column, label, sort, onSort, className }: SortableHeaderProps) {
  const sorted = sort.key === column;
  return (
    <th scope="col" className={className} aria-sort={sorted ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
