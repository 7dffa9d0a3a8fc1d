/**
 * The built app under its content security policy: the policy is served as written, and
 * every screen works without a single violation. The harness records violations for every
 * browser test (a violation fails any of them); these tests drive each screen on purpose and
 * check that the recording sees a violation when there is one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { forgiveErrors, policyViolations, setupBrowser } from './harness';

const openApp = setupBrowser();

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

/**
 * Adds an inline <style> element, which the policy must refuse, and returns the policies
 * that refused it (each policy in force reports its own violation).
 */
function addInlineStyle(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const policies: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => policies.push(e.originalPolicy));
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red; }';
        document.head.append(style);
        setTimeout(() => resolve(policies.sort()), 500);
      }),
  );
}

describe('the content security policy', () => {
  it('is served first in the page’s head, and as a header with frame-ancestors', async () => {
    const response = await fetch(inject('baseUrl'));
    expect(response.headers.get('content-security-policy')).toBe(`${POLICY}; frame-ancestors 'none'`);
    const html = await response.text();
    const { page } = await openApp('/', { waitForGraph: false });
    const first = await page.evaluate((source) => {
      const head = new DOMParser().parseFromString(source, 'text/html').head;
      const meta = head.firstElementChild;
      return {
        tag: meta?.tagName,
        equiv: meta?.getAttribute('http-equiv'),
        content: meta?.getAttribute('content'),
      };
    }, html);
    expect(first).toEqual({ tag: 'META', equiv: 'Content-Security-Policy', content: POLICY });
  });

  it('is enforced and its violations recorded, in the page and in the presenter window', async () => {
    const app = await openApp('/?story=prisoners-for-sanctions&slide=1');
    const { page } = app;
    // Refused twice: by the <meta> and by the header, both in force.
    const both = [POLICY, `${POLICY}; frame-ancestors 'none'`];
    expect(await addInlineStyle(page)).toEqual(both);
    expect(await policyViolations(page)).toEqual([
      expect.stringMatching(/^style-src-elem refused inline/),
      expect.stringMatching(/^style-src-elem refused inline/),
    ]);
    // The speaker's window is opened blank by the page, so it inherits the page's policies.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.getByRole('main', { name: 'Presenter view' }).waitFor();
    expect(await addInlineStyle(popup)).toEqual(both);
    expect(await policyViolations(popup)).toHaveLength(2);
    // Each violation also reached the console (the browser's message and the harness's),
    // which fails any test; these were on purpose.
    await expect.poll(() => app.errors.filter((e) => /content security policy/i.test(e)).length).toBe(8);
    forgiveErrors(app.errors, /content security policy/i);
  });

  it('lets a person explore, read, search, get help, size by a measure and export', async () => {
    const { page } = await openApp('/');
    // Metrics run in a module worker.
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await legend.getByRole('combobox', { name: 'Size by' }).selectOption('brokerage');
    await legend.getByText('Who holds leverage').click();
    await legend.getByRole('table', { name: 'Who holds leverage' }).locator('tbody tr').first().waitFor();

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Belaruskali');
    await page.getByRole('option').first().waitFor();
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details
      .getByRole('button', { name: /United States lifted/ })
      .first()
      .click();
    await details
      .getByRole('button', { name: /Show in source/ })
      .last()
      .click();
    const reader = page.getByRole('complementary', { name: 'Source reader' });
    await reader.locator('mark[aria-current="true"]').first().waitFor();

    await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
    const help = page.getByRole('dialog', { name: 'How to use Leverage Map' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Images and the dataset leave through blob: URLs.
    await page.getByText('Export', { exact: true }).click();
    expect(await download(page, () => page.getByRole('button', { name: 'PNG' }).click())).toMatch(/\.png$/);
    expect(await download(page, () => page.getByRole('button', { name: 'SVG' }).click())).toMatch(/\.svg$/);
    expect(await download(page, () => page.getByRole('button', { name: 'Save layout' }).click())).toMatch(
      /\.json$/,
    );
    expect(await policyViolations(page)).toEqual([]);
  });

  it('lets a speaker choose a story, step its slides, open the presenter window and print a handout', async () => {
    const { page } = await openApp('/');
    await page.getByRole('button', { name: /Present/ }).click();
    const chooser = page.getByRole('dialog', { name: 'Present a story' });
    await chooser.getByRole('button', { name: /The border: closures, balloons and smuggling/ }).click();
    const slide = page.getByRole('complementary', { name: 'Slide' });
    await slide.waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).search).toContain('slide=4');

    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const presenter = popup.getByRole('main', { name: 'Presenter view' });
    await presenter.waitFor();
    // Its stylesheet is a file of our own origin, so the policy lets it in.
    expect(await presenter.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.textContent()).toMatch(/Slide 5 of 8/);
    expect(await policyViolations(popup)).toEqual([]);
    await popup.close();

    // The handout's slide pictures are data: URLs.
    await slide.getByRole('button', { name: 'Handout' }).click();
    const handout = page.getByRole('document', { name: /Handout: The border/ });
    await handout.waitFor({ timeout: 20_000 });
    const pictures = handout.getByRole('img');
    await expect
      .poll(() =>
        pictures.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0)),
      )
      .toBe(true);
    expect(await pictures.count()).toBe(8);
    await page.emulateMedia({ media: 'print' });
    expect((await page.pdf({ format: 'A4' })).subarray(0, 4).toString()).toBe('%PDF');
    expect(await policyViolations(page)).toEqual([]);
  });

  it('lays out a map without saved positions in its worker', async () => {
    // The page may start the module worker (worker-src 'self'). Inside it the header's policy
    // applies, whose violations the page's recorder cannot see; the layout must still finish.
    const { page } = await openApp('/?layout=fresh');
    expect(await page.locator('[data-graph-ready="true"]').count()).toBe(1);
    expect(await policyViolations(page)).toEqual([]);
  });
});
