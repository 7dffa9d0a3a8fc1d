import { useMemo } from 'react';
import { actorLabel } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { leverageGraphOf } from '../../domain/leverage/levers';
import { findPaths } from '../../domain/leverage/paths';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectPaths } from '../../store/selectors';
import { ActorLevers } from './ActorLevers';
import { ActorPicker } from './ActorPicker';
import { PathOptions } from './PathOptions';
import { PathResults } from './PathResults';
import './leverage.css';

/**
 * The leverage question, "how can From move To?", and its answers: ranked paths along
 * levers, every step a relation with its quotes. With one end chosen it lists that actor's
 * levers; with none, it suggests questions this map can answer.
 */
export function PathsPanel() {
  const index = useAppStore(selectIndex);
  const { from, to } = useAppStore(selectPaths);
  const setPathsOpen = useAppStore((s) => s.setPathsOpen);
  const swapPathEnds = useAppStore((s) => s.swapPathEnds);
  return (
    <section className="paths-panel" aria-label="Leverage paths">
      <div className="paths-head">
        <h2 className="panel-heading">Leverage paths</h2>
        <button
          type="button"
          className="btn-icon"
          aria-label="Close leverage paths"
          title="Close (P)"
          onClick={() => setPathsOpen(false)}
        >
          ×
        </button>
      </div>
      <p className="muted paths-intro">Who can move whom, step by step, each step a quoted relation.</p>
      <div className="paths-ends">
        <ActorPicker end="from" label="From" />
        <button
          type="button"
          className="btn paths-swap"
          onClick={swapPathEnds}
          disabled={!from && !to}
          title="Swap From and To"
        >
          <span aria-hidden="true">⇅ </span>Swap
        </button>
        <ActorPicker end="to" label="To" />
      </div>
      <PathOptions />
      {index && from && to && <PathResults index={index} />}
      {index && from && !to && <ActorLevers index={index} actorId={from} direction="held" />}
      {index && !from && to && <ActorLevers index={index} actorId={to} direction="over" />}
      {index && !from && !to && <Suggestions index={index} />}
    </section>
  );
}

/** Questions worth asking of this map: its busiest lever holders towards its most moved actors. */
function Suggestions({ index }: { index: GraphIndex }) {
  const setPathsOpen = useAppStore((s) => s.setPathsOpen);
  const { pairs, mostMoved } = useMemo(() => suggestedQuestions(index), [index]);
  if (pairs.length === 0 && !mostMoved)
    return <p className="muted">No relation in this map carries leverage.</p>;
  return (
    <div className="paths-suggestions">
      <p>Choose an actor in From, one in To, or try:</p>
      <ul>
        {pairs.map(([a, b]) => (
          <li key={`${a}>${b}`}>
            <button type="button" className="btn-link" onClick={() => setPathsOpen(true, { from: a, to: b })}>
              How can {actorLabel(index, a)} move {actorLabel(index, b)}?
            </button>
          </li>
        ))}
        {mostMoved && (
          <li>
            <button
              type="button"
              className="btn-link"
              onClick={() => setPathsOpen(true, { from: null, to: mostMoved })}
            >
              Who holds leverage over {actorLabel(index, mostMoved)}?
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

function suggestedQuestions(index: GraphIndex): { pairs: [string, string][]; mostMoved: string | undefined } {
  const graph = leverageGraphOf(index);
  const busiest = (map: ReadonlyMap<string, readonly unknown[]>) =>
    [...map]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([id]) => id);
  const pairs: [string, string][] = [];
  for (const holder of busiest(graph.held))
    for (const subject of busiest(graph.over))
      if (holder !== subject && findPaths(graph, holder, subject, { limit: 1 }).paths.length > 0)
        pairs.push([holder, subject]);
  return { pairs: pairs.slice(0, 3), mostMoved: busiest(graph.over)[0] };
}
