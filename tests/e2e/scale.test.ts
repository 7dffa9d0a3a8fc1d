/**
 * Issue 17, "20,000 actors usable": the benchmark's W20 (20,000 actors, about 60,000 relations,
 * saved positions), made by the benchmark's own generator, opened with "Open dataset…" as a
 * person opens files, then used as a person would: search for an actor by name, select it,
 * read one of its relations with its quote and source, filter the map, narrow it to a date
 * and ask for the leverage paths from the actor to another. The map is drawn as an overview
 * of its groups (src/cytoscape/groupOverview.ts); every step opens what it needs.
 *
 * The timings are printed, not asserted: `npm run bench` measures them. Each wait is minutes,
 * many times what this 2-core machine takes (about 20 s to open, 5 s to select), so the test
 * fails when the app cannot do it, not when the machine is busy.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedMap, type WrittenMap } from '../../bench/lib/workloads';
import {
  APP_READY,
  BLOCKED,
  blockChunks,
  classesOf,
  forgiveErrors,
  isDrawn,
  readGraph,
  SCREENSHOTS,
  setupBrowser,
} from './harness';

const openApp = setupBrowser();

const MINUTE = 60_000;
/** Opening W20 (checking 60,000 quotes, drawing 80,000 elements): about 20 s here. */
const OPEN_TIMEOUT = 4 * MINUTE;
/** Anything one click or key asks of the open map: selecting an actor takes about 5 s here. */
const STEP_TIMEOUT = 2 * MINUTE;

/**
 * The page's long tasks, and when a file input changed: recorded from before the app's
 * scripts run (an init script for openApp).
 */
const RECORD_LOADING = `(() => {
  const state = { tasks: [], picked: null };
  window.__loading = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') state.picked = performance.now();
  }, true);
})()`;

/**
 * The longest task of the page's while picked files load: after the task in which the browser
 * hands over the files, up to the one that opens the map (the canvas is drawn after it).
 */
function longestLoadingTask(): number {
  const state = (
    window as Window & { __loading?: { tasks: { start: number; duration: number }[]; picked: number | null } }
  ).__loading;
  const ready = performance.getEntriesByName('lm:data-ready').at(-1)?.startTime;
  if (!state || state.picked === null || ready === undefined) throw new Error('the loading was not recorded');
  const { picked } = state;
  return Math.max(
    0,
    ...state.tasks.filter((t) => t.start > picked && t.start <= ready).map((t) => t.duration),
  );
}

/**
 * The most a task of the page's may take while a map loads (the issue asks 100 ms): generous,
 * so that a slow or busy machine cannot fail it. On the 2-core machine the benchmark runs on the
 * longest is 60–90 ms; before the worker's replies were sliced and packed it was 0.6–1.1 s.
 */
const LOADING_TASK_LIMIT = 400;

/** Picks files with "Open dataset…", as a person does, and waits for the map's title. */
async function openFiles(page: Page, files: string[], title: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open dataset…' }).click(),
  ]);
  await chooser.setFiles(files, { timeout: STEP_TIMEOUT });
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: OPEN_TIMEOUT });
}

type Dataset = WrittenMap['dataset'];
type Relation = Dataset['relations'][number];

let folder = '';
let map: WrittenMap;
let w5: WrittenMap;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'leverage-map-w20-'));
  map = await writeGeneratedMap('W20', path.join(folder, 'w20'));
  w5 = await writeGeneratedMap('W5', path.join(folder, 'w5'));
}, 2 * MINUTE);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * An actor a person could look up by name: the only one with its name (many generated people
 * share theirs), whose name is in no other actor's (so the search has one actor to offer), and
 * who does something to another that a single, undisputed quote supports, and does it once
 * (a generated actor may do the same to the same actor several times, in the same words).
 */
function actorToLookUp(dataset: Dataset): { actor: Dataset['actors'][number]; relation: Relation } {
  const labels = dataset.actors.map((a) => a.label);
  const named = new Map<string, number>();
  for (const label of labels) named.set(label, (named.get(label) ?? 0) + 1);
  // Looked up by name, it is the only actor offered: the paths' "From" and "To" take it too.
  const ownName = (label: string) =>
    named.get(label) === 1 && !labels.some((other) => other !== label && other.includes(label));
  for (const actor of dataset.actors) {
    if (actor.type !== 'company' || !ownName(actor.label)) continue;
    const own = dataset.relations.filter((r) => r.source === actor.id);
    const relation = own.find(
      (r) =>
        r.evidence.length === 1 &&
        ownName(labelOf(dataset, r.target)) &&
        !r.contested &&
        !own.some((o) => o !== r && o.target === r.target && o.label === r.label),
    );
    if (relation) return { actor, relation };
  }
  throw new Error(
    'W20 has no company with a name of its own and a relation of its own to an actor with a name of its own',
  );
}

function labelOf(dataset: Dataset, id: string): string {
  const actor = dataset.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`no actor ${id}`);
  return actor.label;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function timed<T>(what: string, times: Record<string, number>, step: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await step();
  times[what] = Date.now() - start;
  return result;
}

/** The numbers the legend gives: "Showing 15259 of 20000 actors · 44501 of 59760 relations". */
async function shownCounts(page: Page): Promise<{ actors: number; relations: number }> {
  const text = (await page.getByRole('complementary', { name: 'Legend and filters' }).textContent()) ?? '';
  const match = /Showing (\d+) of \d+ actors · (\d+) of \d+ relations/.exec(text);
  if (!match) throw new Error(`no counts in the legend: ${text.slice(0, 120)}`);
  return { actors: Number(match[1]), relations: Number(match[2]) };
}

/** What the canvas draws now: its nodes, the groups among them, and whether `id` is drawn. */
function canvas(page: Page, id: string) {
  return page.evaluate((id) => {
    const host = document.querySelector('.graph-canvas-surface') as unknown as {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const { cy } = host._cyreg;
    return {
      nodes: cy.nodes().length,
      groups: cy.nodes('.group').length,
      drawn: cy.getElementById(id).nonempty(),
    };
  }, id);
}

function details(page: Page) {
  return page.getByRole('complementary', { name: 'Details' });
}

describe('a map of 20,000 actors (the benchmark’s W20)', () => {
  it(
    'opens as an overview through "Open dataset…", finds an actor by name, reads one of its relations, filters it, narrows it to a date and finds leverage paths',
    async () => {
      const { dataset } = map;
      expect(dataset.actors).toHaveLength(20_000);
      const { actor, relation } = actorToLookUp(dataset);
      const target = labelOf(dataset, relation.target);
      const quote = relation.evidence[0]!;
      const source = dataset.sources.find((s) => s.id === quote.source)!;
      const times: Record<string, number> = {};

      const { page } = await openApp('/', { init: RECORD_LOADING });
      await timed('open', times, async () => {
        await openFiles(page, map.files, dataset.title);
        await page.waitForSelector(APP_READY, { timeout: OPEN_TIMEOUT });
      });
      // Loading and checking left the page free: no long task from the pick to the map's opening.
      const longest = await page.evaluate(longestLoadingTask);
      times['longest loading task'] = Math.round(longest);
      expect(longest).toBeLessThan(LOADING_TASK_LIMIT);
      // Drawn as an overview: groups, far fewer elements than the map holds, and a note saying so.
      await page
        .getByText(/^20,000 actors drawn as [\d,]+ groups of closely linked actors/)
        .waitFor({ timeout: STEP_TIMEOUT });
      const overview = await canvas(page, actor.id);
      expect(overview.groups).toBeGreaterThan(10);
      expect(overview.nodes).toBeLessThan(5_000);
      // What the map holds, as the panel says it before anything is selected.
      const counts = `${dataset.actors.length.toLocaleString('en-GB')} actors · ${dataset.relations.length.toLocaleString('en-GB')} relations`;
      await details(page).getByText(counts).waitFor({ timeout: STEP_TIMEOUT });

      const search = page.getByRole('combobox', { name: 'Search' });
      const option = page.getByRole('option', {
        name: new RegExp(`^Actor ${escaped(actor.label)} Company$`),
      });
      await timed('search', times, async () => {
        await search.fill(actor.label);
        await option.waitFor({ timeout: STEP_TIMEOUT });
      });
      // The best match comes first: Enter would take it too.
      expect(await page.getByRole('option').first().textContent()).toBe(await option.textContent());

      await timed('select', times, async () => {
        await option.click();
        await details(page)
          .getByRole('heading', { level: 2, name: actor.label, exact: true })
          .waitFor({ timeout: STEP_TIMEOUT });
      });
      // Its group is open on the canvas: the actor is drawn, and selected.
      await expect.poll(async () => (await canvas(page, actor.id)).drawn).toBe(true);
      await expect.poll(() => classesOf(page, actor.id)).toContain('is-selected');
      // The actor's relations, listed under "Relations (n)" (its levers list some of them too).
      const relations = details(page)
        .locator('section')
        .filter({ has: page.getByRole('heading', { level: 3, name: /^Relations \(\d+\)$/ }) });
      const sentence = `${actor.label} ${relation.label} ${target}`;
      const relationButton = relations.getByRole('button', { name: sentence, exact: true });
      await relationButton.waitFor({ timeout: STEP_TIMEOUT });

      await timed('read relation', times, async () => {
        await relationButton.click();
        await details(page)
          .getByRole('heading', {
            level: 2,
            name: `${actor.label} → ${target}: ${relation.label}`,
            exact: true,
          })
          .waitFor({ timeout: STEP_TIMEOUT });
      });
      const shown = details(page);
      await shown.getByText(relation.claim, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
      const figure = shown.getByRole('figure').filter({ hasText: quote.quote });
      await figure.waitFor({ timeout: STEP_TIMEOUT });
      const credit = (await figure.locator('figcaption').textContent()) ?? '';
      expect(credit).toContain(source.title);
      expect(credit).toContain(source.publisher);
      expect(await figure.getByRole('button', { name: 'Show in source' }).isVisible()).toBe(true);
      expect(new URL(page.url()).searchParams.get('sel')).toBe(`relation:${relation.id}`);

      await page.screenshot({ path: `${SCREENSHOTS}/w20-relation.png` });

      // Filters: hiding companies hides the actor (a company) and every group of companies only.
      const all = await shownCounts(page);
      const companies = dataset.actors.filter((a) => a.type === 'company').length;
      const legend = page.getByRole('complementary', { name: 'Legend and filters' });
      await timed('filter', times, async () => {
        await legend.getByRole('button', { name: /^Companies/ }).click();
        await expect
          .poll(() => shownCounts(page), { timeout: STEP_TIMEOUT })
          .toEqual(expect.objectContaining({ actors: all.actors - companies }));
        await expect.poll(() => classesOf(page, actor.id), { timeout: STEP_TIMEOUT }).toContain('hidden');
      });
      await legend.getByRole('button', { name: /^Companies/ }).click();
      await expect.poll(() => shownCounts(page), { timeout: STEP_TIMEOUT }).toEqual(all);

      // The timeline: at its first month only the relations begun by then, the undated ones aside.
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      const timeline = page.getByRole('region', { name: 'Timeline' });
      const slider = timeline.getByRole('slider', { name: 'As of' });
      await timed('timeline', times, async () => {
        await slider.focus();
        await page.keyboard.press('Home');
        await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe('All dates');
        await expect
          .poll(async () => (await shownCounts(page)).relations, { timeout: STEP_TIMEOUT })
          .toBeLessThan(all.relations);
      });
      await timeline.getByRole('button', { name: 'All dates' }).click();
      await expect.poll(() => shownCounts(page), { timeout: STEP_TIMEOUT }).toEqual(all);

      // Leverage paths from the actor to the one it acts on: the chosen path is drawn, its
      // actors' groups opened.
      await page.getByRole('button', { name: 'Paths', exact: true }).click();
      const paths = page.getByRole('region', { name: 'Leverage paths' });
      await timed('paths', times, async () => {
        await paths.getByRole('combobox', { name: 'From' }).fill(actor.label);
        await page.keyboard.press('Enter');
        await paths.getByRole('combobox', { name: 'To' }).fill(target);
        await page.keyboard.press('Enter');
        const first = paths.getByRole('list', { name: 'Paths' }).locator(':scope > li > button').first();
        await first.waitFor({ timeout: STEP_TIMEOUT });
        await first.click();
        await expect
          .poll(() => classesOf(page, relation.target), { timeout: STEP_TIMEOUT })
          .toContain('path-actor');
      });
      await page.screenshot({ path: `${SCREENSHOTS}/w20-path.png` });
      console.log(`W20 (${actor.label} → ${target}), ms:`, JSON.stringify(times));
    },
    10 * MINUTE,
  );
});

describe('a map of 5,000 actors made one’s own', () => {
  it(
    'is saved with every actor where it stands, groups aside, and opens again after a reload',
    async () => {
      const { page } = await openApp('/');
      await openFiles(page, w5.files, w5.dataset.title);
      await page.getByText(/^5,000 actors drawn as [\d,]+ groups/).waitFor({ timeout: OPEN_TIMEOUT });
      await page.getByRole('button', { name: 'Edit map' }).click();
      await page
        .getByRole('toolbar', { name: 'Map' })
        .getByText(/saved in this browser/)
        .waitFor({ timeout: STEP_TIMEOUT });
      // Reopened at the start, from the browser's storage: as it was, not the bundled map.
      await page.reload();
      await page
        .getByRole('heading', { level: 1, name: w5.dataset.title })
        .waitFor({ timeout: OPEN_TIMEOUT });
      await page.waitForSelector(APP_READY, { timeout: OPEN_TIMEOUT });
      expect(await page.getByText('Your last map could not be reopened').count()).toBe(0);
      await page.getByText(/^5,000 actors drawn as [\d,]+ groups/).waitFor({ timeout: OPEN_TIMEOUT });
    },
    5 * MINUTE,
  );
});

describe('a map of 5,000 actors whose overview cannot be fetched', () => {
  it(
    'is drawn whole, the notice says so, and Try again draws it as its groups',
    async () => {
      let unblock = async () => {};
      const app = await openApp('/', {
        before: async (page) => {
          unblock = await blockChunks(page, /\/groupOverview-[\w-]+\.js$/);
        },
      });
      const { page } = app;
      await openFiles(page, w5.files, w5.dataset.title);
      const failed = page
        .getByRole('alert')
        .filter({ hasText: 'The groups of this large map could not be loaded' });
      await failed.waitFor({ timeout: OPEN_TIMEOUT });
      await page.waitForSelector(APP_READY, { timeout: OPEN_TIMEOUT });
      // Drawn whole: every actor, no group.
      const drawn = () =>
        readGraph(page, (cy) => ({ nodes: cy.nodes().length, groups: cy.nodes('.group').length }));
      expect(await drawn()).toEqual({ nodes: 5_000, groups: 0 });

      await unblock();
      await failed.getByRole('button', { name: 'Try again' }).click();
      await page
        .getByText(/^5,000 actors drawn as [\d,]+ groups of closely linked actors/)
        .waitFor({ timeout: OPEN_TIMEOUT });
      const overview = await drawn();
      expect(overview.groups).toBeGreaterThan(10);
      expect(overview.nodes).toBeLessThan(5_000);
      forgiveErrors(app.errors, BLOCKED);
    },
    5 * MINUTE,
  );
});

describe('a story presented on a large map’s overview', () => {
  it(
    "presents a story on W5's overview: each slide opens the groups of what it shows, and the end closes them",
    async () => {
      // Two actors far apart and a relation elsewhere, all inside groups when the map opens.
      const [a, b] = [w5.dataset.actors[10]!.id, w5.dataset.actors[4000]!.id];
      const relation = w5.dataset.relations[12000]!;
      const storied = {
        ...w5.dataset,
        stories: [
          {
            id: 'tour',
            title: 'A tour of the overview',
            slides: [
              { title: 'Two far actors', text: 'Two actors far apart.', show: [a, b] },
              { title: 'One relation', text: 'One relation.', show: [relation.id], highlight: [relation.id] },
            ],
          },
        ],
      };
      const file = path.join(folder, 'w5-story', 'dataset.json');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(storied));
      const app = await openApp();
      const { page } = app;
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Open dataset…' }).click(),
      ]);
      // Its texts are found by name, as when a browser does not say which folder they came from.
      await chooser.setFiles([file, ...w5.files.slice(1)], { timeout: STEP_TIMEOUT });
      await page
        .getByText(/^5,000 actors drawn as [\d,]+ groups of closely linked actors/)
        .waitFor({ timeout: OPEN_TIMEOUT });
      await page.waitForSelector(APP_READY, { timeout: OPEN_TIMEOUT });
      const drawn = (ids: string[]) => Promise.all(ids.map((id) => isDrawn(page, id)));
      const shown = (ids: string[]) =>
        Promise.all(ids.map(async (id) => (await isDrawn(page, id)) && (await classesOf(page, id))));
      expect(await drawn([a, b, relation.id])).toEqual([false, false, false]);

      await page.getByRole('button', { name: /Present/ }).click();
      await page
        .getByRole('dialog', { name: 'Present a story' })
        .getByRole('button', { name: /A tour of the overview/ })
        .click();
      const slide = (title: string) =>
        page
          .getByRole('complementary', { name: 'Slide' })
          .getByRole('heading', { name: title })
          .waitFor({ timeout: STEP_TIMEOUT });
      await slide('Two far actors');
      await expect
        .poll(() => shown([a, b]), { timeout: STEP_TIMEOUT })
        .toEqual([expect.arrayContaining(['story-shown']), expect.arrayContaining(['story-shown'])]);

      await page.keyboard.press('ArrowRight');
      await slide('One relation');
      await expect
        .poll(() => shown([relation.id]), { timeout: STEP_TIMEOUT })
        .toEqual([expect.arrayContaining(['story-highlight'])]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'w5-story-slide.png') });

      await page.keyboard.press('Escape');
      await expect
        .poll(() => drawn([a, b, relation.id]), { timeout: STEP_TIMEOUT })
        .toEqual([false, false, false]);
    },
    5 * MINUTE,
  );
});
