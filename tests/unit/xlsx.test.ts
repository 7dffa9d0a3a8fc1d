/**
 * A map from one Excel workbook, read by the same import as the CSV sheets: its sheets by
 * name, a date cell and numbers as a spreadsheet shows them, messages at sheet, row and column.
 */
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/domain/issues';
import { loadAny } from '../../src/io/loadAny';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

const FIXTURE = 'tests/fixtures/workbook/harbour.xlsx';

function loadWorkbook(bytes: Uint8Array, file = 'harbour.xlsx') {
  return loadAny({ file, folder: '', content: bytes, files: [], readText: () => Promise.resolve(undefined) });
}

describe('maps from an Excel workbook', () => {
  it('reads the elements, connections and sources sheets with the texts beside, as the CLI does', async () => {
    const result = await loadDatasetFile(FIXTURE);
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    expect(result.issues.map(formatIssue)).toContain(
      `${FIXTURE}: sheet "Notes" is not read; the sheets read are "elements", "connections" and "sources"`,
    );
    if (!result.ok) throw new Error('not loaded');
    const { dataset } = result;
    expect(dataset.title).toBe('Harbour');
    expect(dataset.actors.map((a) => [a.id, a.label, a.type])).toEqual([
      ['avalon', 'Avalon', 'state'],
      ['brightland', 'Brightland', 'state'],
      ['detained-sailors', 'Detained sailors', 'group'],
    ]);
    expect(dataset.positions).toEqual({ avalon: { x: 0, y: 0 }, brightland: { x: 240.5, y: -80 } });
    // A real date cell comes in as the day it shows; a name by alias and a source by title are found.
    expect(dataset.relations.map((r) => [r.source, r.type, r.target, r.when?.start])).toEqual([
      ['avalon', 'border_closure', 'brightland', '2024-03-03'],
      ['avalon', 'prisoner_release', 'detained-sailors', '2024-03'],
    ]);
    expect(result.spans).toHaveLength(2);
  });

  it('tells a quote not in its source by sheet, row and column', async () => {
    const result = await loadWorkbook(readFileSync(FIXTURE));
    // No texts picked with it: the quotes cannot be checked, and the message says where they are.
    expect(result.ok).toBe(false);
    expect(result.issues.map(formatIssue).join('\n')).toMatch(
      /^harbour\.xlsx › Sources: row 2, column Text: /m,
    );
  });

  it('names the sheets it has when none is called "elements"', async () => {
    const book = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    });
    const broken = await loadWorkbook(book);
    expect(broken.ok).toBe(false);
    expect(formatIssue(broken.issues[0]!)).toMatch(
      /^harbour\.xlsx: is not a workbook Excel or LibreOffice wrote \(.+\); save it again as \.xlsx/,
    );
    const notZip = await loadWorkbook(strToU8('ID,Label\n'));
    expect(formatIssue(notZip.issues[0]!)).toMatch(/^harbour\.xlsx: is not a workbook/);
  });
});
