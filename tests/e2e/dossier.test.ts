/**
 * The offline copy: made in the built app with "Download as a single web page", then opened
 * from disk (file://) with every request but the file itself refused, as on a laptop with no
 * connection. It must draw the map at its saved positions, show quotes with their sources,
 * read a source and present a story, with no console error and no other request made.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  APP_READY,
  forgiveErrors,
  readGraph,
  recordPolicyViolations,
  SCREENSHOTS,
  setupBrowser,
} from './harness';

const openApp = setupBrowser();
/** The most the Belarus map's copy may weigh (issue 16). */
const MAX_BYTES = 1_500_000;

/** Makes the copy in the app, as a reader would, and keeps it on disk. */
async function downloadCopy(page: Page): Promise<{ name: string; file: string; bytes: Buffer }> {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a single web page' }).click(),
  ]);
  const name = download.suggestedFilename();
  const bytes = readFileSync(await download.path());
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'leverage-dossier-')), name);
  writeFileSync(file, bytes);
  return { name, file, bytes };
}

interface OfflinePage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Every request the page made, allowed or not. */
  requests: string[];
}

const opened: OfflinePage[] = [];
afterEach(async () => {
  for (const { context } of opened.splice(0)) await context.close();
});

/** Opens the file in a fresh context with no network: only file: requests go through. */
async function openOffline(page: Page, file: string): Promise<OfflinePage> {
  const browser = page.context().browser()!;
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  await context.setOffline(true);
  await context.addInitScript(recordPolicyViolations);
  const offline = await context.newPage();
  offline.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  offline.on('pageerror', (e) => errors.push(e.message));
  // Every request, the refused ones too.
  offline.on('request', (r) => requests.push(r.url()));
  const result = { page: offline, context, errors, requests };
  opened.push(result);
  await offline.goto(pathToFileURL(file).href);
  return result;
}

describe('the offline copy in one web page', () => {
  it('is made from the Export menu, opens from disk with no network, and presents a story', async () => {
    const { page } = await openApp('/');
    const onScreen = await readGraph(page, (cy) =>
      Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
    );
    const copy = await downloadCopy(page);
    console.log(
      `offline copy of the Belarus map: ${copy.name}, ${copy.bytes.length.toLocaleString('en')} bytes`,
    );
    expect(copy.name).toBe('belarus-between-washington-s-thaw-and-europe-s-border.html');
    expect(copy.bytes.length).toBeLessThanOrEqual(MAX_BYTES);

    const { page: offline, errors, requests } = await openOffline(page, copy.file);
    await offline.waitForSelector(APP_READY, { timeout: 20_000 });
    expect(await offline.title()).toBe(
      "Belarus between Washington's thaw and Europe's border · Leverage Map",
    );
    // The actors where they were on screen when the copy was made.
    const drawn = await readGraph(offline, (cy) =>
      Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
    );
    for (const [id, at] of Object.entries(onScreen)) {
      expect(drawn[id]?.x, id).toBeCloseTo(at.x, 0);
      expect(drawn[id]?.y, id).toBeCloseTo(at.y, 0);
    }
    // Read-only: nothing opens, saves or exports a map; every source is credited under the map.
    expect(await offline.getByRole('button', { name: /Open dataset/ }).count()).toBe(0);
    expect(await offline.getByText('Export', { exact: true }).count()).toBe(0);
    expect(await offline.getByRole('button', { name: /Edit map|New map|My maps/ }).count()).toBe(0);
    const credits = offline.getByRole('contentinfo', { name: 'Sources and credits' });
    expect(await credits.isVisible()).toBe(true);
    const credit = (await credits.textContent()) ?? '';
    for (const text of [
      'Belarus at the Border: The Limits of Reengagement',
      'Carnegie Endowment for International Peace',
      '17 December 2025',
      'European Council on Foreign Relations (ECFR)',
      'The texts belong to their publishers',
    ])
      expect(credit).toContain(text);
    await offline.screenshot({ path: `${SCREENSHOTS}/dossier-offline.png` });
    expect(await axeViolations(offline)).toEqual([]);

    // An actor, then one of its relations: the quote with its source's title, publisher and date.
    const box = (await offline.locator('.graph-canvas-surface').boundingBox())!;
    const belaruskali = await readGraph(offline, (cy) => cy.$id('belaruskali').renderedPosition());
    await offline.mouse.click(box.x + belaruskali.x, box.y + belaruskali.y);
    const details = offline.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { level: 2, name: 'Belaruskali' }).waitFor();
    await details
      .getByRole('button', { name: /United States lifted/ })
      .first()
      .click();
    await details.getByRole('heading', { level: 2, name: /United States → Belaruskali/ }).waitFor();
    const quote = details.locator('figure.quote').filter({ hasText: 'Belarus at the Border' }).first();
    expect(await quote.locator('blockquote').textContent()).toContain('potash');
    expect(await quote.locator('figcaption').textContent()).toMatch(
      /Belarus at the Border: The Limits of Reengagement, Carnegie Endowment for International Peace, 17 December 2025/,
    );
    // The source reader, with the passage marked.
    await quote.getByRole('button', { name: 'Show in source' }).click();
    const reader = offline.getByRole('complementary', { name: 'Source reader' });
    await reader.locator('mark[aria-current="true"]').first().waitFor();
    expect(await reader.getByRole('heading', { level: 2 }).textContent()).toContain('Belarus at the Border');
    expect(await reader.textContent()).toContain('Carnegie Endowment for International Peace');
    await offline.screenshot({ path: `${SCREENSHOTS}/dossier-reader.png` });

    // A story, slide by slide, with its citations.
    await offline.getByRole('button', { name: /Present/ }).click();
    await offline
      .getByRole('dialog', { name: 'Present a story' })
      .getByRole('button', { name: /The border: closures, balloons and smuggling/ })
      .click();
    const slide = offline.getByRole('complementary', { name: 'Slide' });
    const titles: string[] = [];
    for (let step = 0; step < 3; step++) {
      if (step > 0) await offline.keyboard.press('ArrowRight');
      await expect.poll(() => offline.evaluate(() => location.search)).toContain(`slide=${step + 1}`);
      const title = (await slide.getByRole('heading', { level: 2 }).textContent()) ?? '';
      titles.push(title);
      const footnotes = slide.getByRole('list', { name: 'Sources for this slide' });
      expect(await footnotes.locator('li').count(), `citations on “${title}”`).toBeGreaterThan(0);
      // A quote, then its source's short name.
      expect(await footnotes.locator('li').first().textContent()).toMatch(/\S.{10,}(ECFR|Carnegie)$/);
      expect(await footnotes.locator('cite').first().getAttribute('title')).toMatch(
        /Carnegie Endowment|European Council on Foreign Relations/,
      );
    }
    expect(titles[0]).toMatch(/Zapad-2025/);
    expect(new Set(titles).size).toBe(3);
    await offline.waitForTimeout(700); // the camera glides to the slide
    await offline.screenshot({ path: `${SCREENSHOTS}/dossier-slide-3.png` });

    // Nothing but the file itself was asked for, and nothing went wrong.
    expect(requests.map((url) => url.split('?')[0])).toEqual([pathToFileURL(copy.file).href]);
    expect(errors).toEqual([]);
  });

  it('is also written by `npm run convert`, and opens offline the same way', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leverage-dossier-')), 'belarus.html');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/convert.ts', 'graph-data/belarus/dataset.json', file],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);
    const { page } = await openApp('/');
    const { page: offline, errors, requests } = await openOffline(page, file);
    await offline.waitForSelector(APP_READY, { timeout: 20_000 });
    expect(await readGraph(offline, (cy) => cy.edges('[stance]').not('.bundle').length)).toBe(182);
    expect(requests.map((url) => url.split('?')[0])).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
  });

  it('says so, in an alert, when the template cannot be fetched', async () => {
    const { page, errors } = await openApp('/', {
      before: async (p) => {
        await p.route('**/dossier.html', (route) => route.fulfill({ status: 404, body: 'gone' }));
      },
    });
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Download as a single web page' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'single web page' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /dossier\.html\) could not be fetched \(the server answered 404/,
    );
    forgiveErrors(errors, /status of 404/);
  });
});
