// npm run bench:profile -- W1 [--fresh] [--no-build] [--plain] [--trace=FILE] [--asof [--leverage]] [--select] [--tasks]: where the app's time goes on one workload.
// Records a CPU profile (CDP) from the file pick or navigation to the first frame, and another
// over the benchmark's gesture (and, with --asof, over the As of slider stepping; with --select,
// over selecting the busiest actor), and prints the
// functions with the most self time in each.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../scripts/lib/browser';
import { newBenchContext } from './lib/context';
import { playGesture } from './lib/gesture';
import { probeAsOf } from './lib/timeProbe';
import { probeSelect } from './lib/selectProbe';
import { hasDrawnSince, installProbes, readLongTasks, readMarks } from './lib/pageProbes';
import { summariseTrace } from './lib/trace';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { BENCH_DIST, serveBench } from './lib/server';
import { prepareWorkload } from './lib/workloads';
import type { WorkloadId } from './lib/options';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** For a sample's node, its stack: the node, then its callers up to the root. */
function stacksOf(profile: Profile): (id: number) => ProfileNode[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return (id) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      stack.push(n);
    }
    return stack;
  };
}

function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stackOf = stacksOf(profile);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const group = file || functionName;
    files.set(group, (files.get(group) ?? 0) + dt);
  });
  // Inclusive time: each function once per sample in which it is on the stack.
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    for (const key of new Set(stackOf(id).map(label))) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  const incRows = [...inclusive]
    .filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(program)') && !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  // Who calls the functions named in PROFILE_CALLERS (comma-separated), with their time.
  const callerLines: string[] = [];
  for (const wanted of (process.env.PROFILE_CALLERS ?? '').split(',').filter(Boolean)) {
    const callers = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const chain = stackOf(id).map((n) => n.callFrame.functionName || '(anonymous)');
      const k = chain.findIndex((c) => c === wanted || c.endsWith(`.${wanted}`));
      if (k < 0) return;
      const key = chain.slice(k + 1, k + 4).join(' < ');
      callers.set(key, (callers.get(key) ?? 0) + dt);
    });
    callerLines.push(`callers of ${wanted}:`);
    for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 8))
      callerLines.push(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  }
  const fileRows = [...files].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return [
    `total ${total.toFixed(0)} ms`,
    ...fileRows.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  [${k}]`),
    'self:',
    ...rows.map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`),
    'inclusive:',
    ...incRows.map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`),
    ...callerLines,
  ].join('\n');
}

/**
 * --tasks: the stretches of the page's thread that were busy for over 50 ms without a break
 * (runs of samples that are not idle), each with the functions that took most of it
 * (inclusive), so a long task can be named.
 */
function busyStretches(profile: Profile, top = Number(process.env.PROFILE_TOP ?? 6)): string {
  const stackOf = stacksOf(profile);
  const lines: string[] = [];
  let at = 0;
  let start = -1;
  let spent = new Map<string, number>();
  const close = (end: number) => {
    if (start >= 0 && end - start > 50) {
      const rows = [...spent].sort((a, b) => b[1] - a[1]).slice(0, top);
      lines.push(
        `${start.toFixed(0)}+${(end - start).toFixed(0)} ms: ${rows.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ')}`,
      );
    }
    start = -1;
    spent = new Map();
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    at += dt;
    const stack = stackOf(id);
    if (stack[0]?.callFrame.functionName === '(idle)') {
      close(at);
      return;
    }
    if (start < 0) start = at;
    const names = new Set(stack.map((n) => n.callFrame.functionName || '(anonymous)'));
    names.delete('(root)');
    for (const key of names) spent.set(key, (spent.get(key) ?? 0) + dt);
  });
  close(at);
  return ["busy stretches over 50 ms (from the profile's start):", ...lines].join('\n');
}

/** What --trace records: the page's tasks, V8's collections and our performance marks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.gc',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
];

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const id = (args.find((a) => /^W\d+$/.test(a)) ?? 'W0') as WorkloadId;
  const fresh = args.includes('--fresh');
  // Unminified, so the profile names cytoscape's and our functions.
  if (!args.includes('--no-build'))
    await build({
      configFile: path.resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: path.join(BENCH_DIST, 'app'), emptyOutDir: true, minify: false },
    });
  const workload = await prepareWorkload(id);
  const { url, server } = await serveBench();
  const browser = await launchBrowser(['--enable-unsafe-swiftshader', '--js-flags=--expose-gc']);
  try {
    const context = await newBenchContext(browser);
    const page: Page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.log('console error:', m.text());
    });
    await page.addInitScript(installProbes);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // --plain: no CPU profile while loading (so no --tasks or PROFILE_SAVE for it), so the long
    // tasks are the page's own, without the profiler's cost.
    const plain = args.includes('--plain');
    // --trace=FILE: a Chrome trace from the pick (or the navigation) to the first frame (tasks,
    // V8's collections, our marks); its long tasks are named.
    const traceTo = args.find((a) => a.startsWith('--trace='))?.slice('--trace='.length);
    const picked = workload.files.length > 0;
    const query = fresh && !picked ? '?layout=fresh' : '';
    if (!picked && !plain) await cdp.send('Profiler.start');
    if (!picked && traceTo) await browser.startTracing(page, { path: traceTo, categories: TRACE_CATEGORIES });
    await page.goto(new URL(`app/${query}`, url).href);
    if (picked) {
      await page.waitForSelector('.workspace[data-ready="true"] [data-graph-ready="true"]');
      if (fresh) await page.evaluate(() => history.replaceState(null, '', '?layout=fresh'));
      if (!plain) await cdp.send('Profiler.start');
      if (traceTo) await browser.startTracing(page, { path: traceTo, categories: TRACE_CATEGORIES });
      await page.getByLabel('Dataset files').setInputFiles(workload.files);
    }
    await page.waitForFunction(
      hasDrawnSince as (a: unknown) => boolean,
      ['lm:graph-drawn', picked ? 'bench:files-picked' : null],
      {
        timeout: 120_000,
        polling: 50,
      },
    );
    if (traceTo) {
      await browser.stopTracing();
      console.log(`trace written to ${traceTo}`);
      console.log(summariseTrace(traceTo, picked ? 'bench:files-picked' : 'lm:app-start'));
    }
    if (!plain) {
      const load = (await cdp.send('Profiler.stop')) as { profile: Profile };
      // PROFILE_SAVE=file.cpuprofile: the profile itself, for DevTools or a script.
      if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(load.profile));
      console.log(`\n== ${id}${fresh ? ' fresh' : ''}: to the first frame`);
      console.log(summarise(load.profile));
      if (args.includes('--tasks')) console.log(busyStretches(load.profile));
    }
    const marks = await page.evaluate(readMarks);
    console.log(
      'marks',
      JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v.map(Math.round)]))),
    );
    const tasks = await page.evaluate(readLongTasks);
    console.log(
      'long tasks',
      tasks
        .filter((t) => t.duration > 50)
        .map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`)
        .join(' '),
    );
    await page.waitForTimeout(1500);
    const box = await page.locator('[data-testid="graph"]').boundingBox();
    if (!box) throw new Error('no graph');
    await cdp.send('Profiler.start');
    const gesture = await playGesture(page, box, 4000);
    const moves = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const deltas = [...gesture.frameDeltas].sort((a, b) => a - b);
    const p95 = deltas[Math.ceil(deltas.length * 0.95) - 1] ?? 0;
    console.log(
      `\n== gesture: ${deltas.length} frames, p95 ${p95.toFixed(1)} ms, max ${Math.max(...deltas).toFixed(0)} ms, wall ${gesture.wallMs ?? 'cut'} ms, events ${gesture.eventsSent}`,
    );
    console.log('worst frames', deltas.slice(-10).map(Math.round).join(' '));
    console.log('frames in order', gesture.frameDeltas.map(Math.round).join(' '));
    console.log(summarise(moves.profile));
    if (process.argv.includes('--select')) {
      // --select: selecting the busiest actor through the URL, as the benchmark's select_ms does.
      await cdp.send('Profiler.start');
      const selected = await probeSelect(page, workload.select, 60_000);
      const selecting = (await cdp.send('Profiler.stop')) as { profile: Profile };
      console.log(
        `\n== selecting ${workload.select.label}: ${selected.select_ms.toFixed(0)} ms, longest task ${selected.select_longest_task_ms.toFixed(0)} ms`,
      );
      console.log(summarise(selecting.profile));
      if (args.includes('--tasks')) console.log(busyStretches(selecting.profile));
    }
    if (process.argv.includes('--asof')) {
      // --leverage: with the bench's leverage question open and actors sized by brokerage.
      const q = workload.question;
      const search = process.argv.includes('--leverage')
        ? `?timeline=1&paths=1&from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}&size=brokerage`
        : '?timeline=1';
      await cdp.send('Profiler.start');
      const asOf = await probeAsOf(page, 20_000, search);
      const steps = (await cdp.send('Profiler.stop')) as { profile: Profile };
      console.log(
        `\n== as-of slider: ${asOf.asof_steps} steps, frame p95 ${asOf.asof_frame_ms_p95.toFixed(1)} ms, max ${asOf.asof_frame_ms_max.toFixed(0)} ms`,
      );
      console.log(summarise(steps.profile));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
