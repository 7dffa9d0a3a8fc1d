/**
 * Which format a file is in, by its name, and the code that reads or writes it, fetched only
 * when a file of that format is opened or asked for (the first picture never waits for a
 * CSV parser). The app's Open and Export, and `npm run convert`, all read this one table.
 */
import type { AsyncImporter, Exporter, Importer } from './format';

export interface FormatInfo {
  /** What people call it. */
  label: string;
  /** Its name on a button. */
  short: string;
  /** Which tools open it, for a button's title and the README. */
  opensIn: string;
  /** File names ending so are this format (the first is what an export writes). */
  extensions: readonly string[];
  importer?: () => Promise<Importer | AsyncImporter>;
  exporter?: () => Promise<Exporter>;
  /**
   * The format carries each source's title and date but not its text: the CLI writes the texts
   * to sources/ beside the file, where reading it back looks for them.
   */
  textsBeside?: boolean;
  /** The file is not text (a workbook): the importer is given its bytes, not decoded. */
  binary?: boolean;
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
  xlsx: {
    label: 'Excel workbook',
    short: 'Excel',
    opensIn:
      'Excel, LibreOffice and Google Sheets: one workbook with the sheets elements, connections and sources',
    extensions: ['.xlsx'],
    importer: async () => (await import('./xlsxImport')).importXlsx,
    binary: true,
  },
  gexf: {
    label: 'GEXF 1.3 (Gephi)',
    short: 'GEXF',
    opensIn: 'Gephi and Gephi Lite, with the dates as spells for its timeline, and networkx',
    extensions: ['.gexf'],
    importer: async () => (await import('./gexf')).importGexf,
    exporter: async () => (await import('./gexf')).exportGexf,
    textsBeside: true,
  },
  graphml: {
    label: 'GraphML',
    short: 'GraphML',
    opensIn: 'Gephi, yEd, Cytoscape desktop, networkx and igraph',
    extensions: ['.graphml'],
    importer: async () => (await import('./graphml')).importGraphml,
    exporter: async () => (await import('./graphml')).exportGraphml,
    textsBeside: true,
  },
  cyjs: {
    label: 'Cytoscape JSON',
    short: 'Cytoscape',
    opensIn: 'Cytoscape desktop (File › Import › Network from File) and cytoscape.js',
    extensions: ['.cyjs'],
    exporter: async () => (await import('./cytoscapeJson')).exportCytoscapeJson,
  },
  jsonld: {
    label: 'Web annotations (JSON-LD)',
    short: 'Annotations',
    opensIn:
      'annotation tools and stores that read the W3C Web Annotation model (text quote and position selectors)',
    extensions: ['.jsonld'],
    exporter: async () => (await import('./webAnnotations')).exportWebAnnotations,
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
