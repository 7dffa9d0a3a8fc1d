/**
 * Every screen of the app checked by axe-core against the WCAG 2.1 A and AA rules: zero
 * violations. Each test opens one screen as a person reaches it (a link, a click, a key)
 * and waits for what makes it that screen before axe looks.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { forgiveErrors, setupBrowser } from './harness';

const openApp = setupBrowser();
const PHONE = { width: 390, height: 844 };
const POTASH = 'us-lifts-potash-sanctions-belaruskali';

async function expectNoViolations(page: Page, screen: string) {
  const violations = await axeViolations(page);
  expect(violations, `axe on ${screen}:\n${violations.join('\n')}`).toEqual([]);
}

/**
 * Opens, the way a person would (a click each), every closed `<details>` inside `scope` and,
 * unless `buttons` is false, every button with aria-expanded="false", until none is left,
 * so axe also sees what they hide. (The paths panel's results are such buttons too, but
 * choosing one closes another: there, only the `<details>` are opened.)
 */
async function openEverything(scope: Locator, { buttons = true } = {}) {
  const closed = scope.locator(
    `details:not([open]) > summary${buttons ? ', button[aria-expanded="false"]' : ''}`,
  );
  for (let opened = 0; (await closed.count()) > 0; opened++) {
    expect(opened, 'disclosures that do not stay open').toBeLessThan(100);
    await closed.first().click();
  }
}

describe('axe finds no WCAG 2.1 A or AA violation', () => {
  it('on the opening view, with the legend and the dataset overview', async () => {
    const { page } = await openApp('/');
    await page.getByRole('complementary', { name: 'Legend and filters' }).waitFor();
    await expectNoViolations(page, 'the opening view');
  });

  it('with every legend section and relation category opened', async () => {
    const { page } = await openApp('/');
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await openEverything(legend);
    await expectNoViolations(page, 'the legend opened in full');
  });

  it('with an actor selected, all its levers shown', async () => {
    const { page } = await openApp('/?sel=actor:belarus');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { level: 2 }).waitFor();
    await expectNoViolations(page, 'an actor selected');
    await openEverything(details);
    await expectNoViolations(page, 'an actor selected, all its levers shown');
  });

  it('with a relation selected', async () => {
    const { page } = await openApp(`/?sel=relation:${POTASH}`);
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('button', { name: /Show in source/ })
      .first()
      .waitFor();
    await expectNoViolations(page, 'a relation selected');
  });

  it('with a deal selected', async () => {
    const { page } = await openApp('/?sel=deal:prisoners-for-potash');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).waitFor();
    await expectNoViolations(page, 'a deal selected');
  });

  it('with the map focused on an actor and filters hiding some of it', async () => {
    const { page } = await openApp(
      '/?sel=actor:lithuania&focus=1&hideActors=person&hideStances=hypothetical',
    );
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).waitFor();
    // A whole relation category hidden from the legend, opened to its types and who holds
    // the leverage of each.
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await legend.getByRole('button', { name: /^Military \d+ relations?$/ }).click();
    await legend.getByRole('button', { name: /^Military \d+ relations?$/, pressed: false }).waitFor();
    await legend.getByRole('button', { name: 'Military types' }).click();
    await expectNoViolations(page, 'focus and filters');
  });

  it('with the relation list open, an actor selected', async () => {
    const { page } = await openApp('/?sel=actor:lithuania&panels=legend,list,details');
    await page.getByRole('table', { name: 'Relations' }).waitFor();
    await expectNoViolations(page, 'the relation list');
  });

  it('with the timeline open, the map as of a date and two dates compared', async () => {
    const { page } = await openApp('/?timeline=1&asof=2025-10&sel=relation:poland-reopens-border-crossings');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('slider', { name: 'As of' }).waitFor();
    await expectNoViolations(page, 'the timeline as of a date');
    await timeline.getByRole('button', { name: 'Compare two dates' }).click();
    await timeline.getByRole('region', { name: 'What changed' }).waitFor();
    await expectNoViolations(page, 'the timeline comparing two dates');
  });

  it('with the timeline open on a phone', async () => {
    const { page } = await openApp('/?timeline=1&compare=2025-09..2025-12', { size: PHONE });
    await page.getByRole('region', { name: 'What changed' }).waitFor();
    await expectNoViolations(page, 'the timeline on a phone');
  });

  it('with the source reader open on a quote', async () => {
    const { page } = await openApp(`/?sel=relation:${POTASH}`);
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('button', { name: /Show in source/ })
      .last()
      .click();
    await page
      .getByRole('complementary', { name: 'Source reader' })
      .locator('mark[aria-current="true"]')
      .first()
      .waitFor();
    await expectNoViolations(page, 'the source reader');
  });

  it('with search open and showing results', async () => {
    const { page } = await openApp('/');
    await page.getByRole('combobox', { name: 'Search' }).fill('bel');
    await page.getByRole('option').nth(1).waitFor();
    // More hits than fit: the list scrolls, and must stay reachable from the keyboard.
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    expect(await listbox.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expectNoViolations(page, 'search results');
  });

  it('with the help dialog open', async () => {
    const { page } = await openApp('/');
    await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoViolations(page, 'the help dialog');
  });

  it('with the export menu open', async () => {
    const { page } = await openApp('/');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Save layout' }).waitFor();
    await expectNoViolations(page, 'the export menu');
  });

  it('with the story chooser open', async () => {
    const { page } = await openApp('/');
    await page.getByRole('button', { name: /Present/ }).click();
    await page.getByRole('dialog', { name: 'Present a story' }).waitFor();
    await expectNoViolations(page, 'the story chooser');
  });

  it('on every slide of both stories while presenting, and on their sources slides', async () => {
    for (const [story, slides] of [
      ['the-border', 8],
      ['prisoners-for-sanctions', 9],
    ] as const) {
      const { page } = await openApp(`/?story=${story}&slide=1`);
      const position = page.getByRole('complementary', { name: 'Slide' }).locator('.slide-position');
      for (let slide = 1; slide <= slides; slide++) {
        await expect.poll(() => position.textContent()).toBe(`Slide ${slide} of ${slides}`);
        await expectNoViolations(page, `slide ${slide} of ${story}`);
        await page.keyboard.press('ArrowRight');
      }
      await expect.poll(() => position.textContent()).toBe('Sources');
      await expectNoViolations(page, `the sources slide of ${story}`);
    }
  });

  it('on a story’s printable handout', async () => {
    const { page } = await openApp('/?story=the-border&slide=1');
    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByRole('document', { name: /Handout: The border/ }).waitFor({ timeout: 20_000 });
    await expectNoViolations(page, 'the handout');
  });

  it('in the presenter view', async () => {
    const { page } = await openApp('/?story=prisoners-for-sanctions&slide=1');
    await page.getByRole('complementary', { name: 'Slide' }).waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.getByRole('main', { name: 'Presenter view' }).waitFor();
    await expectNoViolations(popup, 'the presenter view');
    await page.keyboard.press('Escape');
  });

  it('on the issue list of a dataset that could not be loaded', async () => {
    const { page } = await openApp('/');
    await page
      .getByLabel('Dataset files')
      .setInputFiles(['tests/fixtures/quote-not-found.invalid.json', 'tests/fixtures/sources/harbour.txt']);
    await page.getByRole('list', { name: 'Dataset issues' }).waitFor();
    await expectNoViolations(page, 'the issue list');
  });

  it('with a panel that hit a bug, and its Reload this panel', async () => {
    const app = await openApp('/?sel=actor:belarus', { init: 'window.__leverageMapFaults = ["Details"];' });
    await app.page.getByRole('alert').filter({ hasText: 'Details hit a bug' }).waitFor();
    await expectNoViolations(app.page, 'a panel that hit a bug');
    forgiveErrors(app.errors, /a fault injected into/);
  });

  it('with the graph and the panels that could not be fetched, and their Try again', async () => {
    const app = await openApp('/', {
      waitForGraph: false,
      before: async (page) => {
        await page.route('**/assets/*.js', (route) =>
          /\/(GraphCanvas|panels)-[\w-]+\.js$/.test(route.request().url())
            ? route.abort('failed')
            : route.continue(),
        );
      },
    });
    const { page } = app;
    await page
      .getByRole('main', { name: 'Graph' })
      .getByRole('alert')
      .filter({ hasText: 'The graph could not be loaded' })
      .waitFor({ timeout: 15_000 });
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('alert')
      .filter({ hasText: 'Details could not be loaded' })
      .waitFor({ timeout: 15_000 });
    await expectNoViolations(page, 'chunks that could not be fetched');
    forgiveErrors(
      app.errors,
      /ERR_FAILED|Failed to fetch dynamically imported module|Failed to load module script|net::/,
    );
  });

  it('with the leverage paths panel before any actor is chosen', async () => {
    const { page } = await openApp('/?paths=1');
    await page
      .getByRole('region', { name: 'Leverage paths' })
      .getByRole('combobox', { name: 'From' })
      .waitFor();
    await expectNoViolations(page, 'the empty leverage paths panel');
  });

  it('with the leverage paths panel showing a chosen path', async () => {
    const { page } = await openApp('/?paths=1&from=united-states&to=lukashenka&path=2');
    const panel = page.getByRole('region', { name: 'Leverage paths' });
    await panel.getByRole('list', { name: /^Steps of path \d+$/ }).waitFor();
    await expectNoViolations(page, 'the leverage paths panel');
    // Its options, how paths are scored, and the leverage table.
    await openEverything(panel, { buttons: false });
    await expectNoViolations(page, 'the leverage paths panel with its options open');
  });

  it('on a phone, with Details open as a sheet over the map', async () => {
    const { page } = await openApp('/', { size: PHONE });
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Lithuania');
    await search.press('Enter');
    await page.locator('.sheet').getByRole('heading', { level: 2, name: 'Lithuania' }).waitFor();
    await expectNoViolations(page, 'a phone with the Details sheet');
  });

  it('on a phone, with the legend as a sheet', async () => {
    const { page } = await openApp('/?panels=legend', { size: PHONE });
    await page.locator('.sheet').getByRole('complementary', { name: 'Legend and filters' }).waitFor();
    await expectNoViolations(page, 'a phone with the legend sheet');
  });

  it('on a phone, with the relation list as a sheet', async () => {
    const { page } = await openApp('/?panels=list', { size: PHONE });
    await page.locator('.sheet').getByRole('table', { name: 'Relations' }).waitFor();
    await expectNoViolations(page, 'a phone with the relation list sheet');
  });

  it('on a phone, with the source reader as a sheet', async () => {
    const { page } = await openApp(`/?sel=relation:${POTASH}`, { size: PHONE });
    const sheet = page.locator('.sheet');
    await sheet
      .getByRole('button', { name: /Show in source/ })
      .first()
      .click();
    await sheet
      .getByRole('complementary', { name: 'Source reader' })
      .locator('mark[aria-current="true"]')
      .first()
      .waitFor();
    await expectNoViolations(page, 'a phone with the source reader sheet');
  });

  it('on a phone, presenting a slide', async () => {
    const { page } = await openApp('/?story=the-border&slide=2', { size: PHONE });
    await page.getByRole('complementary', { name: 'Slide' }).waitFor();
    await expectNoViolations(page, 'a phone presenting');
  });

  describe('on a map of one’s own', () => {
    it('with the map bar, the reader’s quoting and the edit buttons in Details', async () => {
      const { page } = await openApp(`/?sel=relation:${POTASH}`);
      await page.getByRole('button', { name: 'Edit map' }).click();
      await page.getByRole('button', { name: 'Edit relation' }).waitFor();
      await page.getByRole('button', { name: 'Show in source' }).first().click();
      await page.getByRole('button', { name: 'New relation from selection' }).waitFor();
      await expectNoViolations(page, 'a map of one’s own, reader open');
    });

    it('in each authoring form', async () => {
      const { page } = await openApp(`/?sel=relation:${POTASH}`);
      await page.getByRole('button', { name: 'Edit map' }).click();
      const forms: [string, string][] = [
        ['Add source', 'Add source'],
        ['Edit relation', 'Edit relation'],
        ['Delete relation', `Delete relation`],
        ['Link as a deal', 'Link as a deal'],
        ['Edit figures', 'Edit figures'],
        ['Mark as contested', 'Mark as contested'],
        ['Add this view as a slide', 'Add this view as a slide'],
        ['My maps', 'My maps'],
        ['New map', 'New map'],
      ];
      for (const [button, dialog] of forms) {
        await page.getByRole('button', { name: button, exact: true }).click();
        const open = page.getByRole('dialog', { name: new RegExp(`^${dialog}`) });
        await open.waitFor();
        await expectNoViolations(page, `the “${dialog}” form`);
        await page.keyboard.press('Escape');
        await open.waitFor({ state: 'detached' });
      }
    });
  });
});
