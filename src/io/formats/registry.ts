/**
 * Which format a file is in, by its name, and the code that reads or writes it, fetched only
 * when a file of that format is opened or asked for (the first picture never waits for a
 * CSV parser). The app's Open and Export, and `npm run convert`, all read this one table.
 */
import type { Exporter, Importer } from './format';

export interface FormatInfo {
  /** What people call it. */
  label: string;
  /** Its name on a button. */
  short: string;
  /** Which tools open it, for a button's title and the README. */
  opensIn: string;
  /** File names ending so are this format (the first is what an export writes). */
  extensions: readonly string[];
  importer?: () => Promise<Importer>;
  exporter?: () => Promise<Exporter>;
}

export const FORMATS = {
  csv: {
    label: 'Spreadsheets (CSV)',
    short: 'CSV',
    opensIn:
      'Excel, LibreOffice, Google Sheets and Kumu; map.elements.csv, map.connections.csv and map.sources.csv, with the texts in sources/, zipped',
    extensions: ['.csv'],
    importer: async () => (await import('./csvImport')).importCsv,
    exporter: async () => (await import('./csvExport')).exportCsv,
  },
} as const satisfies Record<string, FormatInfo>;
export type FormatId = keyof typeof FORMATS;

/** The format a file name says, for the formats other than our own JSON. */
export function formatOf(file: string): FormatId | undefined {
  const name = file.toLowerCase();
  const found = (Object.entries(FORMATS) as [FormatId, FormatInfo][]).find(([, info]) =>
    info.extensions.some((ext) => name.endsWith(ext)),
  );
  return found?.[0];
}

/** The format of a file the app can open (ours aside), by its name. */
export function importableFormat(file: string): FormatId | undefined {
  const format = formatOf(file);
  return format && (FORMATS[format] as FormatInfo).importer ? format : undefined;
}

/** Every extension a file may be opened with: ours and the importable ones, for a file picker. */
export const OPENABLE_EXTENSIONS: readonly string[] = [
  '.json',
  ...Object.values(FORMATS as Record<string, FormatInfo>).flatMap((info) =>
    info.importer ? info.extensions : [],
  ),
];
