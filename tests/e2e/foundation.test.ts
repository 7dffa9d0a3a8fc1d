import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, setupBrowser } from './harness';

const openApp = setupBrowser();

describe('the built app', () => {
  it('opens on the bundled Belarus dataset and shows its title', async () => {
    const { page } = await openApp('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Belarus/);
    await expect(page.getByRole('complementary', { name: 'Details' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-1366.png` });
  });

  it('shows the issue list, not a blank page, for a dataset with errors', async () => {
    const { page } = await openApp('/');
    await page
      .getByLabel('Dataset files')
      .setInputFiles(['tests/fixtures/quote-not-found.invalid.json', 'tests/fixtures/sources/harbour.txt']);
    const issues = page.getByRole('list', { name: 'Dataset issues' });
    await issues.waitFor();
    const text = await issues.textContent();
    expect(text).toContain('quote-not-found.invalid.json: relations[2].evidence[0].quote');
    expect(text).toContain('not found in source "harbour-notes"');
    await expect(page.getByRole('heading', { name: /could not be loaded/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/invalid-dataset.png` });
  });

  it('names a JSON syntax error with its line and column', async () => {
    const { page } = await openApp('/');
    await page.getByLabel('Dataset files').setInputFiles(['tests/fixtures/malformed.invalid.json']);
    const issues = page.getByRole('list', { name: 'Dataset issues' });
    await issues.waitFor();
    expect(await issues.textContent()).toContain('not valid JSON at line 4, column 3');
  });
});
