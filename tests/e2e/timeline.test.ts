import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_READY, classesOf, SCREENSHOTS, setupBrowser } from './harness';

const openApp = setupBrowser();

/** How many relations the legend says are shown: "Showing 81 of 83 actors · 180 of 182 relations". */
async function relationsShown(page: Page): Promise<number> {
  const text = (await page.getByRole('complementary', { name: 'Legend and filters' }).textContent()) ?? '';
  const match = /(\d+) of 182 relations/.exec(text);
  if (!match) throw new Error(`no relation count in the legend: ${text.slice(0, 120)}`);
  return Number(match[1]);
}

describe('the map in time', () => {
  it('plays the map month by month: fewer relations in force before the drone law, all that holds at the latest date with End', async () => {
    const { page } = await openApp('/');
    const all = await relationsShown(page);
    await page.keyboard.press('t');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    const slider = timeline.getByRole('slider', { name: 'As of' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('All dates');

    // End: what holds at the latest date (the map's undated relations stay, drawn apart).
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('December 2025');
    expect(page.url()).toContain('asof=2025-12');
    const atEnd = await relationsShown(page);
    expect(atEnd).toBeLessThanOrEqual(all);
    expect(await timeline.getByRole('status').textContent()).toMatch(
      /dated relations? in force as of December 2025/,
    );
    expect(await classesOf(page, 'belarus-drone-law-in-force')).not.toContain('hidden');
    expect(await classesOf(page, 'us-talks-to-belarus')).toContain('undated');

    // Back a month at a time to September 2025, before the drone law of 20 October.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('September 2025');
    const september = await relationsShown(page);
    expect(september).toBeLessThan(atEnd);
    expect(await classesOf(page, 'belarus-drone-law-in-force')).toContain('hidden');
    expect(await classesOf(page, 'poland-reopens-border-crossings')).toContain('hidden');

    // Without the undated relations, only dated ones in force remain.
    await timeline.getByRole('checkbox', { name: 'Show undated' }).uncheck();
    expect(await relationsShown(page)).toBeLessThan(50);
    expect(page.url()).toContain('undated=hide');
    await timeline.getByRole('checkbox', { name: 'Show undated' }).check();

    // "All dates" puts the whole map back.
    await timeline.getByRole('button', { name: 'All dates' }).click();
    expect(await relationsShown(page)).toBe(all);
  });

  it('compares September with December: the reopening of two crossings began, the map marks it, and a reload keeps the view', async () => {
    const { page } = await openApp('/?timeline=1');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: 'Compare two dates' }).click();
    await timeline.getByRole('combobox', { name: 'Compare from' }).selectOption('2025-09');
    await timeline.getByRole('combobox', { name: 'Compare to' }).selectOption('2025-12');
    const changes = timeline.getByRole('region', { name: 'What changed' });
    const began = changes.locator('.comparison-group', { hasText: 'Began (' }).first();
    expect(await began.textContent()).toContain('Poland reopened two crossings with Belarus');
    // Each change is listed with its date and a quote.
    expect(await began.textContent()).toContain('17 November 2025');
    expect(await began.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await classesOf(page, 'poland-reopens-border-crossings')).toContain('time-added');
    expect(await classesOf(page, 'commission-technical-visit')).toContain('time-unchanged');
    expect(page.url()).toContain('compare=2025-09..2025-12');
    await page.screenshot({ path: `${SCREENSHOTS}/timeline-compare.png` });

    await page.reload();
    await page.waitForSelector(APP_READY);
    await timeline.waitFor();
    expect(await timeline.getByRole('combobox', { name: 'Compare from' }).inputValue()).toBe('2025-09');
    expect(await classesOf(page, 'poland-reopens-border-crossings')).toContain('time-added');

    // A change in the list selects its relation, in step with Details.
    await changes.getByRole('button', { name: 'Poland reopened two crossings with Belarus' }).click();
    expect(page.url()).toContain('sel=relation:poland-reopens-border-crossings');
    const details = await page.getByRole('complementary', { name: 'Details' }).textContent();
    expect(details).toContain('17 November 2025');
    expect(details).toMatch(/known to the day/);
  });

  it('selects a relation from its mark and brushes a period that filters the map', async () => {
    const { page } = await openApp('/?timeline=1');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const mark = timeline.getByRole('button', {
      name: /^Belarus brought a new drone law into force against Cigarette smugglers/,
    });
    await mark.click();
    expect(page.url()).toContain('sel=relation:belarus-drone-law-in-force');

    const all = await relationsShown(page);
    const chart = timeline.getByRole('group', { name: 'Dated relations on a time axis' });
    // Clicking the mark may have scrolled the panel (the chart is taller than it): bring the
    // axis row back into view.
    await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = (await chart.boundingBox())!;
    // Drag along the axis row (no marks there) across the last few months.
    const y = box.y + 12;
    await page.mouse.move(box.x + box.width - 150, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 80, y, { steps: 5 });
    await page.mouse.move(box.x + box.width - 20, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toMatch(/period=2025-\d\d\.\.2025-\d\d/);
    expect(await relationsShown(page)).toBeLessThan(all);
    await timeline.getByRole('button', { name: 'Clear period' }).click();
    expect(await relationsShown(page)).toBe(all);
  });
});
