// npm run bench -- [--quick] [--large] [--report]: the built app against cytoscape (plain, and
// styled as the app styles it) and sigma.js in headless Chromium, on the Belarus dataset and
// generated ones, each with saved positions and with a fresh layout. Writes
// bench/results/latest.json and its chart, and prints Markdown tables.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { LAUNCH_FLAGS, launchBrowser } from '../scripts/lib/browser';
import { firstPaintChart, type SizedWorkload } from './lib/chart';
import { describeEnvironment } from './lib/environment';
import { newBenchContext, VIEWPORT } from './lib/context';
import {
  CONTENDERS,
  contendersFor,
  GRAPH_SELECTOR,
  measureRun,
  type Contender,
  type RunOutcome,
} from './lib/measureRun';
import { parseOptions, repetitionsOf, UsageError, variantsOf, type BenchOptions } from './lib/options';
import { aggregate, appRatios, type Cell, type Ratios } from './lib/results';
import { buildAll, serveBench } from './lib/server';
import { figuresTable, leverageTable, ratiosTable, targetsTable } from './lib/table';
import type { LeverageQuestion } from './lib/leverageProbe';
import { checkTargets, type TargetResult } from './lib/targets';
import { prepareWorkload, type Workload } from './lib/workloads';

const EXTRA_FLAGS = ['--enable-unsafe-swiftshader', '--js-flags=--expose-gc'];

const LATEST = 'bench/results/latest.json';
/** The README's chart of first paint against map size, drawn from LATEST. */
const CHART = 'bench/results/first-paint.svg';

async function writeChart(result: { results: Cell[]; workloads?: SizedWorkload[] }) {
  await writeFile(CHART, firstPaintChart(result.results, result.workloads ?? []));
  console.log(`wrote ${CHART}`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.report) {
    const latest = JSON.parse(await readFile(LATEST, 'utf8')) as Printed & { workloads?: SizedWorkload[] };
    // Judged again, so the targets and their notes are this code's, on the figures as measured.
    latest.targets = checkTargets(latest.results, latest.ratios);
    printTables(latest);
    await writeChart(latest);
    return;
  }
  const started = Date.now();
  const loadAtStart = os.loadavg();
  log(`building the app and the peer pages into bench/dist…`);
  await timed('build', buildAll);
  const workloads: Workload[] = [];
  for (const id of options.workloads) {
    log(`preparing ${id}…`);
    workloads.push(await timed(`prepare ${id}`, () => prepareWorkload(id)));
  }
  const { url, server } = await serveBench();
  const browser = await launchBrowser(EXTRA_FLAGS);
  try {
    const environment = await describeEnvironment(browser, new URL('app/', url).href, VIEWPORT, [
      ...LAUNCH_FLAGS,
      ...EXTRA_FLAGS,
    ]);
    environment.load_average_start = loadAtStart.map((l) => Math.round(l * 100) / 100);
    const canvas = await appCanvasSize(browser, url);
    log(`the app's canvas is ${canvas.width}×${canvas.height}; the peers draw into the same box`);
    const cells = await runAll(browser, url, canvas, workloads, options);
    environment.load_average_end = os.loadavg().map((l) => Math.round(l * 100) / 100);
    const ratios = appRatios(cells);
    const targets = checkTargets(cells, ratios);
    const result = {
      issue: 7,
      date: new Date().toISOString(),
      mode: options.quick ? 'quick' : 'full',
      /** Runs per figure by workload and variant (each result's `runs` says it too). */
      repetitions: Object.fromEntries(
        workloads.flatMap((w) =>
          variantsOf(w.id, options).map((v) => [`${w.id} ${v}`, repetitionsOf(w.id, v, options)]),
        ),
      ),
      duration_s: Math.round((Date.now() - started) / 1000),
      phases_s: phases,
      environment,
      workloads: workloads.map((w) => ({ ...w, files: w.files.length })),
      results: cells,
      ratios,
      targets,
    };
    const full = options.variants.length === 2 && options.workloads.includes('W5');
    const file = full ? LATEST : 'bench/results/partial.json.tmp';
    await mkdir('bench/results', { recursive: true });
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    printTables(result);
    console.log(`\nwrote ${file} in ${result.duration_s} s`);
    if (full) await writeChart(result);
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Printed {
  results: Cell[];
  ratios: Ratios[];
  targets: TargetResult[];
  /** Older results may lack the questions. */
  workloads?: { id: string; question?: LeverageQuestion }[];
}

function printTables({ results, ratios, targets, workloads = [] }: Printed) {
  console.log(`\n## Figures (median and min–max of each row's runs; ms unless named)\n`);
  console.log(figuresTable(results));
  console.log('\n## Leverage questions (the app, saved layouts; ms unless named)\n');
  console.log(leverageTable(results, workloads));
  console.log('\n## App / peer (medians)\n');
  console.log(ratiosTable(ratios));
  console.log('\n## Targets\n');
  console.log(targetsTable(targets));
}

async function runAll(
  browser: Browser,
  url: string,
  canvas: { width: number; height: number },
  workloads: readonly Workload[],
  options: BenchOptions,
): Promise<Cell[]> {
  // One discarded run of each contender first: the server's and the disk's caches warm up.
  const w0 = workloads.find((w) => w.id === 'W0') ?? (await prepareWorkload('W0'));
  await timed('warm-up', async () => {
    for (const contender of CONTENDERS) {
      await measureRun({ browser, baseUrl: url, canvas, workload: w0, variant: 'saved', contender });
    }
  });
  const cells: Cell[] = [];
  for (const workload of workloads) {
    for (const variant of variantsOf(workload.id, options)) {
      const contenders = contendersFor(variant);
      const outcomes = Object.fromEntries(contenders.map((c) => [c, [] as RunOutcome[]])) as Record<
        Contender,
        RunOutcome[]
      >;
      const gaveUp = new Set<Contender>();
      // Interleaved (app, cytoscape, …, sigma, app, …) so that machine noise hits them all alike.
      const repetitions = repetitionsOf(workload.id, variant, options);
      const cellStarted = Date.now();
      for (let rep = 1; rep <= repetitions; rep++) {
        for (const contender of contenders) {
          if (gaveUp.has(contender)) continue;
          const runStarted = Date.now();
          const outcome = await measureRun({ browser, baseUrl: url, canvas, workload, variant, contender });
          outcomes[contender].push(outcome);
          const took = Math.round((Date.now() - runStarted) / 1000);
          log(
            `${workload.id} ${variant} ${contender} ${rep}/${repetitions} (${took} s): ${describe(outcome)}`,
          );
          // A page that timed out once will time out again: report it, do not wait for it twice.
          if (!outcome.ok && outcome.timedOut) gaveUp.add(contender);
        }
      }
      phases[`${workload.id} ${variant}`] = Math.round((Date.now() - cellStarted) / 1000);
      for (const contender of contenders) {
        cells.push(aggregate({ workload: workload.id, variant, contender }, outcomes[contender]));
      }
    }
  }
  return cells;
}

function describe(outcome: RunOutcome): string {
  if (!outcome.ok) return `${outcome.timedOut ? 'TIMEOUT' : 'FAILED'}: ${outcome.message}`;
  const f = outcome.figures;
  const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);
  const heap = f.heap_mb === null ? '–' : `${f.heap_mb.toFixed(1)} MB`;
  const problems = outcome.problems.length ? ` (${outcome.problems.join('; ')})` : '';
  const leverage =
    f.paths_ms === null
      ? ''
      : `, paths ${f.paths_ms.toFixed(1)} ms (${f.paths_found ?? '?'} found), measures ${ms(f.metrics_ms)}, longest tasks in them ${ms(f.paths_longest_task_ms)} and ${ms(f.metrics_longest_task_ms)}`;
  return `first paint ${ms(f.first_paint_ms)}, layout ${ms(f.layout_ms)}, frame p95 ${ms(f.frame_ms_p95)}, gesture ${ms(f.gesture_wall_ms)}, heap ${heap}${leverage}${problems}`;
}

/** The size of the app's graph canvas at the benchmark's viewport, for the peers to match. */
async function appCanvasSize(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(new URL('app/', url).href);
    await page.waitForSelector('.workspace[data-ready="true"] [data-graph-ready="true"]', {
      timeout: 30_000,
    });
    const box = await page.locator(GRAPH_SELECTOR.app).boundingBox();
    if (!box) throw new Error('the app shows no graph canvas');
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

/** Seconds each phase of the run took: where a quick run's minutes go. */
const phases: Record<string, number> = {};
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    phases[name] = Math.round((Date.now() - start) / 1000);
  }
}

const began = Date.now();
function log(message: string) {
  const s = Math.round((Date.now() - began) / 1000);
  console.log(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${message}`);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) console.error(err.message);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
