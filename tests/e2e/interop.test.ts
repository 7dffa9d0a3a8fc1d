/**
 * Maps in and out of other tools, in the built app: the open map downloaded as spreadsheets
 * and opened again from them, a map begun in a spreadsheet without quotes, and a workbook.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { APP_READY, readGraph, setupBrowser } from './harness';

const openApp = setupBrowser();

const asFile = (name: string, text: string) => ({
  name,
  mimeType: name.endsWith('.csv') ? 'text/csv' : 'text/plain',
  buffer: Buffer.from(text),
});

describe('maps from and to spreadsheets', () => {
  it('downloads the map as spreadsheets that open again with every relation and quote', async () => {
    const { page } = await openApp('/');
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-csv\.zip$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'CSV cannot carry' }).textContent(),
    ).resolves.toContain('3 deal(s)');
    const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
    const names = Object.keys(entries).sort();
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('sources/'))).toHaveLength(2);

    // Picked as files, the sources' texts come by their names (a browser gives no folders).
    const files = names.map((name) => asFile(name.replace(/^sources\//, ''), strFromU8(entries[name]!)));
    await page.getByLabel('Dataset files').first().setInputFiles(files);
    await page.getByRole('heading', { level: 1, name: /^Belarus/ }).waitFor();
    await page.waitForSelector(APP_READY);
    const drawn = await readGraph(page, (cy) => ({
      relations: cy.edges('[stance]').not('.bundle').length,
      unquoted: cy.edges('[unquoted = 1]').length,
    }));
    expect(drawn).toEqual({ relations: 182, unquoted: 0 });
  });

  it('reaches every export from a phone, where the top bar scrolls sideways', async () => {
    const { page } = await openApp('/');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as GEXF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const copy = page.getByRole('button', { name: 'Copy embed code' });
    const box = (await copy.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  });

  it('starts a map from two sheets without quotes: every relation "no evidence yet"', async () => {
    const { page } = await openApp('/');
    await page
      .getByLabel('Dataset files')
      .first()
      .setInputFiles([
        asFile(
          'trade.elements.csv',
          'Label,Type,Description\r\nNorthland,State,A state in the north.\r\nSouthland,state,\r\nPort Authority,Institution,Runs the port.\r\n',
        ),
        asFile(
          'trade.connections.csv',
          'From,To,Type,Label\r\nNorthland,Southland,Sanctions,sanctions\r\nPort Authority,Northland,dependency,depends on\r\n',
        ),
      ]);
    await page.getByRole('heading', { level: 1, name: 'Trade' }).waitFor();
    await page.waitForSelector(APP_READY);
    expect(await readGraph(page, (cy) => cy.edges('[unquoted = 1]').length)).toBe(2);

    const legend = page.getByRole('button', { name: /No evidence yet/ });
    expect(await legend.getAttribute('aria-pressed')).toBe('true');
    const table = page.getByRole('table', { name: 'Relations' });
    if (!(await table.isVisible())) await page.getByRole('button', { name: 'Relation list' }).click();
    await table
      .getByRole('row', { name: /Northland.*sanctions.*Southland/ })
      .first()
      .click();
    const note = page.getByText(/No evidence yet\. This relation came in without a quote/);
    await note.waitFor();

    await expect.poll(() => note.textContent()).toMatch(/choose Edit map/);

    await legend.click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('noevidence') === 'hide');
    expect(await legend.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens an Excel workbook picked with its source text, its quotes checked', async () => {
    const { page } = await openApp('/');
    await page
      .getByLabel('Dataset files')
      .first()
      .setInputFiles([
        {
          name: 'harbour.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: await readFile('tests/fixtures/workbook/harbour.xlsx'),
        },
        asFile(
          'harbour-notes.txt',
          await readFile('tests/fixtures/workbook/sources/harbour-notes.txt', 'utf8'),
        ),
      ]);
    await page.getByRole('heading', { level: 1, name: 'Harbour' }).waitFor();
    await page.waitForSelector(APP_READY);
    const drawn = await readGraph(page, (cy) => ({
      actors: cy.nodes().length,
      relations: cy.edges().length,
      unquoted: cy.edges('[unquoted = 1]').length,
    }));
    expect(drawn).toEqual({ actors: 3, relations: 2, unquoted: 0 });
  });
});
