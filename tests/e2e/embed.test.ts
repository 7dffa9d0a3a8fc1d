/**
 * The map embedded in an article (?embed=1): the view its address names, read-only, with a
 * legend toggle and a card of what is clicked with its quotes and a way to the full app; and
 * "Copy embed code" in the full app, which gives the frame for the view on screen. The app's
 * header forbids framing (frame-ancestors 'none', README "Deploying"), so the embed is opened
 * as the frame would open it, directly: a host that embeds must send its own frame-ancestors.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { readGraph, SCREENSHOTS, setupBrowser } from './harness';

const openApp = setupBrowser();
const POTASH = 'us-lifts-potash-sanctions-belaruskali';
const EMBED_READY = '.embed-stage[data-ready="true"] [data-graph-ready="true"]';

async function openEmbed(path: string, size = { width: 800, height: 560 }) {
  const app = await openApp(path, { waitForGraph: false, size });
  await app.page.waitForSelector(EMBED_READY, { timeout: 15_000 });
  return app;
}

describe('the map embedded in an article', () => {
  it('shows the view its address names, with no app around it: a legend toggle, and a card with the quotes that leads to the full app', async () => {
    const { page } = await openEmbed(`/?embed=1&sel=relation:${POTASH}`);
    // No top bar, no panels, nothing that opens, edits or exports a map.
    expect(await page.locator('header.topbar').count()).toBe(0);
    for (const name of [/Open dataset/, /Present/, /Edit map/, /New map/, /Paths/, /Timeline/])
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
    expect(await page.getByText('Export', { exact: true }).count()).toBe(0);

    const card = page.getByRole('region', { name: 'Details' });
    await card.getByRole('heading', { level: 2, name: /United States → Belaruskali/ }).waitFor();
    const quote = card.locator('figure.quote').filter({ hasText: 'Belarus at the Border' }).first();
    expect(await quote.locator('blockquote').textContent()).toContain(
      'lifted sanctions against Belarusian potash',
    );
    expect(await quote.locator('figcaption').textContent()).toMatch(
      /Belarus at the Border: The Limits of Reengagement, Carnegie Endowment for International Peace, 17 December 2025/,
    );
    const open = card.getByRole('link', { name: /Open in Leverage Map/ });
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toBe('noopener');
    const href = new URL((await open.getAttribute('href'))!);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('sel')).toBe(`relation:${POTASH}`);
    expect(href.origin + href.pathname).toBe(new URL(page.url()).origin + '/');
    // The selection is framed in the map beside the card, not under it.
    const mapBox = (await page.locator('.graph-canvas-surface').boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(cardBox.x + 1);
    await page.waitForTimeout(600); // the camera glides to the selection
    const ends = await readGraph(page, (cy) =>
      ['united-states', 'belaruskali'].map((id) => cy.$id(id).renderedPosition()),
    );
    for (const at of ends) {
      expect(at.x).toBeGreaterThan(0);
      expect(at.x).toBeLessThan(mapBox.width);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/embed-relation.png` });
    expect(await axeViolations(page)).toEqual([]);

    // The legend opens and closes over the map.
    const legend = page.getByRole('button', { name: 'Legend', exact: true });
    expect(await legend.getAttribute('aria-pressed')).toBe('false');
    await legend.click();
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    await sidebar.waitFor();
    expect(await legend.getAttribute('aria-pressed')).toBe('true');
    expect(await sidebar.textContent()).toContain('Coercion');
    await page.screenshot({ path: `${SCREENSHOTS}/embed-legend.png` });
    expect(await axeViolations(page)).toEqual([]);
    await legend.click();
    await sidebar.waitFor({ state: 'detached' });

    // A click on the map shows what was clicked; the frame's address follows without adding
    // to the article's history.
    const entries = await page.evaluate(() => window.history.length);
    const box = (await page.locator('.graph-canvas-surface').boundingBox())!;
    const poland = await readGraph(page, (cy) => cy.$id('poland').renderedPosition());
    await page.mouse.click(box.x + poland.x, box.y + poland.y);
    await card.getByRole('heading', { level: 2, name: 'Poland' }).waitFor();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('sel=actor:poland');
    expect(await page.evaluate(() => location.search)).toContain('embed=1');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    expect(new URL((await open.getAttribute('href'))!).searchParams.get('sel')).toBe('actor:poland');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('shows a story’s slide when its address names one, stepped with its own buttons', async () => {
    const { page } = await openEmbed('/?embed=1&story=the-border&slide=2');
    const slide = page.getByRole('region', { name: 'Slide' });
    await slide.getByRole('heading', { level: 2 }).waitFor();
    expect(await slide.textContent()).toContain('slide 2 of 8');
    const footnotes = slide.getByRole('list', { name: 'Sources for this slide' });
    expect(await footnotes.locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-slide.png` });
    expect(await axeViolations(page)).toEqual([]);
    await slide.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('slide=3');
    expect(await slide.textContent()).toContain('slide 3 of 8');
  });

  it('“Copy embed code” in the app copies a frame of the view on screen, which opens that view', async () => {
    const { page } = await openApp('/?sel=actor:belaruskali');
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByRole('status').filter({ hasText: 'Embed code copied' }).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(
      /^<iframe src="[^"]+" width="100%" height="560" style="border:0" title="Leverage Map: Belarus between Washington's thaw and Europe's border" loading="lazy"><\/iframe>$/,
    );
    // Read here, not in the page: parsing a style attribute there would break the page's policy.
    const src = (/ src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.origin).toBe(origin);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('sel')).toBe('actor:belaruskali');
    expect(url.searchParams.get('dataset')).toBe('belarus');

    const { page: embedded } = await openEmbed(url.pathname + url.search);
    await embedded
      .getByRole('region', { name: 'Details' })
      .getByRole('heading', { level: 2, name: 'Belaruskali' })
      .waitFor();
  });

  it('shows the code selected, to copy by hand, where the clipboard refuses', async () => {
    const { page } = await openApp('/?sel=actor:poland', {
      init: `Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });`,
    });
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const box = page.getByRole('textbox', { name: 'Embed code' });
    await box.waitFor();
    const code = await box.inputValue();
    expect(code).toContain('embed=1&amp;');
    expect(code).toContain('sel=actor:poland');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLTextAreaElement | null;
          return el?.tagName === 'TEXTAREA' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
        }),
      )
      .toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'copy the code below' }).count()).toBe(1);
  });
});
