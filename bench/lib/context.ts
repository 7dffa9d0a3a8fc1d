/** A fresh browser context as every run gets one: the benchmark's viewport at device pixel ratio 1. */
import type { Browser, BrowserContext } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 720 };

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // tsx compiles with esbuild's keepNames, which wraps inner functions in __name(); the
  // functions handed to the page carry those calls with them, so the page needs the helper.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}
