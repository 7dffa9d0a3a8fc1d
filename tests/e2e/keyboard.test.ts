/** The app from the keyboard alone: search, the reader's keys, the map's arrows, skip links, presenting. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './harness';

const openApp = setupBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', text: el?.textContent.trim() ?? '' };
  });

const detailsHeading = (page: Page) =>
  page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent();

describe('the keyboard alone', () => {
  it('moves focus to the chosen search result’s Details heading, so the next keys act on it', async () => {
    const { page } = await openApp('/');
    await page.keyboard.press('/');
    await page.keyboard.type('Lithuania');
    // Typing into the search box fires no shortcut: "l" did not toggle the relation list.
    expect(await page.getByRole('table', { name: 'Relations' }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H2', id: '', text: 'Lithuania' });
    expect(await page.getByRole('combobox', { name: 'Search' }).inputValue()).toBe('Lithuania');
    // From the heading, a letter is a shortcut again: L opens the list.
    await page.keyboard.press('l');
    await page.getByRole('table', { name: 'Relations' }).waitFor();
  });

  it('steps through the reader’s quotes with N and P wherever focus is, while it is open', async () => {
    const { page } = await openApp('/?sel=relation:us-lifts-potash-sanctions-belaruskali');
    await page
      .getByRole('button', { name: /Show in source/ })
      .first()
      .click();
    const reader = page.getByRole('complementary', { name: 'Source reader' });
    const position = () => reader.locator('.reader-position').textContent();
    await reader.locator('.reader-position').waitFor();
    const start = Number.parseInt((await position()) ?? '', 10);
    // Focus away from the reader: on the map.
    await page.locator('#map').focus();
    await page.keyboard.press('n');
    await expect.poll(position).toBe(`${start + 1} of `);
    await page.keyboard.press('p');
    await expect.poll(position).toBe(`${start} of `);
    // P went to the reader, not to the leverage paths panel.
    expect(await page.getByRole('complementary', { name: /Leverage paths/ }).count()).toBe(0);
  });

  it('skips to the map, and moves between neighbours with the arrows, saying where it went', async () => {
    const { page } = await openApp('/');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to map');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('map');
    const live = page.locator('#map ~ [role="status"][aria-live="polite"]');
    // The first arrow lands on the most connected actor.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toMatch(/^Belarus, state, \d+ neighbours\.$/);
    expect(await detailsHeading(page)).toBe('Belarus');
    // The next one follows a relation to a neighbour, and says which.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => live.textContent()).toMatch(/Via: .+\./);
    const reached = await detailsHeading(page);
    expect(reached).not.toBe('Belarus');
    expect(await live.textContent()).toContain(reached);
    // Enter opens its details: focus on the heading.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: reached });
  });

  it('skips to the relation list, opening it first', async () => {
    const { page } = await openApp('/');
    expect(await page.getByRole('table', { name: 'Relations' }).count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to relation list');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Relations' }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('TR');
  });

  it('returns focus to “Present” when a presentation is left with Esc', async () => {
    const { page } = await openApp('/?story=the-border&slide=2');
    await page.getByRole('complementary', { name: 'Slide' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Present/ }).waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('present-button');
  });
});
