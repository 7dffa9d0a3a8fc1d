/**
 * Reads a Chrome trace written by `bench:profile -- --trace=FILE` and names the page's long
 * tasks: for each task over 50 ms on the page's main thread (the one our performance marks
 * are on), how long it took, how much of it was V8 collecting garbage, and the last mark
 * before it, with times from the mark `from`.
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

const COLLECTIONS = new Set(['MinorGC', 'MajorGC']);

export function summariseTrace(file: string, from: string): string {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const marks = events.filter((e) => e.cat?.includes('user_timing')).sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first) return 'the trace holds none of our marks: was the page traced?';
  const onPage = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  const start = marks.find((m) => m.name === from)?.ts ?? first.ts;
  const at = (ts: number) => `${((ts - start) / 1000).toFixed(0)} ms`;
  const collections = events.filter((e) => onPage(e) && e.ph === 'X' && COLLECTIONS.has(e.name));
  const lines = events
    .filter(
      (e) => onPage(e) && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000 && e.ts >= start,
    )
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const gc = collections
        .filter((c) => c.ts >= task.ts && c.ts <= end)
        .map((c) => `${c.name} ${((c.dur ?? 0) / 1000).toFixed(0)} ms`);
      const before = marks.filter((m) => onPage(m) && m.ts <= end).at(-1)?.name ?? '(none)';
      return `${at(task.ts)}: ${((task.dur ?? 0) / 1000).toFixed(0)} ms${gc.length ? `, of it ${gc.join(', ')}` : ''}; last mark ${before}`;
    });
  return [`the page's tasks over 50 ms, from ${from}:`, ...lines].join('\n');
}
