/**
 * Failures stay local and recoverable: a panel that crashes, a chunk that cannot be fetched,
 * a file that fails to open over a map, actors dragged and not saved.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_READY, BLOCKED, blockChunks, forgiveErrors, readGraph, setupBrowser } from './harness';

const openApp = setupBrowser();

/** Where an actor is drawn on the page, in page pixels. */
async function actorOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.graph-canvas-surface').boundingBox();
  const { x, y } = await page.evaluate((actor) => {
    const surface = document.querySelector('.graph-canvas-surface') as unknown as {
      _cyreg: { cy: import('cytoscape').Core };
    };
    return surface._cyreg.cy.$id(actor).renderedPosition();
  }, id);
  return { x: box!.x + x, y: box!.y + y };
}

/** The map still answers: a click on Poland selects it (the URL says so). */
async function expectMapUsable(page: Page) {
  const poland = await actorOnPage(page, 'poland');
  await page.mouse.click(poland.x, poland.y);
  await page.waitForFunction(
    () => location.search.includes('sel=actor%3Apoland') || location.search.includes('sel=actor:poland'),
  );
}

const FAULT = /a fault injected into/;

describe('one panel crashing', () => {
  const cases: { panel: string; path: string; open?: (page: Page) => Promise<void>; mapUsable?: boolean }[] =
    [
      { panel: 'Details', path: '/?sel=actor:belarus' },
      { panel: 'Relation list', path: '/?panels=legend,list,details' },
      { panel: 'Legend and filters', path: '/' },
      { panel: 'Source reader', path: '/?read=carnegie-2025-12-17' },
      { panel: 'Leverage paths', path: '/?paths=1' },
      { panel: 'Search', path: '/' },
      { panel: 'Slide', path: '/?story=the-border&slide=1', mapUsable: false },
      {
        panel: 'Help',
        path: '/',
        open: async (page) => {
          await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
        },
      },
      {
        panel: 'Story chooser',
        path: '/',
        open: async (page) => {
          await page.getByRole('button', { name: /Present/ }).click();
        },
      },
      {
        panel: 'Handout',
        path: '/?story=the-border&slide=1',
        mapUsable: false,
        open: async (page) => {
          await page.getByRole('button', { name: 'Handout' }).click();
        },
      },
      {
        panel: 'Presenter view',
        path: '/?story=the-border&slide=1',
        mapUsable: false,
        open: async (page) => {
          await page.getByRole('button', { name: 'Presenter view (S)' }).click();
        },
      },
      // The measures have no panel of their own: their notice stands in a corner of the map.
      { panel: 'Leverage measures', path: '/?size=brokerage' },
    ];
  for (const { panel, path, open, mapUsable = true } of cases) {
    it(`${panel}: shows the fault in its place, keeps the map usable, and reloads`, async () => {
      const app = await openApp(path, { init: `window.__leverageMapFaults = [${JSON.stringify(panel)}];` });
      const { page } = app;
      await open?.(page);
      const alert = page.getByRole('alert').filter({ hasText: `${panel} hit a bug` });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The map and the other panels still work.');
      if (mapUsable) await expectMapUsable(page);
      else expect(await readGraph(page, (cy) => cy.nodes(':visible').length)).toBeGreaterThan(0);
      await page.evaluate(() => {
        window.__leverageMapFaults = [];
      });
      await alert.getByRole('button', { name: 'Reload this panel' }).click();
      await alert.waitFor({ state: 'detached' });
      forgiveErrors(app.errors, FAULT);
    });
  }
});

describe('a chunk that cannot be fetched', () => {
  it('the panels: each panel says so, and Try again brings them', async () => {
    let unblock = async () => {};
    const app = await openApp('/', {
      waitForGraph: false,
      before: async (page) => {
        unblock = await blockChunks(page, /\/panels-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    const details = page.getByRole('complementary', { name: 'Details' });
    await details
      .getByRole('alert')
      .filter({ hasText: 'Details could not be loaded' })
      .waitFor({ timeout: 15_000 });
    expect(await details.getAttribute('aria-busy')).toBeNull();
    await unblock();
    await details.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector(APP_READY, { timeout: 15_000 });
    await details.getByRole('heading', { level: 2 }).first().waitFor();
    forgiveErrors(app.errors, BLOCKED);
  });

  it('the graph: the map says so, and Try again draws it', async () => {
    let unblock = async () => {};
    const app = await openApp('/', {
      waitForGraph: false,
      before: async (page) => {
        unblock = await blockChunks(page, /\/GraphCanvas-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    const map = page.getByRole('main', { name: 'Graph' });
    await map
      .getByRole('alert')
      .filter({ hasText: 'The graph could not be loaded' })
      .waitFor({ timeout: 15_000 });
    await unblock();
    await map.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector(APP_READY, { timeout: 15_000 });
    forgiveErrors(app.errors, BLOCKED);
  });

  it('the loading worker: the dataset is checked on the page instead', async () => {
    const app = await openApp('/', {
      before: async (page) => {
        await blockChunks(page, /\/loadWorker-[\w-]+\.js$/);
      },
    });
    await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Belarus/);
    forgiveErrors(app.errors, BLOCKED);
  });

  it('the story chooser and the handout dialogs: each says so, and opens on Try again', async () => {
    let unblock = async () => {};
    const app = await openApp('/', {
      before: async (page) => {
        unblock = await blockChunks(page, /\/(StoryChooser|Handout)-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    await page.getByRole('button', { name: /Present/ }).click();
    const chooserFailed = page.getByRole('alert').filter({ hasText: 'Story chooser could not be loaded' });
    await chooserFailed.waitFor();
    await unblock();
    await chooserFailed.getByRole('button', { name: 'Try again' }).click();
    const chooser = page.getByRole('dialog');
    await chooser.waitFor();
    await chooser
      .getByRole('button')
      .filter({ hasText: /border/i })
      .first()
      .click();
    await page.getByRole('button', { name: 'Next slide' }).waitFor();

    unblock = await blockChunks(page, /\/Handout-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Handout' }).click();
    const handoutFailed = page.getByRole('alert').filter({ hasText: 'Handout could not be loaded' });
    await handoutFailed.waitFor();
    await unblock();
    await handoutFailed.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('document', { name: /Handout: The border/ }).waitFor();
    forgiveErrors(app.errors, BLOCKED);
  });

  it.each([
    ['the layout worker', /\/layoutWorker-[\w-]+\.js$/],
    ['the layout code', /\/layOutMap-[\w-]+\.js$/],
  ])(
    '%s: the actors stand on a grid with a message, and "Lay out again" lays the map out',
    async (_what, chunk) => {
      let unblock = async () => {};
      const app = await openApp('/?layout=fresh', {
        waitForGraph: false,
        before: async (page) => {
          unblock = await blockChunks(page, chunk);
        },
      });
      const { page } = app;
      const failed = page.getByRole('alert').filter({ hasText: 'could not be laid out' });
      await failed.waitFor({ timeout: 15_000 });
      await page.waitForSelector(APP_READY, { timeout: 15_000 });
      const gridXs = await readGraph(page, (cy) => new Set(cy.nodes().map((n) => n.position('x'))).size);
      await unblock();
      await failed.getByRole('button', { name: 'Lay out again' }).click();
      await failed.waitFor({ state: 'detached' });
      await page.waitForSelector(APP_READY, { timeout: 30_000 });
      // On the grid, the actors share a few columns; laid out, hardly two share an x.
      const laidOutXs = await readGraph(page, (cy) => new Set(cy.nodes().map((n) => n.position('x'))).size);
      expect(laidOutXs).toBeGreaterThan(gridXs * 2);
      forgiveErrors(app.errors, BLOCKED);
    },
  );

  it('a slide of a story on the map: the notice says so, and Try again shows the slide', async () => {
    let unblock = async () => {};
    const app = await openApp('/?story=the-border&slide=1', {
      before: async (page) => {
        unblock = await blockChunks(page, /\/storyView-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    const failed = page.getByRole('alert').filter({ hasText: 'The slide could not be loaded' });
    await failed.waitFor();
    const onSlide = () => readGraph(page, (cy) => cy.elements('.story-shown, .story-hidden').length);
    expect(await onSlide()).toBe(0);
    await unblock();
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(onSlide).toBeGreaterThan(0);
    forgiveErrors(app.errors, BLOCKED);
  });

  it('help, the SVG export and Arrange around: each says so, and works once it can be fetched', async () => {
    let unblock = async () => {};
    const app = await openApp('/?sel=actor:poland', {
      before: async (page) => {
        unblock = await blockChunks(page, /\/(HelpDialog|exporters|arrangeAround)-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    // Help
    await page.keyboard.press('?');
    const helpFailed = page.getByRole('alert').filter({ hasText: 'Help could not be loaded' });
    await helpFailed.waitFor();
    // The SVG export
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'SVG' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Could not export the SVG: its code could not be loaded' })
      .waitFor();
    // The menu covers the details' top; a press elsewhere closes it.
    await page.getByRole('heading', { level: 1 }).click();
    // Arrange around, from the actor's details
    await page.getByRole('button', { name: 'Arrange around' }).click();
    const arrangeFailed = page.getByRole('alert').filter({ hasText: 'Arrange around could not be loaded' });
    await arrangeFailed.waitFor();

    await unblock();
    await helpFailed.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('dialog', { name: 'How to use Leverage Map' }).waitFor();
    await page.keyboard.press('Escape');
    const download = page.waitForEvent('download');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'SVG' }).click();
    expect((await download).suggestedFilename()).toBe('leverage-map.svg');
    await page.getByRole('heading', { level: 1 }).click();
    await arrangeFailed.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Put the map back' }).waitFor();
    // The arrangement starts in the frame after the button changes.
    await expect.poll(() => readGraph(page, (cy) => cy.nodes('.arrange-out').length)).toBeGreaterThan(0);
    forgiveErrors(app.errors, BLOCKED);
  });
  it('the export menu: it says so when opened, and Try again brings its items', async () => {
    let unblock = async () => {};
    const app = await openApp('/', {
      before: async (page) => {
        unblock = await blockChunks(page, /\/ExportMenuItems-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    await page.getByText('Export', { exact: true }).click();
    const failed = page
      .getByRole('alert')
      .filter({ hasText: 'The export menu could not be loaded. Check your connection, then try again.' });
    await failed.waitFor();
    await unblock();
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Save layout' }).waitFor();
    expect(await page.getByRole('button', { name: 'SVG' }).isVisible()).toBe(true);
    forgiveErrors(app.errors, BLOCKED);
  });

  it('the handout, the arrow keys and the leverage measures: each says so, and works on a retry', async () => {
    let unblock = async () => {};
    const app = await openApp('/?story=the-border&slide=1', {
      before: async (page) => {
        unblock = await blockChunks(page, /\/(captureSlides|mapKeys|metricsWorker|metrics)-[\w-]+\.js$/);
      },
    });
    const { page } = app;
    // The handout, from a slide
    await page.getByRole('button', { name: 'Handout' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Could not prepare the handout: its code could not be loaded' })
      .waitFor();
    await page.keyboard.press('Escape');
    // The arrow keys on the map
    await page.getByRole('link', { name: 'Skip to map' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    const keysFailed = page
      .getByRole('alert')
      .filter({ hasText: 'Moving with the arrow keys could not be loaded' });
    await keysFailed.waitFor();
    // The measures, from the legend
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await legend.getByText('Who holds leverage').click();
    const measuresFailed = legend
      .getByRole('alert')
      .filter({ hasText: 'The measures could not be worked out' });
    await measuresFailed.waitFor();

    await unblock();
    await measuresFailed.getByRole('button', { name: 'Try again' }).click();
    await legend.getByRole('table', { name: 'Who holds leverage' }).waitFor();
    await page.getByRole('link', { name: 'Skip to map' }).focus();
    await page.keyboard.press('Enter');
    await keysFailed.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.locator('#map ~ [role="status"][aria-live="polite"]').textContent())
      .toMatch(/neighbours/);
    forgiveErrors(app.errors, BLOCKED);
  });
});

describe('opening another file over the open map', () => {
  it('keeps the open map when the file fails, until "Keep current map"', async () => {
    const { page } = await openApp('/?sel=actor:poland');
    await page
      .getByLabel('Dataset files')
      .first()
      .setInputFiles(['tests/fixtures/quote-not-found.invalid.json', 'tests/fixtures/sources/harbour.txt']);
    const issues = page.getByRole('dialog', { name: /quote-not-found.invalid.json could not be loaded/ });
    await issues.waitFor();
    expect(await issues.getByRole('list', { name: 'Dataset issues' }).textContent()).toContain(
      'relations[2].evidence[0].quote',
    );
    expect(await page.locator(APP_READY).count()).toBe(1);
    await issues.getByRole('button', { name: 'Keep current map' }).click();
    await issues.waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Belarus/);
    expect(page.url()).toContain('sel=actor');
    await expectMapUsable(page);
  });

  it('replaces the map once the new file has loaded cleanly', async () => {
    const { page } = await openApp('/');
    await page
      .getByLabel('Dataset files')
      .first()
      .setInputFiles(['tests/fixtures/minimal.valid.json', 'tests/fixtures/sources/harbour.txt']);
    await page.getByRole('heading', { level: 1, name: 'Harbour test' }).waitFor();
  });

  it('asks before leaving once actors have been dragged', async () => {
    const { page } = await openApp('/');
    const poland = await actorOnPage(page, 'poland');
    await page.mouse.move(poland.x, poland.y);
    await page.mouse.down();
    await page.mouse.move(poland.x + 60, poland.y + 40, { steps: 8 });
    await page.mouse.up();
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      });
    });
    await page.evaluate(() => location.reload());
    expect(await asked).toBe('beforeunload');
    // Dismissed: the page stays, with the actor where it was dragged.
    expect(page.url()).not.toContain('about:blank');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Belarus/);
  });
});

/** A small dataset and its one source text, written to a fresh folder; returns their paths. */
function writeDataset(
  ids: { source: string; from: string; to: string },
  text: Uint8Array | string,
  prefix = '',
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lm-e2e-'));
  const dataset = {
    format: 'leverage-map',
    version: 1,
    title: 'Inherited names',
    description: 'Ids that every plain object inherits.',
    sources: [{ id: ids.source, title: 'T', publisher: 'P', published: '2025', text: 'c.txt' }],
    actors: [
      { id: ids.from, label: 'Alpha', type: 'state', description: 'a' },
      { id: ids.to, label: 'Beta', type: 'state', description: 'b' },
    ],
    relations: [
      {
        id: 'r',
        source: ids.from,
        target: ids.to,
        type: 'pressure',
        label: 'presses',
        claim: 'Alpha presses Beta.',
        evidence: [{ source: ids.source, quote: 'Alpha presses Beta.' }],
      },
    ],
  };
  writeFileSync(path.join(dir, 'dataset.json'), prefix + JSON.stringify(dataset));
  writeFileSync(path.join(dir, 'c.txt'), text);
  return [path.join(dir, 'dataset.json'), path.join(dir, 'c.txt')];
}

describe('named regressions, in the browser', () => {
  it('opens a map with an actor whose id every object inherits (constructor), from a file with a byte-order mark', async () => {
    const { page } = await openApp('/');
    const files = writeDataset(
      { source: 'notes', from: 'constructor', to: 'beta' },
      'Alpha presses Beta.',
      '\uFEFF',
    );
    await page.getByLabel('Dataset files').first().setInputFiles(files);
    await page.getByRole('heading', { level: 1, name: 'Inherited names' }).waitFor();
    await page.waitForSelector(APP_READY);
    const drawn = await readGraph(page, (cy) => ({
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy.edges().length,
      // Laid out like any other actor, not left at the origin.
      apart: cy.$id('constructor').position().x !== cy.$id('beta').position().x,
    }));
    expect(drawn).toEqual({ nodes: ['beta', 'constructor'], edges: 1, apart: true });
  });

  it('reports a source text that is not UTF-8 with its byte offset', async () => {
    const { page } = await openApp('/');
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Caf'),
      0xe9,
      ...new TextEncoder().encode(' Alpha presses Beta.'),
    ]);
    await page
      .getByLabel('Dataset files')
      .first()
      .setInputFiles(writeDataset({ source: 's', from: 'a', to: 'b' }, latin1));
    const issues = page.getByRole('list', { name: 'Dataset issues' });
    await issues.waitFor();
    expect(await issues.textContent()).toContain(
      '"c.txt" is not valid UTF-8 (the byte at offset 3 is not UTF-8)',
    );
  });
});
