/**
 * From what a run recorded in the page to the named figures of the report. The app and the
 * peers set marks at the same points under different names; this maps them to one another.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { LeverageFigures } from './leverageProbe';
import type { SelectFigures } from './selectProbe';
import type { TimeFigures } from './timeProbe';
import type { Contender } from './measureRun';
import { servedFile } from './server';
import { longestTask, type LongTask } from './pageProbes';
import { percentile } from './stats';

export interface RunFigures {
  /** From the dataset's text being asked for (or picked) to the elements built in the renderer. */
  load_ms: number;
  /** From navigation (W0) or from the file pick (generated workloads) to the first drawn frame. */
  first_paint_ms: number;
  /** From the validated (app) or parsed (peers) dataset to the first drawn frame. */
  paint_after_data_ms: number;
  layout_ms: number;
  /** The longest main-thread task overlapping the layout; null without a fresh layout. */
  layout_longest_task_ms: number | null;
  /** The longest main-thread task between the data being asked for and the first frame. */
  longest_task_ms: number;
  /** Null when the gesture could not be played at all. */
  frame_ms_p95: number | null;
  frame_ms_max: number | null;
  /** Null when the gesture was cut short (see the run's problems). */
  gesture_wall_ms: number | null;
  /** Null when the page stayed too busy to collect garbage. */
  heap_mb: number | null;
  /** JavaScript fetched before the first drawn frame, gzip -9 of the files as served. */
  bundle_gzip_kib: number;
  /** The app's leverage questions (see leverageProbe.ts); null for the peers and fresh layouts. */
  levers_ms: number | null;
  levers_longest_task_ms: number | null;
  paths_ms: number | null;
  paths_longest_task_ms: number | null;
  metrics_ms: number | null;
  /** Of metrics_ms, the page's part: preparing the input, until the request is posted. */
  metrics_page_ms: number | null;
  metrics_longest_task_ms: number | null;
  /** How many paths the app listed for the path query (a check that it searched, not a time). */
  paths_found: number | null;
  /** Selecting the busiest actor until Details names it and a frame is drawn (selectProbe.ts); app, saved only. */
  select_ms: number | null;
  select_longest_task_ms: number | null;
  /** Frames while the "As of" slider steps month by month (see timeProbe.ts); app, saved only. */
  asof_frame_ms_p95: number | null;
  asof_frame_ms_max: number | null;
}

export const METRICS = [
  'load_ms',
  'first_paint_ms',
  'paint_after_data_ms',
  'layout_ms',
  'layout_longest_task_ms',
  'longest_task_ms',
  'frame_ms_p95',
  'frame_ms_max',
  'gesture_wall_ms',
  'heap_mb',
  'bundle_gzip_kib',
  'levers_ms',
  'levers_longest_task_ms',
  'paths_ms',
  'paths_longest_task_ms',
  'metrics_ms',
  'metrics_page_ms',
  'metrics_longest_task_ms',
  'paths_found',
  'select_ms',
  'select_longest_task_ms',
  'asof_frame_ms_p95',
  'asof_frame_ms_max',
] as const satisfies readonly (keyof RunFigures)[];
export type Metric = (typeof METRICS)[number];

export interface RawRun {
  contender: Contender;
  /** Whether the dataset came through the file input (else: bundled, from navigation). */
  picked: boolean;
  fresh: boolean;
  marks: Record<string, number[]>;
  longTasks: LongTask[];
  scripts: { url: string; end: number }[];
  frameDeltas: number[] | null;
  gestureWallMs: number | null;
  heapBytes: number | null;
  leverage: LeverageFigures | null;
  select: SelectFigures | null;
  time: TimeFigures | null;
}

interface MarkNames {
  dataStart: string;
  dataReady: string;
  elementsBuilt: string;
  layoutStart: string;
  layoutEnd: string;
  drawn: string;
}

const APP_MARKS: MarkNames = {
  dataStart: 'lm:data-start',
  dataReady: 'lm:data-ready',
  // Right after creating cytoscape with its elements and style, as the peers mark it.
  elementsBuilt: 'lm:elements-built',
  layoutStart: 'lm:layout-start',
  layoutEnd: 'lm:layout-end',
  drawn: 'lm:graph-drawn',
};
const PEER_MARKS: MarkNames = {
  dataStart: 'bench:data-start',
  dataReady: 'bench:data-ready',
  elementsBuilt: 'bench:elements-built',
  layoutStart: 'bench:layout-start',
  layoutEnd: 'bench:layout-end',
  drawn: 'bench:graph-drawn',
};

/** Tasks that overlap [from, to]. */
export interface ScriptSize {
  path: string;
  gzip_kib: number;
}

export async function computeFigures(run: RawRun): Promise<{ figures: RunFigures; scripts: ScriptSize[] }> {
  const names = run.contender === 'app' ? APP_MARKS : PEER_MARKS;
  const picks = run.marks['bench:files-picked'] ?? [];
  const since = run.picked ? (picks[picks.length - 1] ?? Number.NaN) : 0;
  const at = (name: string): number => {
    const time = (run.marks[name] ?? []).find((t) => t >= since);
    if (time === undefined) throw new Error(`the page set no ${name} mark`);
    return time;
  };
  const dataStart = run.picked ? since : at(names.dataStart);
  const drawn = at(names.drawn);
  const layoutStart = at(names.layoutStart);
  const layoutEnd = at(names.layoutEnd);
  const urls = [...new Set(run.scripts.filter((s) => s.end <= drawn).map((s) => s.url))];
  const scripts: ScriptSize[] = [];
  for (const url of urls) {
    const gzip = gzipSync(await readFile(servedFile(url)), { level: 9 }).length;
    scripts.push({ path: new URL(url).pathname, gzip_kib: Math.round((gzip / 1024) * 10) / 10 });
  }
  // The app lays a map out before it creates cytoscape (the positions go in with the
  // elements), the peers after: either way the layout is not part of loading.
  const elementsBuilt = at(names.elementsBuilt);
  const layoutBeforeBuild = layoutEnd <= elementsBuilt ? layoutEnd - layoutStart : 0;
  return {
    figures: {
      load_ms: elementsBuilt - dataStart - layoutBeforeBuild,
      first_paint_ms: drawn - since,
      paint_after_data_ms: drawn - at(names.dataReady),
      layout_ms: layoutEnd - layoutStart,
      layout_longest_task_ms: run.fresh ? longestTask(run.longTasks, layoutStart, layoutEnd) : null,
      longest_task_ms: longestTask(run.longTasks, dataStart, drawn),
      frame_ms_p95: run.frameDeltas?.length ? percentile(run.frameDeltas, 95) : null,
      frame_ms_max: run.frameDeltas?.length ? Math.max(...run.frameDeltas) : null,
      gesture_wall_ms: run.gestureWallMs,
      heap_mb: run.heapBytes === null ? null : run.heapBytes / 2 ** 20,
      bundle_gzip_kib: scripts.reduce((sum, s) => sum + s.gzip_kib, 0),
      levers_ms: run.leverage?.levers_ms ?? null,
      levers_longest_task_ms: run.leverage?.levers_longest_task_ms ?? null,
      paths_ms: run.leverage?.paths_ms ?? null,
      paths_longest_task_ms: run.leverage?.paths_longest_task_ms ?? null,
      metrics_ms: run.leverage?.metrics_ms ?? null,
      metrics_page_ms: run.leverage?.metrics_page_ms ?? null,
      metrics_longest_task_ms: run.leverage?.metrics_longest_task_ms ?? null,
      paths_found: run.leverage?.paths_found ?? null,
      select_ms: run.select?.select_ms ?? null,
      select_longest_task_ms: run.select?.select_longest_task_ms ?? null,
      asof_frame_ms_p95: run.time?.asof_frame_ms_p95 ?? null,
      asof_frame_ms_max: run.time?.asof_frame_ms_max ?? null,
    },
    scripts: scripts.sort((a, b) => b.gzip_kib - a.gzip_kib),
  };
}
