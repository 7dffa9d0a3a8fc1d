import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from '../../src/domain/issues';
import { exportCsv } from '../../src/io/formats/csvExport';
import { guardFormula, joinValues, splitValues, unguardFormula } from '../../src/io/formats/csvSheets';
import { loadAny } from '../../src/io/loadAny';
import type { LoadResult } from '../../src/io/loadDataset';
import { findText, type TextFile } from '../../src/io/textFiles';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

const TEXT = 'Minsk said the border would reopen, and Vilnius closed it again.';
const SOURCES = `ID,Title,Publisher,Published\nnews,A report,A paper,2025-11\n`;
const ELEMENTS = `Label,Type,Description\nBelarus,State,Ruled from Minsk.\nLithuania,state,A neighbour.\n`;

/** Loads sheets given as text (the connections sheet is the file opened), with texts beside. */
function loadSheets(sheets: Record<string, string>, texts: Record<string, string> = {}): Promise<LoadResult> {
  const files: TextFile[] = Object.entries({ ...sheets, ...texts }).map(([p, content]) => ({
    path: p,
    content,
  }));
  const main = Object.keys(sheets).find((name) => name.includes('connections')) ?? Object.keys(sheets)[0]!;
  return loadAny({
    file: main,
    folder: '',
    content: sheets[main],
    files: files.filter((f) => f.path !== main),
    readText: (relative) => Promise.resolve(findText(files, '', relative)),
  });
}

const messages = (issues: readonly Issue[]) => issues.map(formatIssue);
const errors = (issues: readonly Issue[]) => messages(issues.filter((i) => i.severity === 'error'));

describe('maps from spreadsheets', () => {
  it('reads elements, connections and sources, quotes checked against the texts', async () => {
    const result = await loadSheets(
      {
        'map.elements.csv': ELEMENTS,
        'map.connections.csv':
          'From,To,Type,Label,Claim,Quote,Source,Date\r\nLithuania,Belarus,Border closure,closes the border with,Lithuania closes its border.,Vilnius closed it again,news,2025-10\r\n',
        'map.sources.csv': SOURCES,
      },
      { 'sources/news.txt': TEXT },
    );
    expect(messages(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => [a.id, a.type])).toEqual([
      ['belarus', 'state'],
      ['lithuania', 'state'],
    ]);
    const [relation] = result.dataset.relations;
    expect(relation).toMatchObject({
      source: 'lithuania',
      target: 'belarus',
      type: 'border_closure',
      evidence: [{ source: 'news', quote: 'Vilnius closed it again' }],
      when: { start: '2025-10' },
    });
    expect(result.spans).toHaveLength(1);
    expect(result.dataset.title).toBe('Map');
  });

  it('keeps a connection with no quote as "no evidence yet", a warning at its row', async () => {
    const result = await loadSheets({
      'map.elements.csv': ELEMENTS,
      'map.connections.csv': 'From,To,Type\nLithuania,Belarus,pressure\n',
    });
    expect(result.ok).toBe(true);
    expect(messages(result.issues)).toContainEqual(
      expect.stringMatching(
        /^map\.connections\.csv: row 2, column Quote: relation "[a-z-]+" has no evidence yet/,
      ),
    );
    // No claim written: one warning for the sheet, and the relation reads From label To.
    expect(messages(result.issues)).toContainEqual(
      expect.stringContaining('map.connections.csv: row 2, column Claim: 1 connection(s) have no claim'),
    );
    if (result.ok) expect(result.dataset.relations[0]!.claim).toBe('Lithuania pressures Belarus.');
  });

  it('names the file, row and column of what is wrong', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { 'map.elements.csv': 'Name,Type\nBelarus,state\n' },
        'map.elements.csv: row 1: the header has no "Label" column',
      ],
      [
        { 'map.elements.csv': ELEMENTS, 'map.connections.csv': 'From,To,Type\nLithuania,Belarus,embargo\n' },
        'map.connections.csv: row 2, column Type: "embargo" is not a relation type',
      ],
      [
        { 'map.elements.csv': ELEMENTS, 'map.connections.csv': 'From,To,Type\nLithuania,Poland,pressure\n' },
        'map.connections.csv: row 2, column To: "Poland" is not an element',
      ],
      [
        {
          'map.elements.csv': ELEMENTS,
          'map.connections.csv': 'From,To,Type,Claim\nLithuania,Belarus,pressure,It presses, hard\n',
        },
        'map.connections.csv: row 2: 5 cells where the header has 4; a cell holding a comma must be in double quotes',
      ],
      [
        { 'map.elements.csv': 'Label,Type\nBelarus,planet\n' },
        'map.elements.csv: row 2, column Type: "planet" is not an actor type',
      ],
      [
        {
          'map.elements.csv': ELEMENTS,
          'map.connections.csv':
            'From,To,Type,Quote,Source\nLithuania,Belarus,pressure,"Vilnius closed it,news\n',
        },
        'map.connections.csv: row 2: a cell opened with a double quote is never closed',
      ],
    ];
    for (const [sheets, expected] of cases) {
      const result = await loadSheets(sheets);
      expect(result.ok, expected).toBe(false);
      expect(messages(result.issues)).toContainEqual(expect.stringContaining(expected));
    }
  });

  it('says which quote is not in its source, by row and column', async () => {
    const result = await loadSheets(
      {
        'map.elements.csv': ELEMENTS,
        'map.connections.csv':
          'From,To,Type,Quote,Source\nLithuania,Belarus,pressure,Vilnius opened it,news\n',
        'map.sources.csv': SOURCES,
      },
      { 'sources/news.txt': TEXT },
    );
    expect(result.ok).toBe(false);
    expect(messages(result.issues)).toContainEqual(
      expect.stringContaining('map.connections.csv: row 2, column Quote: not found in source "news"'),
    );
  });

  it('reads a byte-order mark, CRLF, semicolons and quoted commas and line breaks', async () => {
    const result = await loadSheets({
      'map.elements.csv':
        '\uFEFFLabel;Type;Description\r\nBelarus;state;"Ruled, from\r\nMinsk."\r\nLithuania;state;x\r\n',
      'map.connections.csv': '\uFEFFFrom;To;Type\r\nBelarus;Lithuania;pressure\r\n',
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.actors[0]!.description).toBe('Ruled, from\r\nMinsk.');
  });

  it('reads a two-column sheet saved with semicolons or tabs, and empty cells past the header', async () => {
    for (const sep of [';', '\t']) {
      const result = await loadSheets({
        'map.elements.csv': `Label${sep}Type\r\nBelarus${sep}state\r\n`,
      });
      expect(
        messages(result.issues).filter((m) => m.includes('error')),
        JSON.stringify(sep),
      ).toEqual([]);
      expect(result.ok).toBe(true);
    }
    const trailing = await loadSheets({ 'map.elements.csv': 'Label,Type\nBelarus,state,,\n' });
    expect(trailing.ok).toBe(true);
  });

  it('explains a stray double quote once, with the fix', async () => {
    const result = await loadSheets({
      'map.elements.csv': 'Label,Type,Description\nBelarus,state,"He said "hi" to me"\n',
    });
    const told = messages(result.issues).filter((m) => m.includes('row 2:'));
    expect(told).toEqual([expect.stringContaining('must be written as two')]);
  });

  it('never gives a made-up ID one that a later row writes, and says where a written ID stands already', async () => {
    const result = await loadSheets({
      // Row 2 has no ID: its label would make "belarus", which row 3 writes for itself.
      'map.elements.csv':
        'ID,Label,Type\n,Belarus,state\nbelarus,Republic of Belarus,state\nnews,Lithuania,state\n',
      'map.connections.csv': 'From,To,Type\nbelarus,Belarus,dependency\n',
      'map.sources.csv': 'ID,Title,Publisher,Published\nnews,A report,A paper,2025-11\n',
    });
    expect(errors(result.issues)).toEqual([
      'map.elements.csv: row 4, column ID: "news" is already the ID of row 2 of the sources sheet; give each row its own ID',
    ]);
    const fixed = await loadSheets({
      'map.elements.csv': 'ID,Label,Type\n,Belarus,state\nbelarus,Republic of Belarus,state\n',
      'map.connections.csv': 'From,To,Type\nbelarus,Belarus,dependency\n',
    });
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(fixed.dataset.actors.map((a) => a.id)).toEqual(['belarus-2', 'belarus']);
    // "Belarus" is row 2's label; "belarus" is row 3's written ID, which wins as a name.
    expect(fixed.dataset.relations[0]).toMatchObject({ source: 'belarus', target: 'belarus-2' });
  });

  it('lets Ends name a connection by the ID written, even one that is not a slug', async () => {
    const result = await loadSheets({
      'map.elements.csv': ELEMENTS,
      'map.connections.csv':
        'ID,From,To,Type,Date,Ends\nDeal 1,Belarus,Lithuania,Negotiation,2025-09,\n,Belarus,Lithuania,Deal,2025-10,Deal 1\n,Belarus,Lithuania,Support,2025-11,Deal 9\n',
    });
    expect(errors(result.issues)).toEqual([
      'map.connections.csv: row 4, column Ends: "Deal 9" is not a connection: no row of the connections sheet has this ID; add a row for it there or fix the name',
    ]);
  });

  it('tells a label shared by two rows apart by row, and says to add an ID column', async () => {
    const result = await loadSheets({
      'map.elements.csv': 'Label,Type\nBelarus,state\nBelarus,state\n',
      'map.connections.csv': 'From,To,Type\nBelarus,Belarus,dependency\n',
    });
    expect(errors(result.issues)[0]).toBe(
      'map.connections.csv: row 2, column From: "Belarus" names several rows of the elements sheet (rows 2, 3); add an ID column there, give those rows IDs and write one of them here',
    );
  });

  it('asks for the sources sheet once when connections name sources and it was not picked', async () => {
    const result = await loadSheets({
      'map.elements.csv': ELEMENTS,
      'map.connections.csv':
        'From,To,Type,Quote,Source\nBelarus,Lithuania,Support,a,news\nLithuania,Belarus,Support,b,news\n',
    });
    expect(errors(result.issues)).toEqual([
      'map.connections.csv: row 2, column Source: names "news", but there is no sources sheet; pick map.sources.csv too, with the sources\' texts',
    ]);
  });

  it('warns of what a row gives and cannot keep: a source without a quote, a date label without a date', async () => {
    const result = await loadSheets(
      {
        'map.elements.csv': ELEMENTS,
        'map.connections.csv': 'From,To,Type,Source,Date label\nBelarus,Lithuania,Support,news,autumn\n',
        'map.sources.csv': SOURCES,
      },
      { 'sources/news.txt': TEXT },
    );
    expect(errors(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    const said = messages(result.issues);
    expect(said).toContain(
      'map.connections.csv: row 2, column Quote: is empty, so the source named beside it is not kept and the relation has no evidence yet; copy the passage from the source into Quote',
    );
    expect(said).toContain(
      'map.connections.csv: row 2, column Date label: is not kept because Date is empty; give the date too, or clear this cell',
    );
  });

  it('reads a quote holding "|" whole when it stands so in the source, and says how to escape one otherwise', async () => {
    const text = 'Exports fell | imports rose, the ministry said.';
    const sheets = (quote: string) => ({
      'map.elements.csv': ELEMENTS,
      'map.connections.csv': `From,To,Type,Quote,Source\nBelarus,Lithuania,Support,${quote},news\n`,
      'map.sources.csv': SOURCES,
    });
    const whole = await loadSheets(sheets('Exports fell | imports rose'), { 'sources/news.txt': text });
    expect(errors(whole.issues)).toEqual([]);
    if (!whole.ok) throw new Error('not loaded');
    expect(whole.dataset.relations[0]!.evidence.map((e) => e.quote)).toEqual(['Exports fell | imports rose']);

    const split = await loadSheets(sheets('Exports fell | the minister'), { 'sources/news.txt': text });
    expect(messages(split.issues)).toContain(
      'map.connections.csv: row 2, column Quote: was read as 2 quotes, split at "|"; if a "|" belongs to the quote, write it as "\\|"',
    );
  });

  it('does not also call an elements sheet missing when it was picked and is not UTF-8', async () => {
    const files: TextFile[] = [
      { path: 'map.elements.csv', content: new Uint8Array([0x4c, 0x61, 0xff, 0x0a]) },
    ];
    const result = await loadAny({
      file: 'map.connections.csv',
      folder: '',
      content: 'From,To,Type\n',
      files,
      readText: () => Promise.resolve(undefined),
    });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'map.elements.csv' });
  });

  it('reads sheets a browser renamed on a second download: "map.elements (1).csv"', async () => {
    const result = await loadSheets({
      'map.elements (1).csv': ELEMENTS,
      'map.connections (1).csv': 'From,To,Type\nBelarus,Lithuania,Support\n',
    });
    expect(result.ok).toBe(true);
  });

  it('splits cells on "|" and keeps an escaped "\\|"', () => {
    expect(splitValues('a | b|c')).toEqual(['a', 'b', 'c']);
    expect(splitValues(joinValues(['x | y', 'z']))).toEqual(['x | y', 'z']);
  });

  it('writes a cell a spreadsheet would run as a formula so that it is not run, and reads it back as it was', () => {
    for (const cell of ['=HYPERLINK("http://x")', '-the text', '+1', '@sum']) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
    }
    expect(guardFormula("it's")).toBe("it's");
    expect(unguardFormula("'quoted'")).toBe("'quoted'");
  });
});

describe('the Belarus map as spreadsheets and back', () => {
  it('keeps every actor, relation, quote and date, and says what it could not carry', async () => {
    const original = await loadDatasetFile('graph-data/belarus/dataset.json');
    if (!original.ok) throw new Error('the bundled map does not load');
    const { files, dropped } = exportCsv(original, 'belarus');
    expect(files.map((f) => f.path)).toEqual([
      'belarus.elements.csv',
      'belarus.connections.csv',
      'belarus.sources.csv',
      'sources/ecfr-belarus-thaw.txt',
      'sources/carnegie-2025-12-17.txt',
    ]);
    expect(dropped).toContain('3 deal(s)');
    const sheets = Object.fromEntries(
      files.filter((f) => f.path.endsWith('.csv')).map((f) => [f.path, f.content]),
    );
    const texts = Object.fromEntries(
      files.filter((f) => f.path.endsWith('.txt')).map((f) => [f.path, f.content]),
    );
    const back = await loadSheets(sheets, texts);
    expect(messages(back.issues)).toEqual([]);
    if (!back.ok) throw new Error('the sheets do not load back');
    const { dataset: a } = original;
    const { dataset: b } = back;
    expect(b.actors).toEqual(a.actors);
    expect(b.positions).toEqual(a.positions);
    // What the sheets carry: all but contests, figures and the approximate mark.
    const kept = (r: (typeof a.relations)[number]) => ({
      ...r,
      contested: undefined,
      figures: undefined,
      when: r.when && { ...r.when, approximate: undefined },
    });
    expect(b.relations.map(kept)).toEqual(a.relations.map(kept));
    const credit = (s: (typeof a.sources)[number]) => ({ ...s, text: undefined, content: undefined });
    expect(b.sources.map(credit)).toEqual(a.sources.map(credit));
    expect(back.spans).toHaveLength(
      original.spans.filter((s) => s.elementKind === 'relation' && !s.path.includes('contested')).length,
    );
  });
});
