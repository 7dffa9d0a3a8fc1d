/**
 * One run: a fresh browser context and page, one contender, one workload, one variant.
 * Loads the graph, waits for the first frame and for the page to settle, plays the gesture
 * while counting frames, forces a garbage collection and reads the heap, then turns marks,
 * long tasks and scripts into figures. Every phase is capped: a page that cannot draw in
 * time is reported as a timeout with the stage it was stuck at; one too slow to finish the
 * gesture keeps its load figures and says how far the gesture got.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newBenchContext } from './context';
import { computeFigures, type RawRun, type RunFigures, type ScriptSize } from './figures';
import { GESTURE_EVENTS, playGesture, type GestureResult } from './gesture';
import { probeLeverage } from './leverageProbe';
import { probeAsOf } from './timeProbe';
import type { Variant } from './options';
import {
  collectGarbage,
  hasDrawnSince,
  installProbes,
  isQuiet,
  pageError,
  readLongTasks,
  readMarks,
  readScripts,
} from './pageProbes';
import { probeSelect } from './selectProbe';
import type { Workload } from './workloads';

export type Contender = 'app' | 'cytoscape' | 'cytoscape-styled' | 'sigma';
export const CONTENDERS: readonly Contender[] = ['app', 'cytoscape', 'cytoscape-styled', 'sigma'];

/** Who runs on a variant: the styled peer draws saved positions only (see its page). */
export function contendersFor(variant: Variant): readonly Contender[] {
  return variant === 'saved' ? CONTENDERS : CONTENDERS.filter((c) => c !== 'cytoscape-styled');
}

export interface RunSetup {
  browser: Browser;
  baseUrl: string;
  /** The app's canvas size; the peers draw into a box of the same size. */
  canvas: { width: number; height: number };
  workload: Workload;
  variant: Variant;
  contender: Contender;
}

export type RunOutcome =
  | { ok: true; figures: RunFigures; scripts: ScriptSize[]; problems: string[]; consoleErrors: string[] }
  | { ok: false; timedOut: boolean; stage: string; afterMs: number; message: string };

const QUIET_MS = 500;
const MAX_SETTLE_MS = 3_000;
/** Each half of the gesture still unfinished after this is cut short: nobody would keep at it either. */
const GESTURE_PART_CAP_MS = 4_000;
/** How long one input event or a heap reading may block before the page is given up on. */
const STUCK_MS = 20_000;

export const GRAPH_SELECTOR: Record<Contender, string> = {
  app: '[data-testid="graph"]',
  cytoscape: '#graph',
  'cytoscape-styled': '#graph',
  sigma: '#graph',
};
const DRAWN_MARK: Record<Contender, string> = {
  app: 'lm:graph-drawn',
  cytoscape: 'bench:graph-drawn',
  'cytoscape-styled': 'bench:graph-drawn',
  sigma: 'bench:graph-drawn',
};

class StageTimeout extends Error {}

export async function measureRun(setup: RunSetup): Promise<RunOutcome> {
  const cap = setup.workload.capMs[setup.variant];
  const context = await newBenchContext(setup.browser);
  const started = Date.now();
  const stage = { name: 'opening the page' };
  try {
    return await drive(context, setup, started + cap, stage);
  } catch (error) {
    const timedOut =
      error instanceof StageTimeout || (error instanceof Error && error.name === 'TimeoutError');
    const message = timedOut
      ? `no first frame within ${cap / 1000} s: still ${stage.name}`
      : `${stage.name}: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}`;
    // A timeout's figure is the cap: the first frame came later than that, if at all.
    return {
      ok: false,
      timedOut,
      stage: stage.name,
      afterMs: timedOut ? cap : Date.now() - started,
      message,
    };
  } finally {
    // Closing a page stuck in a long task can take a while itself; never wait on it for ever.
    await within(context.close(), STUCK_MS).catch(() => undefined);
  }
}

/** The promise, or a StageTimeout after ms: page.evaluate has no timeout of its own. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StageTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function pageUrl({ baseUrl, canvas, workload, variant, contender }: RunSetup): string {
  const params = new URLSearchParams();
  // For the app, a fresh layout of a picked file is asked for once the bundled map is up.
  if (variant === 'fresh' && (contender !== 'app' || workload.files.length === 0))
    params.set('layout', 'fresh');
  if (contender !== 'app') {
    if (workload.files.length === 0) params.set('data', 'belarus');
    params.set('w', String(canvas.width));
    params.set('h', String(canvas.height));
  }
  const path = contender === 'app' ? 'app/' : `peers/${contender}.html`;
  const query = params.toString();
  return new URL(`${path}${query ? `?${query}` : ''}`, baseUrl).href;
}

async function drive(
  context: BrowserContext,
  setup: RunSetup,
  deadline: number,
  stage: { name: string },
): Promise<RunOutcome> {
  const { workload, variant, contender } = setup;
  const remaining = () => Math.max(1, deadline - Date.now());
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.addInitScript(installProbes);
  const picked = workload.files.length > 0;
  // A page busy in one long task cannot run playwright's own timers: the cap is kept here too.
  await within(loadGraph(page, setup, remaining, stage), remaining());
  await within(failOnPageError(page, pageErrors), STUCK_MS);
  stage.name = 'waiting for the page to settle';
  const settle = Math.min(remaining(), MAX_SETTLE_MS);
  await within(waitUntil(page, isQuiet, QUIET_MS, settle), settle + STUCK_MS).catch(() => undefined);
  const loadPhase = await within(
    Promise.all([page.evaluate(readMarks), page.evaluate(readLongTasks), page.evaluate(readScripts)]),
    STUCK_MS,
  );

  // From here on the graph is drawn: a slow page loses the figures it cannot give, not the run.
  const problems: string[] = [];
  stage.name = 'playing the gesture';
  let gesture: GestureResult | null = null;
  const box = await page.locator(GRAPH_SELECTOR[contender]).boundingBox({ timeout: STUCK_MS });
  if (!box) throw new Error('the graph has no box on the page');
  try {
    gesture = await within(playGesture(page, box, GESTURE_PART_CAP_MS), 2 * GESTURE_PART_CAP_MS + STUCK_MS);
    if (gesture.eventsSent < GESTURE_EVENTS) {
      problems.push(
        `gesture cut short (${GESTURE_PART_CAP_MS / 1000} s a half): ${gesture.eventsSent} of ${GESTURE_EVENTS} events sent`,
      );
    }
  } catch (error) {
    if (!(error instanceof StageTimeout)) throw error;
    problems.push(`gesture stuck: one input event took over ${STUCK_MS / 1000} s`);
  }

  let heapBytes: number | null = null;
  if (gesture) {
    stage.name = 'measuring the heap';
    const cdp = await context.newCDPSession(page);
    try {
      await within(cdp.send('Performance.enable'), STUCK_MS);
      await within(page.evaluate(collectGarbage), STUCK_MS);
      const { metrics } = await within(cdp.send('Performance.getMetrics'), STUCK_MS);
      heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    } catch (error) {
      if (!(error instanceof StageTimeout)) throw error;
      problems.push('heap not measured: the page stayed busy');
    }
  }

  // The app's own probes, on the map as loaded and after the heap, so they do not count in it.
  // A probe that fails loses its figures, not the run.
  const probing = contender === 'app' && variant === 'saved' && gesture !== null;
  const probe = async <T>(name: string, what: string, run: () => Promise<T>): Promise<T | null> => {
    stage.name = name;
    try {
      return await within(run(), 2 * STUCK_MS);
    } catch (error) {
      problems.push(
        `${what} not measured: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}`,
      );
      return null;
    }
  };
  // The leverage questions and the As of slider have targets up to W5; on W20 they would add
  // a minute a run to a quick benchmark for figures nobody judges.
  const probedFurther = probing && workload.id !== 'W20';
  const select = probing
    ? await probe('selecting an actor', 'selection', () => probeSelect(page, workload.select, STUCK_MS))
    : null;
  const leverage = probedFurther
    ? await probe('asking the leverage questions', 'leverage', () =>
        probeLeverage(page, workload.question, STUCK_MS),
      )
    : null;
  // The "As of" slider, last: it changes the view the figures above were taken on.
  const time = probedFurther
    ? await probe('stepping the As of slider', 'as-of slider', () => probeAsOf(page, STUCK_MS))
    : null;

  const [marks, longTasks, scripts] = loadPhase;
  const raw: RawRun = {
    contender,
    picked,
    fresh: variant === 'fresh',
    marks,
    longTasks,
    scripts,
    frameDeltas: gesture?.frameDeltas ?? null,
    gestureWallMs: gesture?.wallMs ?? null,
    heapBytes,
    leverage,
    select,
    time,
  };
  if (gesture) await within(failOnPageError(page, pageErrors), STUCK_MS);
  const computed = await computeFigures(raw);
  return { ok: true, ...computed, problems, consoleErrors };
}

/** Opens the page and the dataset, and waits for the first drawn frame (and the app's panels). */
async function loadGraph(page: Page, setup: RunSetup, remaining: () => number, stage: { name: string }) {
  const { workload, variant, contender } = setup;
  const picked = workload.files.length > 0;
  await page.goto(pageUrl(setup), { timeout: remaining() });
  if (picked) {
    if (contender === 'app') {
      stage.name = 'drawing the bundled dataset before opening the files';
      const ready = '.workspace[data-ready="true"] [data-graph-ready="true"]';
      await page.waitForSelector(ready, { timeout: remaining() });
      if (variant === 'fresh') await page.evaluate(() => history.replaceState(null, '', '?layout=fresh'));
    }
    stage.name = 'handing the files to the file input';
    await page.getByLabel('Dataset files').setInputFiles(workload.files, { timeout: remaining() });
  }
  stage.name = variant === 'fresh' ? 'loading and laying out the graph' : 'loading and drawing the graph';
  const drawn: [string, string | null] = [DRAWN_MARK[contender], picked ? 'bench:files-picked' : null];
  await waitUntil(page, hasDrawnSince, drawn, remaining());
  if (contender === 'app') {
    stage.name = 'showing the panels';
    await page.waitForSelector('.workspace[data-ready="true"]', { timeout: remaining() });
  }
}

async function waitUntil<A extends number | [string, string | null]>(
  page: Page,
  probe: (arg: A) => boolean,
  arg: A,
  timeout: number,
) {
  await page.waitForFunction(probe as (arg: unknown) => boolean, arg, { timeout, polling: 50 });
}

async function failOnPageError(page: Page, errors: readonly string[]) {
  const reported = await page.evaluate(pageError);
  if (reported) throw new Error(`the page reported: ${reported}`);
  if (errors.length > 0) throw new Error(`the page threw: ${errors[0]}`);
}
