/** Drives the built app in headless Chromium: one browser per test file, a fresh page per test. */
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { LAUNCH_FLAGS } from '../../scripts/lib/browser';

/** The graph drawn and the panels around it filled in (they load just after the graph). */
export const APP_READY = '.workspace[data-ready="true"] [data-graph-ready="true"]';

export interface AppPage {
  page: Page;
  /** Console errors and page errors seen so far; every test fails if any remain. */
  errors: string[];
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
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
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

/**
 * Takes out of `errors` the console errors a test caused on purpose (a blocked chunk, an
 * injected fault), so that any other error still fails the test.
 */
export function forgiveErrors(errors: string[], expected: RegExp): void {
  const kept = errors.filter((e) => !expected.test(e));
  errors.splice(0, errors.length, ...kept);
}
