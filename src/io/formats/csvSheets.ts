/**
 * The spreadsheet form of a map, as Kumu lays it out: one sheet of elements (actors), one of
 * connections (relations), and ours beside them, a sheet of sources, since every quote must
 * name where it comes from. A cell may hold several values separated by "|". Both the import
 * and the export read the columns from here, so the two cannot drift apart.
 */
import { baseName } from '../paths';

/** The sheets of a map called "map": map.elements.csv, map.connections.csv, map.sources.csv. */
export const SHEETS = ['elements', 'connections', 'sources'] as const;
export type Sheet = (typeof SHEETS)[number];

/** The columns of each sheet, in the order an export writes them. */
export const COLUMNS = {
  elements: ['ID', 'Label', 'Type', 'Aliases', 'Description', 'Parent', 'X', 'Y'],
  connections: [
    'ID',
    'From',
    'To',
    'Type',
    'Label',
    'Claim',
    'Quote',
    'Source',
    'Date',
    'Until',
    'Date label',
    'Date basis',
    'Stance',
    'Attributed to',
    'Ends',
  ],
  sources: [
    'ID',
    'Title',
    'Title is ours',
    'Publisher',
    'Published',
    'Not before',
    'Not after',
    'Date note',
    'Authors',
    'URL',
    'Rights',
    'Text',
  ],
} as const satisfies Record<Sheet, readonly string[]>;
export type Column<S extends Sheet> = (typeof COLUMNS)[S][number];

/** Columns a sheet cannot do without. */
export const REQUIRED: { [S in Sheet]: readonly Column<S>[] } = {
  elements: ['Label', 'Type'],
  connections: ['From', 'To', 'Type'],
  sources: ['ID', 'Title', 'Publisher', 'Published'],
};

/** The JSON field each column fills: what maps the loader's messages back to a column. */
export const FIELD_COLUMNS: { [S in Sheet]: Readonly<Record<string, Column<S>>> } = {
  elements: {
    id: 'ID',
    label: 'Label',
    type: 'Type',
    aliases: 'Aliases',
    description: 'Description',
    parent: 'Parent',
  },
  connections: {
    id: 'ID',
    source: 'From',
    target: 'To',
    type: 'Type',
    label: 'Label',
    claim: 'Claim',
    evidence: 'Quote',
    quote: 'Quote',
    when: 'Date',
    start: 'Date',
    end: 'Until',
    basis: 'Date basis',
    stance: 'Stance',
    attributedTo: 'Attributed to',
    ends: 'Ends',
  },
  sources: {
    id: 'ID',
    title: 'Title',
    titleIsOurs: 'Title is ours',
    publisher: 'Publisher',
    published: 'Published',
    notBefore: 'Not before',
    notAfter: 'Not after',
    note: 'Date note',
    authors: 'Authors',
    url: 'URL',
    rights: 'Rights',
    text: 'Text',
    content: 'Text',
  },
};

/** Separates several values in one cell; "\|" is a "|" that does not separate. */
export const SEPARATOR = '|';

export function joinValues(values: readonly string[]): string {
  return values.map((value) => value.replaceAll(SEPARATOR, `\\${SEPARATOR}`)).join(` ${SEPARATOR} `);
}

export function splitValues(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && cell[i + 1] === SEPARATOR) {
      current += SEPARATOR;
      i++;
    } else if (ch === SEPARATOR) {
      values.push(current);
      current = '';
    } else current += ch;
  }
  values.push(current);
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first) is written with an apostrophe
 * before it, which spreadsheets hide and do not run; reading drops it again, so a quote that
 * begins "- the text" comes back as it was.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * "data/map.connections.csv" → the map's base "data/map" and the sheet, or null for another
 * name. A browser's " (1)" on a file downloaded twice is allowed: "map.elements (1).csv".
 */
export function sheetOf(file: string): { base: string; sheet: Sheet } | null {
  const match = /^(.*?)(?:^|[.\-_ ])?(elements|connections|sources)(?: ?\(\d+\))?\.csv$/i.exec(file);
  if (!match) return null;
  return { base: match[1]!, sheet: match[2]!.toLowerCase() as Sheet };
}

/** The file name of a sheet of a map: ("map", "elements") → "map.elements.csv"; ("", …) → "elements.csv". */
export function sheetFile(base: string, sheet: Sheet): string {
  const name = baseName(base);
  return name === '' ? `${base}${sheet}.csv` : `${base}.${sheet}.csv`;
}
