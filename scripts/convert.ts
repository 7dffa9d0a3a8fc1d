// npm run convert -- [--beside] IN OUT: converts a map between the formats the app reads and
// writes, chosen by each file's extension (see src/io/formats/registry.ts), through the same
// loader and with the same messages as the app. IN is checked first; a map with errors is not
// converted. OUT as map.html writes the offline copy (from dist/dossier.html: build first).
// OUT as map.csv writes map.elements.csv, map.connections.csv and map.sources.csv,
// with the sources' texts in sources/ beside them; .json embeds the texts unless --beside.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue, hasErrors } from '../src/domain/issues';
import type { ExportedFile } from '../src/io/formats/format';
import { sheetOf } from '../src/io/formats/csvSheets';
import { formatOf, FORMATS, type FormatInfo } from '../src/io/formats/registry';
import { sourceTextFiles, sourceTextPath } from '../src/io/formats/format';
import { DOSSIER_TEMPLATE_FILE } from '../src/io/dossierTemplate';
import { DossierTemplateError, fillDossier } from '../src/io/formats/dossier';
import type { LoadedDataset } from '../src/io/loadDataset';
import { selfContainedJson } from '../src/io/selfContained';
import { loadDatasetFile } from './lib/readDataset';

const USAGE = `usage: npm run convert -- [--beside] IN OUT, where each file ends in .json, ${Object.values(
  FORMATS as Record<string, FormatInfo>,
)
  .flatMap((f) => f.extensions)
  .join(', ')}, or (OUT only) .html, the offline copy`;

/** The offline copy's template, as `npm run build` leaves it. */
const DOSSIER_TEMPLATE = path.join('dist', DOSSIER_TEMPLATE_FILE);

/** The map as one web page that opens offline: the built template with the map filled in. */
async function dossier(map: LoadedDataset, name: string): Promise<ExportedFile[]> {
  let template: string;
  try {
    template = await readFile(DOSSIER_TEMPLATE, 'utf8');
  } catch {
    throw new DossierTemplateError(
      `${DOSSIER_TEMPLATE} is missing: the offline copy's template is made by \`npm run build\`; run it first`,
    );
  }
  const html = fillDossier(template, selfContainedJson(map.dataset, map.texts), map.dataset.title);
  return [{ path: `${name}.html`, content: html, mime: 'text/html' }];
}

/** Our JSON: the texts embedded, or (--beside) in sources/ beside it, as the bundled map keeps them. */
function ourJson(map: LoadedDataset, name: string, beside: boolean): ExportedFile[] {
  const file = `${name}.json`;
  if (!beside) return [{ path: file, content: selfContainedJson(map.dataset, map.texts), mime: '' }];
  const sources = map.dataset.sources.map((source) => {
    const withPath = { ...source, text: sourceTextPath(source.id) };
    delete withPath.content;
    return withPath;
  });
  const json = `${JSON.stringify({ ...map.dataset, sources }, null, 2)}\n`;
  return [{ path: file, content: json, mime: '' }, ...sourceTextFiles(map)];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const beside = args.includes('--beside');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--beside');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || files.length !== 2) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}; ${USAGE}` : USAGE);
    return 2;
  }
  const [input, output] = files as [string, string];
  const lower = output.toLowerCase();
  const outFormat = lower.endsWith('.json') ? 'json' : lower.endsWith('.html') ? 'html' : formatOf(output);
  const exporter =
    outFormat === 'json' || outFormat === 'html'
      ? undefined
      : outFormat && (FORMATS[outFormat] as FormatInfo).exporter;
  if (outFormat !== 'json' && outFormat !== 'html' && !exporter) {
    console.error(`${output}: cannot write this kind of file; ${USAGE}`);
    return 2;
  }

  const result = await loadDatasetFile(input);
  for (const issue of result.issues) {
    const line = `${issue.severity}: ${formatIssue(issue)}`;
    if (issue.severity === 'error') console.error(line);
    else console.warn(line);
  }
  if (!result.ok || hasErrors(result.issues)) {
    console.error(`${input}: not converted; fix the errors above`);
    return 1;
  }

  const folder = path.dirname(output);
  const ext = path.extname(output);
  // map.csv → map.elements.csv…; map.gexf → map.gexf. A sheet's own name names its map:
  // map.connections.csv → map.elements.csv…, not map.connections.elements.csv.
  const sheet = outFormat === 'csv' ? sheetOf(path.basename(output)) : null;
  const name = sheet ? sheet.base : path.basename(output, ext);
  const written = exporter
    ? (await exporter())(result, name)
    : outFormat === 'html'
      ? { files: await dossier(result, name), dropped: [] as string[] }
      : { files: ourJson(result, name, beside), dropped: [] as string[] };
  // GEXF and GraphML carry each source's title and date; its text goes beside, where reading
  // the file back looks for it.
  if (outFormat !== 'json' && outFormat !== 'html' && (FORMATS[outFormat!] as FormatInfo).textsBeside)
    written.files.push(...sourceTextFiles(result));
  for (const file of written.files) {
    const target = path.join(folder, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  console.log(`wrote ${written.files.map((f) => path.join(folder, f.path)).join(', ')}`);
  for (const note of written.dropped) console.log(`  not carried: ${note}`);
  return 0;
}

// exitCode, not exit(): exiting at once would cut off output still on its way down a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof DossierTemplateError)
      console.error(`cannot write the offline copy: ${error.message}`);
    else
      console.error(`convert failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
