import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, setupBrowser } from './harness';

const openApp = setupBrowser();

async function slideTitle(page: Page) {
  return page.getByRole('complementary', { name: 'Slide' }).getByRole('heading', { level: 2 }).textContent();
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('presenting a Belarus story to a room', () => {
  it('runs a story from the keyboard alone, with citations on every slide and a sources slide', async () => {
    const { page } = await openApp('/');
    await page.getByRole('button', { name: /Present/ }).click();
    const chooser = page.getByRole('dialog', { name: 'Present a story' });
    await chooser.getByRole('button', { name: /The border: closures, balloons and smuggling/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Slide' }).waitFor();
    expect(await slideTitle(page)).toMatch(/Zapad-2025/);
    expect(new URL(page.url()).search).toContain('story=the-border&slide=1');
    await page.waitForTimeout(700); // the camera glides to the slide
    await page.screenshot({ path: `${SCREENSHOTS}/present-slide-1.png` });

    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const title = (await slideTitle(page)) ?? '';
      seen.push(title);
      if (title !== 'Sources') {
        const footnotes = page.getByRole('list', { name: 'Sources for this slide' });
        expect(await footnotes.locator('li').count(), `citations on “${title}”`).toBeGreaterThan(0);
        // The source's short name on the slide, its full citation on hover.
        expect(await footnotes.locator('cite').first().textContent()).toMatch(/^(Carnegie|ECFR)$/);
        expect(await footnotes.locator('cite').first().getAttribute('title')).toMatch(
          /Carnegie Endowment|European Council on Foreign Relations/,
        );
      }
      await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(await slideTitle(page)).toBe('Sources');
    expect(await page.getByRole('complementary', { name: 'Slide' }).textContent()).toContain(
      'Belarus at the Border: The Limits of Reengagement',
    );
    await page.keyboard.press('Home');
    expect(await slideTitle(page)).toMatch(/Zapad-2025/);
    await page.keyboard.press('4');
    await expect.poll(() => slideTitle(page)).toMatch(/trucks/i);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${SCREENSHOTS}/present-slide-4.png` });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).search).toContain('slide=3');
    await page.keyboard.press('Escape');
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    expect(new URL(page.url()).search).not.toContain('story=');
  });

  it('opens a slide from its URL and exports the view as PNG and SVG', async () => {
    const { page } = await openApp('/?story=prisoners-for-sanctions&slide=4');
    expect(await slideTitle(page)).toMatch(/123 or 156/);
    const png = await download(page, () => page.getByRole('button', { name: 'PNG' }).click());
    expect(png.name).toBe('prisoners-for-sanctions-slide-4.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(20_000);
    const width = png.bytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(2 * 800); // twice the graph's width, plus the legend
    const svg = await download(page, () => page.getByRole('button', { name: 'SVG' }).click());
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/);
    expect(text.trimEnd().endsWith('</svg>')).toBe(true);
    // Drawn by our own writer: actors in their shapes, relations as paths, labels as text.
    expect(text).toMatch(/<polygon points="[\d.,\s-]+" fill="#/);
    expect(text).toMatch(/<path d="M[\d.,-]+ [LQ]/);
    expect(text).toMatch(/<text [^>]*>[^<]+<\/text>/);
    expect(text).toContain('Carnegie Endowment for International Peace');
    const parsed = await page.evaluate(
      (source) =>
        new DOMParser().parseFromString(source, 'image/svg+xml').getElementsByTagName('parsererror').length,
      text,
    );
    expect(parsed).toBe(0);
  });

  it('prints a story as a handout, one page per slide with its citations', async () => {
    const { page } = await openApp('/?story=the-border&slide=1');
    await page.getByRole('button', { name: 'Handout' }).click();
    const handout = page.getByRole('document', { name: /Handout: The border/ });
    await handout.waitFor({ timeout: 20_000 });
    expect(await handout.getByRole('img').count()).toBe(8);
    expect(await handout.getByRole('region').count()).toBe(9);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOTS}/handout-print.png`, fullPage: true });
    // One sheet per slide and one for the sources, on A4 and on US Letter alike.
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, format).toBe(9);
    }
  });

  it('fits every slide’s text and footnotes without scrolling at 1366×768', async () => {
    for (const [story, slides] of [
      ['prisoners-for-sanctions', 9],
      ['the-border', 8],
    ] as const) {
      const { page } = await openApp(`/?story=${story}&slide=1`);
      await page.getByRole('complementary', { name: 'Slide' }).waitFor();
      // Every slide and the sources slide after them.
      for (let slide = 1; slide <= slides + 1; slide++) {
        await expect.poll(() => page.evaluate(() => window.location.search)).toContain(`slide=${slide}`);
        const body = await page.evaluate(() => {
          const element = document.querySelector('.slide-body')!;
          return { scroll: element.scrollHeight, client: element.clientHeight };
        });
        expect(body.scroll, `${story} slide ${slide}`).toBeLessThanOrEqual(body.client + 1);
        await page.keyboard.press('ArrowRight');
      }
    }
  });

  it('gives the speaker a window of their own with the notes and the next slide, driven by the same keys', async () => {
    const { page } = await openApp('/?story=prisoners-for-sanctions&slide=1');
    await page.getByRole('complementary', { name: 'Slide' }).waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const presenter = popup.getByRole('main', { name: 'Presenter view' });
    await presenter.waitFor();
    expect(await presenter.textContent()).toMatch(/Slide 1 of 9/);
    expect(await presenter.textContent()).toMatch(/Next: Release after release/);
    // Nothing of the notes on the slide the room sees.
    expect(await page.getByRole('region', { name: 'Presenter notes' }).count()).toBe(0);
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('slide=2');
    await expect.poll(() => presenter.textContent()).toMatch(/Slide 2 of 9/);
    await popup.screenshot({ path: `${SCREENSHOTS}/presenter-view.png` });
    // Leaving the presentation closes the speaker's window.
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.isClosed()).toBe(true);
  });
});
