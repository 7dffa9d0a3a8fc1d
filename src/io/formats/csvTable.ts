/**
 * One CSV sheet read into rows of named cells, with papaparse doing the parsing (quotes,
 * commas and line breaks inside cells, CRLF, a delimiter of ",", ";" or tab). Row numbers are
 * the spreadsheet's: the header is row 1, so the first record is row 2, and a blank line keeps
 * its number. Every problem is an issue naming the file, the row and the column.
 */
import Papa from 'papaparse';
import type { Issue } from '../../domain/issues';
import { COLUMNS, REQUIRED, unguardFormula, type Column, type Sheet } from './csvSheets';

export interface TableRow<S extends Sheet> {
  /** The row's number as a spreadsheet shows it. */
  row: number;
  /** A cell's text, trimmed, '' when empty or absent. */
  cell: (column: Column<S>) => string;
}

export interface Table<S extends Sheet> {
  file: string;
  rows: TableRow<S>[];
  /** Whether the header has this column (a missing one reads as empty cells). */
  hasColumn: (column: Column<S>) => boolean;
}

export function place(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${column}`;
}

/** Reads a sheet; null (with issues) when its header lacks a column it cannot do without. */
export function readTable<S extends Sheet>(
  file: string,
  sheet: S,
  text: string,
  issues: Issue[],
): Table<S> | null {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const problems: TableProblem[] = [];
  // Papaparse says which record a problem is in (0 is the header); a stray quote ends the file.
  const told = new Set<string>();
  for (const problem of parsed.errors) {
    const row = (problem.row ?? 0) + 1;
    if (problem.code === 'UndetectableDelimiter' || told.has(`${row} ${problem.code}`)) continue;
    told.add(`${row} ${problem.code}`);
    const hint =
      problem.code === 'MissingQuotes'
        ? 'a cell opened with a double quote is never closed; close it, and write a double quote inside a cell as two ("")'
        : problem.code === 'InvalidQuotes'
          ? 'a double quote inside a cell that is in double quotes must be written as two: "he said ""hi"" to me"'
          : problem.message;
    problems.push({ row, message: hint });
  }
  return tableOf(file, sheet, parsed.data, issues, { csv: problems });
}

/** A problem the parser found, at a row. */
interface TableProblem {
  row: number;
  message: string;
}

/**
 * A sheet's records (the header first), from a CSV parser or a workbook's sheet, read into
 * rows of named cells; null (with issues) when the header lacks a column it cannot do without.
 */
export function tableOf<S extends Sheet>(
  file: string,
  sheet: S,
  records: readonly (readonly string[])[],
  issues: Issue[],
  /** Said at their rows; a workbook's sheet has none, and no commas to put in quotes. */
  from: { csv: readonly TableProblem[] } | 'workbook',
): Table<S> | null {
  const error = (path: string, message: string) => issues.push({ severity: 'error', file, path, message });
  const header = (records[0] ?? []).map((name) => name.trim());
  const known: readonly string[] = COLUMNS[sheet];
  const columnAt = new Map<string, number>();
  header.forEach((name, i) => {
    const column = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (column && !columnAt.has(column)) columnAt.set(column, i);
  });
  const missing = REQUIRED[sheet].filter((column) => !columnAt.has(column));
  if (missing.length > 0) {
    error(
      'row 1',
      `the header has no ${missing.map((c) => `"${c}"`).join(', ')} column; the ${sheet} sheet's first row names its columns, among them ${known.map((c) => `"${c}"`).join(', ')}`,
    );
    return null;
  }
  const unread = header.filter((name, i) => name !== '' && ![...columnAt.values()].includes(i));
  if (unread.length > 0) {
    issues.push({
      severity: 'warning',
      file,
      path: 'row 1',
      message: `${unread.map((c) => `"${c}"`).join(', ')} ${unread.length === 1 ? 'is' : 'are'} not read; the columns read are ${known.map((c) => `"${c}"`).join(', ')}`,
    });
  }
  if (from !== 'workbook') for (const problem of from.csv) error(place(problem.row), problem.message);
  const rows: TableRow<S>[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    // Cells past the header's that hold nothing are what a spreadsheet leaves; text there is not.
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      error(
        place(row),
        from === 'workbook'
          ? `has text past the last column named in row 1; name its column in row 1 or move the text`
          : `${cells.length} cells where the header has ${header.length}; a cell holding a comma must be in double quotes ("like, this")`,
      );
      return;
    }
    rows.push({
      row,
      cell: (column) => {
        const at = columnAt.get(column);
        return at === undefined ? '' : unguardFormula((cells[at] ?? '').trim());
      },
    });
  });
  return { file, rows, hasColumn: (column) => columnAt.has(column) };
}

/**
 * The delimiter, from the header line: the most common of comma, semicolon and tab (Excel
 * writes ";" where the decimal mark is a comma). Papaparse guesses from the whole file and
 * falls back to "," on a two-column sheet with a final line break.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}
