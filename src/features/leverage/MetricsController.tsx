import { useEffect } from 'react';
import { computeMetrics } from '../../workers/computeMetrics';
import { leverageFlow } from '../../domain/leverage/measures';
import { leverageGraphOf, prepareLevers } from '../../domain/leverage/levers';
import { buildLeverageGraph } from '../../domain/leverage/leverageGraph';
import { filtersActive } from '../../domain/filters';
import { isLargeMap } from '../../domain/largeMap';
import { useAppStore } from '../../store/appStore';
import { useSettled } from '../common/useSettled';
import {
  selectFilters,
  selectIndex,
  selectLeverageTableOpen,
  selectSizeBy,
  selectVisibility,
} from '../../store/selectors';

const SETTLE_MS = 250;

/**
 * Gets the map's levers ready ahead of use, and works out the leverage measures when
 * something shows them (node size, the "Who holds
 * leverage" table) and puts them in the store, for the map as the filters show it. Renders
 * nothing: one concern, kept out of the components that read the result.
 */
export function MetricsController() {
  const index = useAppStore(selectIndex);
  // On a large map the measures follow the view once it rests (see useSettled): each answer
  // resizes every actor, which redraws the whole canvas, and a slider stepping month by month
  // would ask for one at every step.
  const liveVisibility = useAppStore(selectVisibility);
  const large = index !== null && isLargeMap(index);
  const visibility = useSettled(liveVisibility, SETTLE_MS, large);
  const filters = useAppStore(selectFilters);
  const needed = useAppStore((s) => selectSizeBy(s) !== 'relations' || selectLeverageTableOpen(s));
  const setMetrics = useAppStore((s) => s.setMetrics);
  const attempt = useAppStore((s) => s.metricsAttempt);
  const shown = visibility?.relations;
  const actors = visibility?.actors;
  const filtered = filtersActive(filters);

  // Once the map is up and the page idle, work out its levers, a slice per idle moment, so a
  // first question does not wait for them and the page is never held for long meanwhile.
  // (The measures' worker is not warmed ahead: it did not clearly shorten the first measures
  // and would spend the second core after every load.)
  useEffect(() => {
    if (!index) return;
    const abort = new AbortController();
    // The marks (read by the benchmark) span the slices, from the first to the last, and
    // each slice, so that the tasks between them are not counted as theirs.
    let slicing = false;
    const next = async () => {
      if (slicing) performance.mark('lm:levers-slice-end');
      await nextIdle();
      if (!slicing) performance.mark('lm:levers-start');
      performance.mark('lm:levers-slice-start');
      slicing = true;
    };
    prepareLevers(index, next, abort.signal).then(
      (kept) => {
        if (slicing) performance.mark('lm:levers-slice-end');
        if (kept) performance.mark('lm:levers-end');
      },
      // Should it fail, the first question works them out itself.
      () => undefined,
    );
    return () => abort.abort();
  }, [index]);

  useEffect(() => {
    if (!index || !shown || !actors || !needed) return;
    const key = shown;
    const current = useAppStore.getState().metrics;
    if (current.status === 'ready' && current.key === key) return;
    const abort = new AbortController();
    performance.mark('lm:metrics-start');
    const graph = filtered ? buildLeverageGraph(index, { relations: shown }) : leverageGraphOf(index);
    const flow = leverageFlow(graph, actors);
    setMetrics({ status: 'computing', key });
    computeMetrics(flow, abort.signal).then(
      (metrics) => {
        performance.mark('lm:metrics-end');
        setMetrics({ status: 'ready', key, flow, metrics });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setMetrics({
          status: 'failed',
          key,
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => {
      abort.abort();
      // Left half done, the work must start again when next needed.
      const now = useAppStore.getState().metrics;
      if (now.status === 'computing' && now.key === key) setMetrics({ status: 'idle' });
    };
  }, [index, shown, actors, filtered, needed, setMetrics, attempt]);
  return null;
}

/** The page's next idle moment (a task of its own where the browser cannot tell). */
function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    // Where the browser cannot tell, a pause long enough for a frame and some input.
    else setTimeout(resolve, 50);
  });
}
