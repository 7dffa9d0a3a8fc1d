/** Drives the built app in headless Chromium: one browser per test file, a fresh page per test. */
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { LAUNCH_FLAGS } from '../../scripts/lib/browser';

/** The graph drawn and the panels around it filled in (they load just after the graph). */
export const APP_READY = '.workspace[data-ready="true"] [data-graph-ready="true"]';

export interface AppPage {
  page: Page;
  /**
   * Console errors, page errors and content security policy violations seen so far, in the
   * page and in the windows it opens; every test fails if any remain.
   */
  errors: string[];
}

/**
 * An init script: every content security policy violation is kept in `window.cspViolations`
 * and reported as a console error, which fails the test. It runs in each document of the
 * page's context before the document's own scripts, popups included.
 */
export function recordPolicyViolations() {
  // On the window, not the document: a blank popup's first document is replaced when it is
  // written into, while its window stays (and may run this script again).
  if ('cspViolations' in window) return;
  const seen: string[] = [];
  Object.defineProperty(window, 'cspViolations', { value: seen });
  window.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    const what = `${e.effectiveDirective} refused ${e.blockedURI || 'inline'}${where} ${e.sample}`;
    seen.push(what.trim());
    console.error(`Content security policy violation: ${what}`);
  });
}

/** The violations recorded so far in the page's window (a navigation starts a new list). */
export async function policyViolations(page: Page): Promise<string[]> {
  const seen = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations);
  if (!seen) throw new Error('No violations recorder in this page: openApp did not set it up.');
  return seen;
}

/** Sets up the browser for a test file; returns a function that opens the app at a path. */
export function setupBrowser(viewport = { width: 1366, height: 768 }) {
  let browser: Browser;
  const open: AppPage[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('browserPath'), args: LAUNCH_FLAGS });
  });
  afterEach(async () => {
    const pages = open.splice(0);
    for (const { page } of pages) await page.close();
    for (const { errors } of pages) expect(errors, 'console errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
  });
  return async function openApp(
    path = '/',
    options: {
      waitForGraph?: boolean;
      size?: { width: number; height: number };
      /** Runs in the page before its own scripts (e.g. to inject a fault). */
      init?: string;
      /** Called before the page loads, e.g. to block a chunk with page.route. */
      before?: (page: Page) => Promise<void>;
    } = {},
  ): Promise<AppPage> {
    const page = await browser.newPage({ viewport: options.size ?? viewport });
    if (options.init) await page.addInitScript(options.init);
    await options.before?.(page);
    const errors: string[] = [];
    const watch = (target: Page) => {
      target.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      target.on('pageerror', (e) => errors.push(e.message));
    };
    watch(page);
    // The presenter's window is a popup of the page: what goes wrong there counts too.
    page.on('popup', watch);
    await page.context().addInitScript(recordPolicyViolations);
    const app = { page, errors };
    open.push(app);
    await page.goto(new URL(path, inject('baseUrl')).href);
    if (options.waitForGraph ?? true) await page.waitForSelector(APP_READY, { timeout: 15_000 });
    return app;
  };
}

export const SCREENSHOTS = 'test-results/screenshots';

/**
 * Runs `read` on the cytoscape instance drawn on the page (cytoscape keeps it on its
 * container) and returns what it returns. `read` runs in the page: it may use only its
 * argument, and must return something that survives JSON.
 */
export function readGraph<T>(page: Page, read: (cy: Core) => T): Promise<T> {
  const source = `(${read.toString()})(document.querySelector('.graph-canvas-surface')._cyreg.cy)`;
  return page.evaluate<T>(source);
}

/** The classes an element of the graph carries now (hidden, time-added, undated…). */
export function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate<string[]>(
    `document.querySelector('.graph-canvas-surface')._cyreg.cy.getElementById(${JSON.stringify(id)}).classes()`,
  );
}

/** Whether an element is drawn on the canvas now (on an overview, not when its group is closed). */
export function isDrawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate<boolean>(
    `document.querySelector('.graph-canvas-surface')._cyreg.cy.getElementById(${JSON.stringify(id)}).nonempty()`,
  );
}

/**
 * Takes out of `errors` the console errors a test caused on purpose (a blocked chunk, an
 * injected fault), so that any other error still fails the test.
 */
export function forgiveErrors(errors: string[], expected: RegExp): void {
  const kept = errors.filter((e) => !expected.test(e));
  errors.splice(0, errors.length, ...kept);
}

/** Blocks the chunks whose file names match until `unblock` is called. */
export async function blockChunks(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const glob = '**/assets/*.js';
  const handler = (route: import('playwright-core').Route) =>
    pattern.test(route.request().url()) ? route.abort('failed') : route.continue();
  await page.route(glob, handler);
  return () => page.unroute(glob, handler);
}

/** The console errors a blocked chunk causes. */
export const BLOCKED =
  /ERR_FAILED|Failed to fetch dynamically imported module|Failed to load module script|net::/;
