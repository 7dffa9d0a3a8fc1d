import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, setupBrowser } from './harness';

const openApp = setupBrowser();

/** Every source text, white space folded, to check quotes against word for word. */
const SOURCES = ['ecfr-belarus-thaw', 'carnegie-2025-12-17'].map((id) =>
  readFileSync(`graph-data/belarus/sources/${id}.txt`, 'utf8').replace(/\s+/g, ' '),
);

/** The relations the graph itself draws as the path's steps, in order (see usePathView). */
/**
 * The view the URL names, without the camera: the canvas writes `cam=` once it has rested
 * for a moment (see useCameraInUrl), which may or may not have happened yet.
 */
function viewInUrl(page: Page): string {
  const url = new URL(page.url());
  url.searchParams.delete('cam');
  return url.search;
}

async function stepsOnGraph(page: Page): Promise<string[]> {
  const handle = await page.waitForFunction(() =>
    document.querySelector('[data-testid="graph"]')?.getAttribute('data-path-steps'),
  );
  return String(await handle.jsonValue()).split(' ');
}

async function chosenPathSteps(page: Page) {
  const panel = page.getByRole('region', { name: 'Leverage paths' });
  const steps = panel.getByRole('list', { name: /^Steps of path \d+$/ }).locator(':scope > li');
  const count = await steps.count();
  const hops: { quotes: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const quotes = await steps.nth(i).locator('blockquote').allTextContents();
    hops.push({ quotes: quotes.map((q) => q.trim().replace(/\s+/g, ' ')) });
  }
  return hops;
}

describe('asking how the United States can move Lukashenka', () => {
  it('finds ranked paths, lights the chosen one up step by step with a verbatim quote for every step, and keeps it in the URL', async () => {
    const { page } = await openApp('/');
    await page.getByRole('button', { name: 'Paths', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Leverage paths' });
    await panel.getByRole('combobox', { name: 'From' }).fill('United States');
    await page.keyboard.press('Enter');
    await panel.getByRole('combobox', { name: 'To' }).fill('Lukashenka');
    await page.keyboard.press('Enter');

    const list = panel.getByRole('list', { name: 'Paths' });
    const choices = list.locator(':scope > li > button');
    expect(await choices.count()).toBeGreaterThan(1);
    expect(await choices.first().locator('.path-route').textContent()).toBe(
      'United States → Alyaksandr Lukashenka',
    );
    // The second path goes through other actors: choose it.
    const second = choices.nth(1);
    const route = (await second.locator('.path-route').textContent()) ?? '';
    const actorsOnPath = route.split(' → ').length;
    expect(actorsOnPath).toBeGreaterThan(2);
    await second.click();
    expect(await second.getAttribute('aria-expanded')).toBe('true');

    const hops = await chosenPathSteps(page);
    expect(hops).toHaveLength(actorsOnPath - 1);
    for (const [i, hop] of hops.entries()) {
      expect(hop.quotes.length, `quotes for step ${i + 1}`).toBeGreaterThan(0);
      for (const quote of hop.quotes) {
        const bare = quote.replace(/^“|”$/g, '');
        expect(
          SOURCES.some((text) => text.includes(bare)),
          `step ${i + 1} quote is verbatim: ${bare}`,
        ).toBe(true);
      }
    }
    const steps = await stepsOnGraph(page);
    expect(steps).toHaveLength(hops.length);
    expect(viewInUrl(page)).toBe('?paths=1&from=united-states&to=lukashenka&path=2');
    await page.waitForTimeout(500); // the camera glides to the path
    await page.screenshot({ path: `${SCREENSHOTS}/leverage-path.png` });

    // A link restores the same view: the same path open in the panel and drawn on the graph.
    await page.reload();
    await page.waitForSelector('.workspace[data-ready="true"] [data-graph-ready="true"]');
    expect(await stepsOnGraph(page)).toEqual(steps);
    expect(await chosenPathSteps(page)).toEqual(hops);
    expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('United States');

    // Back steps to the view before the path was chosen.
    await page.goBack();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="graph"]')?.hasAttribute('data-path-steps'),
    );
    expect(viewInUrl(page)).toBe('?paths=1&from=united-states&to=lukashenka');
  });

  it('answers who has leverage over Lithuania from the actor’s details and the P key', async () => {
    const { page } = await openApp('/?sel=actor:lithuania');
    const details = page.getByRole('complementary', { name: 'Details' });
    const over = details.getByRole('heading', { level: 3, name: 'Leverage over Lithuania' });
    await over.waitFor();
    const section = over.locator('xpath=..');
    expect(await section.textContent()).toMatch(/Pressure \(can hurt\)/);
    expect(await section.getByRole('button', { name: /^Belarus .+ Lithuania$/ }).count()).toBeGreaterThan(0);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('p');
    await page.getByRole('region', { name: 'Leverage paths' }).waitFor();
    // Ready to type: From has focus, so a "p" now is a letter, not the shortcut.
    await page.waitForFunction(() => document.activeElement?.id === 'path-from');
    await page.keyboard.type('pol');
    expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('pol');
    expect(await page.getByRole('region', { name: 'Leverage paths' }).isVisible()).toBe(true);
    // The legend button takes the column back.
    await page.getByRole('button', { name: 'Legend & filters' }).click();
    await page.getByRole('region', { name: 'Leverage paths' }).waitFor({ state: 'detached' });
    await page.getByRole('complementary', { name: 'Legend and filters' }).waitFor();
  });

  it('sizes the map by brokerage from the legend and ranks who holds leverage', async () => {
    const { page } = await openApp('/?size=brokerage');
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    expect(await legend.getByRole('combobox', { name: 'Size by' }).inputValue()).toBe('brokerage');
    await legend.getByText('Who holds leverage').click();
    const table = legend.getByRole('table', { name: 'Who holds leverage' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(15);
    expect(await table.getByRole('columnheader', { name: 'Broker' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/size-by-brokerage.png` });
  });
});
