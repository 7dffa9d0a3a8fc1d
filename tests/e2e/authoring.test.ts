/**
 * Making a map of one's own in the built app: from a pasted article to quoted relations, a
 * deal and a slide; undo and redo; everything still there after a reload or a crash; and
 * the downloaded file opening as the same map.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LAUNCH_FLAGS } from '../../scripts/lib/browser';
import { loadDataset } from '../../src/io/loadDataset';
import { APP_READY, readGraph, SCREENSHOTS, setupBrowser } from './harness';

const openApp = setupBrowser();
const ARTICLE = readFileSync(path.resolve('tests/fixtures/sources/harbour.txt'), 'utf8');

/** Selects words of the source in the reader, as a drag would. */
async function selectInReader(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('.reader-text');
    if (!root) throw new Error('no reader open');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the reader: ${wanted}`);
  }, words);
}

/** Chooses an actor in a From/To combobox, making it when `type` is given. */
async function chooseActor(page: Page, end: 'From' | 'To', name: string, type?: string) {
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  await dialog.getByRole('combobox', { name: end, exact: true }).fill(name);
  const option = type ? `New actor “${name}”` : name;
  await dialog
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .first()
    .click();
  if (type) {
    await dialog
      .getByRole('group', { name: `New actor “${name}”` })
      .getByRole('combobox', { name: 'Actor type' })
      .selectOption(type);
  }
}

async function relationFromSelection(
  page: Page,
  words: string,
  relation: { from: [string, string?]; to: [string, string?]; type: string; claim: string },
) {
  await selectInReader(page, words);
  await page.getByRole('button', { name: 'New relation from selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  await expect.poll(() => dialog.locator('blockquote').textContent()).toContain(words);
  await chooseActor(page, 'From', ...relation.from);
  await chooseActor(page, 'To', ...relation.to);
  await dialog.getByRole('combobox', { name: 'Type', exact: true }).selectOption(relation.type);
  await dialog.getByRole('textbox', { name: 'Claim' }).fill(relation.claim);
  await dialog.getByRole('button', { name: 'Save relation' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * A full disk, as the browser reports it: the transaction that would store more aborts with
 * a QuotaExceededError once its first write is done, while `window.__diskFull` is true. (Chromium's quota override over
 * CDP does not stop IndexedDB writes, so the refusal is made where the browser makes it.)
 */
const FULL_DISK = `
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    if (window.__diskFull) {
      // As a browser does when it commits more than the site may keep.
      const transaction = this.transaction;
      request.addEventListener('success', () => {
        if (transaction.error) return;
        Object.defineProperty(transaction, 'error', {
          value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        });
        transaction.abort();
      });
    }
    return request;
  };
`;

const relationsOnMap = (page: Page) =>
  readGraph(page, (cy) => cy.edges().filter((e) => !e.data('bundle') && !e.data('partOf')).length);
const actorsOnMap = (page: Page) => readGraph(page, (cy) => cy.nodes().length);

async function waitForSaved(page: Page) {
  await page
    .getByRole('toolbar', { name: 'Map' })
    .getByText(/saved in this browser/)
    .waitFor();
}

/** After a reload or in a new tab: the map of one's own is open again, drawn. */
async function waitForOwnMapReopened(page: Page) {
  await page.waitForSelector(APP_READY, { timeout: 15_000 });
  await page
    .getByRole('toolbar', { name: 'Map' })
    .getByText(/Your map/)
    .waitFor();
}

describe('a map of one’s own', () => {
  it('is made from a pasted article, quoted relation by relation, and comes back after a reload and as a file', async () => {
    const { page } = await openApp('/');
    await page.getByRole('button', { name: 'New map' }).click();
    await page
      .getByRole('dialog', { name: 'New map' })
      .getByRole('textbox', { name: 'Title' })
      .fill('Harbour story');
    await page.getByRole('button', { name: 'Create map' }).click();

    const source = page.getByRole('dialog', { name: 'Add source' });
    await source.getByRole('textbox', { name: 'Title' }).fill('Harbour Notes');
    await source.getByRole('textbox', { name: 'Publisher' }).fill('Leverage Map tests');
    await source.getByRole('textbox', { name: 'Published' }).fill('2024-03');
    await source.getByRole('textbox', { name: 'Source text' }).fill(ARTICLE);
    await source.getByRole('button', { name: 'Save source' }).click();
    await page
      .getByRole('complementary', { name: 'Source reader' })
      .getByText('Harbour Notes')
      .first()
      .waitFor();

    // An empty selection is refused in words, and nothing opens.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.getByRole('button', { name: 'New relation from selection' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing is selected' }).waitFor();

    await relationFromSelection(page, 'The Republic of Avalon closed its harbour to ships from Brightland', {
      from: ['Avalon', 'state'],
      to: ['Brightland', 'state'],
      type: 'border_closure',
      claim: 'Avalon shut its harbour to Brightland’s ships.',
    });
    await relationFromSelection(page, 'Avalon released four detained sailors', {
      from: ['Avalon'],
      to: ['Detained sailors', 'group'],
      type: 'prisoner_release',
      claim: 'Avalon freed four sailors.',
    });
    await relationFromSelection(page, 'Brightland then lifted the fishing ban it had imposed on Avalon', {
      from: ['Brightland'],
      to: ['Avalon'],
      type: 'sanctions_relief',
      claim: 'Brightland lifted its fishing ban on Avalon.',
    });
    await expect.poll(() => actorsOnMap(page)).toBe(3);
    await expect.poll(() => relationsOnMap(page)).toBe(3);
    // Each quote is marked in the reader at once.
    expect(await page.locator('.reader-text mark').count()).toBeGreaterThanOrEqual(3);

    // A deal from two of them, quoting one of their passages.
    await page.getByRole('button', { name: 'Link as a deal' }).click();
    const deal = page.getByRole('dialog', { name: 'Link as a deal' });
    const members = deal.getByRole('group', { name: /^Relations in the deal/ });
    await members.getByRole('checkbox', { name: /releases/ }).check();
    await members.getByRole('checkbox', { name: /^Brightland lifts/ }).check();
    await deal.getByRole('textbox', { name: 'Label' }).fill('Sailors for fish');
    await deal
      .getByRole('textbox', { name: 'Summary' })
      .fill('Avalon freed the sailors; Brightland lifted its ban.');
    await deal
      .getByRole('group', { name: 'Evidence that it is a trade' })
      .getByRole('checkbox')
      .first()
      .check();
    await deal.getByRole('button', { name: 'Save deal' }).click();
    await deal.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Sailors for fish' }).waitFor();

    // The view as a slide of a new story: now there is something to present.
    await page.getByRole('button', { name: 'Add this view as a slide' }).click();
    const slide = page.getByRole('dialog', { name: 'Add this view as a slide' });
    await slide.getByRole('textbox', { name: 'Story title' }).fill('The harbour trade');
    await slide.getByRole('textbox', { name: 'Slide title' }).fill('Sailors for fish');
    await slide.getByRole('textbox', { name: 'Slide text' }).fill('A release traded for a lifted ban.');
    await slide.getByRole('button', { name: 'Save slide' }).click();
    await slide.waitFor({ state: 'detached' });
    const present = page.getByRole('button', { name: '▶ Present' });
    await expect.poll(() => present.isEnabled()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/authoring-made.png` });

    // Undo takes the story back; redo puts it back; the buttons say what they do.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.getAttribute('title')).toMatch(/^Undo: add story “The harbour trade”/);
    await page.locator('body').press('Control+z');
    await expect.poll(() => present.isEnabled()).toBe(false);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => present.isEnabled()).toBe(true);
    await expect.poll(() => actorsOnMap(page)).toBe(3);

    // Reload: the same map, everything in it.
    await waitForSaved(page);
    await page.reload();
    await page.waitForSelector(APP_READY, { timeout: 15_000 });
    await page.getByRole('heading', { level: 1, name: 'Harbour story' }).waitFor();
    await expect.poll(() => relationsOnMap(page)).toBe(3);
    await expect.poll(() => present.isEnabled()).toBe(true);

    // Download: one file that the loader accepts as the same map, and that opens in the app.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const file = await (await download).path();
    const loaded = await loadDataset({
      file: 'harbour-story.json',
      content: readFileSync(file),
      readText: () => Promise.resolve(undefined),
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path} ${i.message}`).join('\n'));
    expect(loaded.dataset.relations).toHaveLength(3);
    expect(loaded.dataset.deals).toHaveLength(1);
    expect(loaded.dataset.stories[0]?.slides).toHaveLength(1);
    expect(Object.values(loaded.texts)).toEqual([ARTICLE]);
    await page.getByLabel('Dataset files').setInputFiles({
      name: 'harbour-story.json',
      mimeType: 'application/json',
      buffer: readFileSync(file),
    });
    await page
      .getByRole('toolbar', { name: 'Map' })
      .getByText(/Read-only/)
      .waitFor();
    await page.getByRole('heading', { level: 1, name: 'Harbour story' }).waitFor();
    await expect.poll(() => relationsOnMap(page)).toBe(3);
  });

  it('says when the browser’s storage is full, keeps the edits on screen and in a download, and saves once there is room', async () => {
    const { page } = await openApp('/?sel=relation:trump-thaw-pressures-eu', { init: FULL_DISK });
    const before = await relationsOnMap(page);
    await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));
    const status = page.getByRole('toolbar', { name: 'Map' }).getByRole('status');

    await page.getByRole('button', { name: 'Edit map' }).click();
    await status.getByText(/its storage for this site is full/).waitFor();
    expect(await status.textContent()).toMatch(/Download the map so nothing is lost/);
    // Edits go on, on screen, while they cannot be stored.
    await page.getByRole('button', { name: 'Delete relation' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => relationsOnMap(page)).toBe(before - 1);
    await status.getByText(/its storage for this site is full/).waitFor();

    // The download has the edit.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const loaded = await loadDataset({
      file: 'download.json',
      content: readFileSync(await (await download).path()),
      readText: () => Promise.resolve(undefined),
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path} ${i.message}`).join('\n'));
    expect(loaded.dataset.relations).toHaveLength(before - 1);
    expect(loaded.dataset.relations.some((r) => r.id === 'trump-thaw-pressures-eu')).toBe(false);

    // Room again (as after deleting maps): the next edit stores everything, and a reload finds it.
    await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = false));
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await waitForSaved(page);
    await page.reload();
    await waitForOwnMapReopened(page);
    await expect.poll(() => relationsOnMap(page)).toBe(before - 1);
  });

  it('keeps an edit made half a second before the tab crashed', async () => {
    // A context of our own, so a second tab can open the app after the first one crashes.
    const browser = await chromium.launch({ executablePath: inject('browserPath'), args: LAUNCH_FLAGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const errors: string[] = [];
      const watch = (tab: Page) => tab.on('pageerror', (e) => errors.push(e.message));
      const page = await context.newPage();
      watch(page);
      await page.goto(new URL('/?sel=relation:trump-thaw-pressures-eu', inject('baseUrl')).href);
      await page.waitForSelector(APP_READY, { timeout: 15_000 });
      const before = await relationsOnMap(page);
      await page.getByRole('button', { name: 'Edit map' }).click();
      // The editable copy is stored first (the whole map, once); the edit under test follows.
      await page
        .getByRole('toolbar', { name: 'Map' })
        .getByText(/saved in this browser/)
        .waitFor();
      await page.getByRole('button', { name: 'Delete relation' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => relationsOnMap(page)).toBe(before - 1);
      await page.waitForTimeout(600);
      // The tab's renderer dies: nothing of the page runs after this, not even pagehide.
      const crashed = page.waitForEvent('crash');
      const cdp = await context.newCDPSession(page);
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
      const reopened = await context.newPage();
      watch(reopened);
      await reopened.goto(new URL('/', inject('baseUrl')).href);
      await waitForOwnMapReopened(reopened);
      await expect.poll(() => relationsOnMap(reopened)).toBe(before - 1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
