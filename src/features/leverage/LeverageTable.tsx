import { useMemo, useState } from 'react';
import { actorLabel } from '../../domain/format';
import { MEASURES, type LeverageMeasure } from '../../domain/leverage/measures';
import { useAppStore } from '../../store/appStore';
import {
  selectIndex,
  selectLeverageTableOpen,
  selectMetrics,
  selectSelected,
  selectSizeBy,
} from '../../store/selectors';

const COLUMNS: { measure: LeverageMeasure; short: string; format: (value: number) => string }[] = [
  { measure: 'held', short: 'Held', format: (v) => v.toFixed(1) },
  { measure: 'brokerage', short: 'Broker', format: (v) => `${(v * 100).toFixed(1)}%` },
  { measure: 'influence', short: 'Influence', format: (v) => `${(v * 100).toFixed(1)}%` },
];
const PAGE = 15;

/**
 * Actors ranked by a leverage measure. Sorting by a column also sizes the map by it, so the
 * table and the picture always agree; the selected actor's row is marked, and shown below
 * the top rows when it ranks lower.
 */
export function LeverageTable() {
  const open = useAppStore(selectLeverageTableOpen);
  const setOpen = useAppStore((s) => s.setLeverageTableOpen);
  return (
    <details className="leverage-table-box" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Who holds leverage</summary>
      {open && <RankedActors />}
    </details>
  );
}

function RankedActors() {
  const index = useAppStore(selectIndex);
  const metrics = useAppStore(selectMetrics);
  const sizeBy = useAppStore(selectSizeBy);
  const selected = useAppStore(selectSelected);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  const select = useAppStore((s) => s.select);
  const [shown, setShown] = useState(PAGE);
  const sortBy: LeverageMeasure = sizeBy === 'relations' ? 'held' : sizeBy;
  const rows = useMemo(() => {
    if (metrics.status !== 'ready') return [];
    const { flow, metrics: m } = metrics;
    const values = m[sortBy];
    return flow.actors
      .map((id, i) => ({ id, i, value: values[i] ?? 0 }))
      .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  }, [metrics, sortBy]);
  if (!index) return null;
  if (metrics.status === 'failed')
    return (
      <div role="alert">
        <p className="muted">The measures could not be worked out ({metrics.message}).</p>
        <button type="button" className="btn" onClick={() => useAppStore.getState().retryMetrics()}>
          Try again
        </button>
      </div>
    );
  if (metrics.status !== 'ready') return <p className="muted">Working out the measures…</p>;
  const selectedId = selected?.kind === 'actor' ? selected.id : null;
  const selectedRank = selectedId ? rows.findIndex((r) => r.id === selectedId) : -1;
  const visible = rows.slice(0, shown);
  if (selectedRank >= shown) visible.push(rows[selectedRank]!);
  return (
    <>
      <table className="leverage-table">
        <caption className="visually-hidden">Who holds leverage</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            {COLUMNS.map((column) => (
              <th
                key={column.measure}
                scope="col"
                aria-sort={sortBy === column.measure ? 'descending' : 'none'}
                title={MEASURES[column.measure].description}
              >
                <button type="button" className="btn-link" onClick={() => setSizeBy(column.measure)}>
                  {column.short}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr
              key={row.id}
              aria-selected={row.id === selectedId}
              className={row.id === selectedId ? 'is-selected' : ''}
            >
              <th scope="row">
                <button
                  type="button"
                  className="btn-link"
                  onClick={() => select({ kind: 'actor', id: row.id }, { centre: true })}
                >
                  <span className="muted">{rows.indexOf(row) + 1}.</span> {actorLabel(index, row.id)}
                </button>
              </th>
              {COLUMNS.map((column) => (
                <td key={column.measure}>{column.format(metrics.metrics[column.measure][row.i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted leverage-table-key">
        Held: actors it can move, weighted by evidence. Broker: its share of the shortest ways one actor can
        move another. Influence: its share of leverage over those who hold leverage.
      </p>
      {metrics.metrics.brokerageSampled && (
        <p className="muted legend-note">
          Brokerage is estimated from a sample of actors on a map this large.
        </p>
      )}
      {rows.length > shown && (
        <button type="button" className="btn-link" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length}
        </button>
      )}
    </>
  );
}
