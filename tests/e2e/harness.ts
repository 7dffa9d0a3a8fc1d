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
    options: { waitForGraph?: boolean; size?: { width: number; height: number } } = {},
  ): Promise<AppPage> {
    const page = await browser.newPage({ viewport: options.size ?? viewport });
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
