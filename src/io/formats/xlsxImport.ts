/**
 * A map from one Excel workbook whose sheets are named as the CSV sheets are: "elements",
 * "connections" and, when relations quote anything, "sources" (see csvSheets.ts), with each
 * source's text in a file the Text column names (sources/<id>.txt by default) picked with it.
 * read-excel-file unzips and reads the workbook; the sheets then go through the same import
 * as CSV sheets, so a workbook and its sheets saved as CSV give the same map and the same
 * messages, told as "map.xlsx › connections: row 12, column Quote".
 */
import readXlsxFile from 'read-excel-file/universal';
import type { Issue } from '../../domain/issues';
import { baseName } from '../paths';
import { SHEETS, type Sheet } from './csvSheets';
import { tableOf, type Table } from './csvTable';
import { importTables } from './csvImport';
import type { AsyncImporter } from './format';

type Cell = string | number | boolean | Date | null;

export const importXlsx: AsyncImporter = async (input) => {
  const fail = (message: string) => ({
    ok: false as const,
    issues: [{ severity: 'error' as const, file: input.file, path: '', message }],
  });
  if (!input.bytes) return fail('is not a file the app can read');
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // A copy of just this file's bytes: the view may sit in a larger buffer.
    const buffer = input.bytes.slice().buffer;
    sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      `is not a workbook Excel or LibreOffice wrote (${reason}); save it again as .xlsx ("Excel 2007-365"), or save each sheet as CSV`,
    );
  }
  const names = sheets.map((s) => s.sheet);
  const byName = (sheet: Sheet) => sheets.find((s) => nameOf(s.sheet) === sheet);
  if (!byName('elements')) {
    return fail(
      `has no sheet named "elements" (its sheets: ${names.map((n) => `"${n}"`).join(', ')}); name the sheet of actors "elements", the relations "connections" and the sources "sources"`,
    );
  }
  const issues: Issue[] = [];
  const read = <S extends Sheet>(sheet: S): Table<S> | null | undefined => {
    const found = byName(sheet);
    return (
      found && tableOf(`${input.file} › ${found.sheet}`, sheet, found.data.map(cells), issues, 'workbook')
    );
  };
  const tables = { elements: read('elements'), connections: read('connections'), sources: read('sources') };
  const others = names.filter((n) => !SHEETS.includes(nameOf(n) as Sheet));
  if (others.length > 0)
    issues.push({
      severity: 'warning',
      file: input.file,
      path: '',
      message: `${others.map((n) => `sheet "${n}"`).join(', ')} ${others.length === 1 ? 'is' : 'are'} not read; the sheets read are "elements", "connections" and "sources"`,
    });
  return importTables(input, tables, issues, {
    title: baseName(input.file).replace(/\.xlsx$/i, ''),
    unreadable: new Set(),
    missing: (sheet) =>
      sheet === 'connections'
        ? `add a sheet named "connections" to ${baseName(input.file)}`
        : `add a sheet named "sources" to ${baseName(input.file)}, and pick the sources' texts with it`,
  });
};

/** "Elements", " connections " → the sheet it is, by name in any case. */
function nameOf(sheet: string): string {
  return sheet.trim().toLowerCase();
}

/** A row's cells as the text a CSV sheet would hold: numbers as written, dates as ISO dates. */
function cells(row: readonly Cell[]): string[] {
  return row.map((cell) => {
    if (cell === null) return '';
    if (cell instanceof Date) return isoDate(cell);
    return String(cell);
  });
}

/** A date cell as the date it shows (workbooks keep no time zone: read as UTC). */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = date.toISOString().slice(0, 10);
  const time = date.toISOString().slice(11, 19);
  return time === '00:00:00' ? day : `${day}T${time}`;
}
