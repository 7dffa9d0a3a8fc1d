import { RELATION_LIST_ID } from '../../app/landmarks';
import { useId, useState } from 'react';
import { actorLabel } from '../../domain/format';
import { relationsOfSelection } from '../../domain/graphIndex';
import { DEFAULT_RELATION_SORT, type RelationSort, type RelationSortKey } from '../../domain/relationOrder';
import type { Relation } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectSelected } from '../../store/selectors';
import { RelationRow, type RowState } from './RelationRow';
import { RelationsEmpty } from './RelationsEmpty';
import { SortableHeader } from './SortableHeader';
import { useOnlyActor } from './useOnlyActor';
import { useRelationRows } from './useRelationRows';
import { useRovingRows } from './useRovingRows';
import { useScrollIntoView } from './useScrollIntoView';
import './relations.css';

const COLUMNS: readonly { key: RelationSortKey; label: string }[] = [
  { key: 'relation', label: 'Relation' },
  { key: 'type', label: 'Type' },
  { key: 'date', label: 'Date' },
  { key: 'stance', label: 'Stance' },
  { key: 'sources', label: 'Sources' },
];

/**
 * Every shown relation as a row: the graph read aloud. It is the way through the graph
 * without seeing it, so every visual cue (colour, arrowhead, line style, halo) is in words too.
 */
export function RelationTable() {
  const index = useAppStore(selectIndex);
  const selected = useAppStore(selectSelected);
  const [sort, setSort] = useState<RelationSort>(DEFAULT_RELATION_SORT);
  const only = useOnlyActor(selected?.kind === 'actor' ? selected.id : null);
  const { rows, visibleCount, focus } = useRelationRows(index, sort, only.onlyActorId);
  const selectedRelation = selected?.kind === 'relation' ? selected.id : null;
  const bodyRef = useScrollIntoView(selectedRelation);
  const rowProps = useRovingRows(
    rows.map((r) => r.id),
    selectedRelation,
    (id) => useAppStore.getState().select({ kind: 'relation', id }, { centre: true }),
  );
  const headingId = useId();
  if (!index) return <section id={RELATION_LIST_ID} className="relations" aria-label="Relation list" />;

  const onSort = (key: RelationSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const onlyLabel = only.onlyActorId === null ? null : actorLabel(index, only.onlyActorId);
  const ofDeal = new Set(
    selected?.kind === 'deal' ? relationsOfSelection(index, selected).map((r) => r.id) : [],
  );
  const rowState = (rel: Relation): RowState => ({
    selected: rel.id === selectedRelation,
    related:
      ofDeal.has(rel.id) ||
      (selected?.kind === 'actor' && (rel.source === selected.id || rel.target === selected.id)),
    dimmed: focus !== null && !focus.relations.has(rel.id),
  });

  return (
    <section id={RELATION_LIST_ID} className="relations" aria-label="Relation list">
      <div className="relations-bar">
        <h2 id={headingId} className="panel-heading relations-heading">
          {rows.length} {rows.length === 1 ? 'relation' : 'relations'}
          {onlyLabel !== null && ` of ${onlyLabel}`}
        </h2>
        {only.offeredActorId !== null && (
          <button
            type="button"
            className="btn"
            aria-pressed={only.onlyActorId !== null}
            onClick={only.toggle}
          >
            Only relations of {actorLabel(index, only.offeredActorId)}
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <RelationsEmpty
          visibleCount={visibleCount}
          totalCount={index.relations.size}
          onlyActorLabel={onlyLabel}
          onShowAll={only.clear}
        />
      ) : (
        <div className="relations-scroll">
          <table className="relations-table" aria-label="Relations" aria-describedby={headingId}>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <SortableHeader
                    key={column.key}
                    column={column.key}
                    label={column.label}
                    sort={sort}
                    onSort={onSort}
                    className={`col-${column.key}`}
                  />
                ))}
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {rows.map((rel) => (
                <RelationRow
                  key={rel.id}
                  rel={rel}
                  index={index}
                  rowProps={rowProps(rel.id)}
                  {...rowState(rel)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
