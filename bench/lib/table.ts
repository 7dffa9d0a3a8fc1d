/** The terminal summary: Markdown tables of the medians, the ratios and the targets. */
import type { Metric } from './figures';
import type { LeverageQuestion } from './leverageProbe';
import type { Cell, Ratios } from './results';
import type { TargetResult } from './targets';

const COLUMNS: [Metric, string][] = [
  ['load_ms', 'load'],
  ['first_paint_ms', 'first paint'],
  ['paint_after_data_ms', 'paint after data'],
  ['layout_ms', 'layout'],
  ['layout_longest_task_ms', 'longest task in layout'],
  ['frame_ms_p95', 'frame p95'],
  ['frame_ms_max', 'frame max'],
  ['gesture_wall_ms', 'gesture'],
  ['heap_mb', 'heap MB'],
  ['bundle_gzip_kib', 'JS KiB gz'],
  ['levers_ms', 'levers'],
  ['paths_ms', 'paths'],
  ['metrics_ms', 'measures'],
  ['select_ms', 'select'],
];

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function header(names: readonly string[]): string[] {
  return [row(names), row(names.map(() => '---'))];
}

export function figuresTable(cells: readonly Cell[]): string {
  const lines = header(['workload', 'layout', 'contender', 'runs', ...COLUMNS.map(([, name]) => name)]);
  for (const cell of cells) {
    const failure = cell.failures[0];
    const cut = cell.problems.some((p) => p.startsWith('gesture cut'));
    const values = COLUMNS.map(([metric]) => {
      const s = cell.metrics[metric];
      if (s) return s.min === s.max ? String(s.median) : `${s.median} (${s.min}–${s.max})`;
      // A run that drew nothing: its first paint (and layout) took longer than the cap.
      if (
        failure?.timedOut &&
        (metric === 'first_paint_ms' || (metric === 'layout_ms' && cell.variant === 'fresh'))
      )
        return `> ${failure.afterMs / 1000} s`;
      if (metric === 'gesture_wall_ms' && cut) return 'cut';
      return '–';
    });
    const failed = cell.failures.length ? ` (${cell.failures.length}/${cell.runs} failed)` : '';
    lines.push(
      row([cell.workload, cell.variant, `${cell.contender}${failed}`, String(cell.runs), ...values]),
    );
  }
  return lines.join('\n');
}

/** The app's leverage questions (saved layouts only; the peers have no such feature). */
export function leverageTable(
  cells: readonly Cell[],
  workloads: readonly { id: string; question?: LeverageQuestion }[],
): string {
  const columns: [Metric, string][] = [
    ['paths_found', 'paths found'],
    ['paths_ms', 'path query'],
    ['paths_longest_task_ms', 'longest task in it'],
    ['metrics_ms', 'measures (worker)'],
    ['metrics_page_ms', 'of which on the page'],
    ['metrics_longest_task_ms', 'longest task in them'],
    ['levers_ms', 'levers, in idle slices'],
    ['levers_longest_task_ms', 'longest task in them'],
  ];
  const lines = header(['workload', 'question', ...columns.map(([, name]) => name)]);
  for (const cell of cells.filter((c) => c.contender === 'app' && c.variant === 'saved')) {
    const q = workloads.find((w) => w.id === cell.workload)?.question;
    const values = columns.map(([metric]) => {
      const s = cell.metrics[metric];
      if (!s) return '–';
      return s.min === s.max ? String(s.median) : `${s.median} (${s.min}–${s.max})`;
    });
    lines.push(row([cell.workload, q ? `${q.from} → ${q.to}` : '–', ...values]));
  }
  return lines.join('\n');
}

export function ratiosTable(ratios: readonly Ratios[]): string {
  const metrics: Metric[] = [
    'load_ms',
    'first_paint_ms',
    'layout_ms',
    'frame_ms_p95',
    'gesture_wall_ms',
    'heap_mb',
    'bundle_gzip_kib',
  ];
  const lines = header(['workload', 'layout', 'app /', ...metrics]);
  for (const r of ratios) {
    lines.push(
      row([
        r.workload,
        r.variant,
        r.vs,
        ...metrics.map((m) => (r.ratios[m] == null ? '–' : `${r.ratios[m]}×`)),
      ]),
    );
  }
  return lines.join('\n');
}

export function targetsTable(targets: readonly TargetResult[]): string {
  const lines = header(['target', 'limit', 'figure', 'runs', 'met', 'note']);
  for (const t of targets) {
    const figure = t.figure === null ? 'none' : `${t.figure} ${t.unit}`;
    const runs = t.runs === undefined ? '–' : String(t.runs);
    lines.push(
      row([t.target, `≤ ${t.limit} ${t.unit}`, figure, runs, t.met ? 'yes' : '**no**', t.note ?? '']),
    );
  }
  return lines.join('\n');
}
