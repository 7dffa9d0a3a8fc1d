/** Runs → per-cell summaries (median, min, max of each figure) and the app's ratios to its peers. */
import { METRICS, type Metric, type ScriptSize } from './figures';
import type { Contender, RunOutcome } from './measureRun';
import type { Variant, WorkloadId } from './options';
import { ratio, round, summarize, type Summary } from './stats';

export interface MetricSummary extends Summary {
  values: number[];
}

export interface Failure {
  timedOut: boolean;
  stage: string;
  afterMs: number;
  message: string;
}

export interface Cell {
  workload: WorkloadId;
  variant: Variant;
  contender: Contender;
  runs: number;
  failures: Failure[];
  metrics: Partial<Record<Metric, MetricSummary>>;
  /** The scripts fetched before the first frame, in the first run that drew one. */
  scripts: ScriptSize[];
  /** What runs could not measure (a gesture cut short, a heap not read), once each. */
  problems: string[];
  consoleErrors: string[];
}

export function aggregate(
  key: { workload: WorkloadId; variant: Variant; contender: Contender },
  outcomes: readonly RunOutcome[],
): Cell {
  const metrics: Partial<Record<Metric, MetricSummary>> = {};
  const ok = outcomes.flatMap((o) => (o.ok ? [o] : []));
  for (const metric of METRICS) {
    const values = ok.flatMap((o) => {
      const value = o.figures[metric];
      return value === null || !Number.isFinite(value) ? [] : [value];
    });
    const summary = summarize(values);
    if (summary) {
      metrics[metric] = {
        median: round(summary.median),
        min: round(summary.min),
        max: round(summary.max),
        n: summary.n,
        values: values.map(round),
      };
    }
  }
  return {
    ...key,
    runs: outcomes.length,
    failures: outcomes.flatMap((o) =>
      o.ok ? [] : [{ timedOut: o.timedOut, stage: o.stage, afterMs: o.afterMs, message: o.message }],
    ),
    metrics,
    scripts: ok[0]?.scripts ?? [],
    problems: [...new Set(ok.flatMap((o) => o.problems))],
    consoleErrors: [...new Set(ok.flatMap((o) => o.consoleErrors))].slice(0, 5),
  };
}

export interface Ratios {
  workload: WorkloadId;
  variant: Variant;
  /** app / peer, from the medians. */
  vs: Exclude<Contender, 'app'>;
  ratios: Partial<Record<Metric, number | null>>;
}

/** Below these a ratio says more about timer resolution than about the app. */
const FLOOR: Partial<Record<Metric, number>> = {
  layout_ms: 5,
  layout_longest_task_ms: 50,
  longest_task_ms: 50,
  levers_longest_task_ms: 50,
  paths_longest_task_ms: 50,
  metrics_longest_task_ms: 50,
};

export function appRatios(cells: readonly Cell[]): Ratios[] {
  const out: Ratios[] = [];
  for (const app of cells.filter((c) => c.contender === 'app')) {
    for (const vs of ['cytoscape', 'cytoscape-styled', 'sigma'] as const) {
      const peer = cells.find(
        (c) => c.workload === app.workload && c.variant === app.variant && c.contender === vs,
      );
      if (!peer) continue;
      const ratios: Partial<Record<Metric, number | null>> = {};
      for (const metric of METRICS) {
        const a = app.metrics[metric]?.median;
        const b = peer.metrics[metric]?.median;
        const floor = FLOOR[metric] ?? 0;
        const r = a !== undefined && b !== undefined && Math.max(a, b) >= floor ? ratio(a, b) : null;
        ratios[metric] = r === null ? null : Math.round(r * 100) / 100;
      }
      out.push({ workload: app.workload, variant: app.variant, vs, ratios });
    }
  }
  return out;
}
