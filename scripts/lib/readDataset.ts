// Node adapter for the one loader: reads a dataset file (ours, or another tool's: see
// src/io/formats/registry.ts) and its source texts from disk.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sheetOf } from '../../src/io/formats/csvSheets';
import { loadAny } from '../../src/io/loadAny';
import { mapFiles } from '../../src/io/mapFiles';
import type { LoadResult } from '../../src/io/loadDataset';
import type { TextFile } from '../../src/io/textFiles';

export async function loadDatasetFile(file: string): Promise<LoadResult> {
  const shown = file;
  let content: Uint8Array;
  try {
    content = await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err);
    return {
      ok: false,
      issues: [{ severity: 'error', file: shown, path: '', message: `cannot read the file (${reason})` }],
    };
  }
  const dir = path.dirname(file);
  return loadAny({
    file: shown,
    folder: dir,
    files: await sheetsBeside(file),
    content,
    // The loader has already refused paths that leave the folder; this is a second lock.
    readText: async (relative) => {
      const full = path.resolve(dir, relative);
      if (path.relative(dir, full).startsWith('..')) return undefined;
      try {
        return await readFile(full);
      } catch {
        return undefined;
      }
    },
  });
}

/**
 * Dataset files under a folder: every map the app would open from it (see mapFiles): our
 * .json files but the generated schema, graph files, and one sheet of each map's CSV sheets.
 */
export async function findDatasetFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const found: string[] = [];
  const here: string[] = [];
  for (const entry of await readdir(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) found.push(...(await findDatasetFiles(full)));
    else here.push(full);
  }
  return [...found, ...mapFiles(here, (file) => file)].sort();
}

/** The other sheets of a map whose sheet this is (map.connections.csv → map.elements.csv…), and the texts in sources/. */
async function sheetsBeside(file: string): Promise<TextFile[]> {
  const own = sheetOf(path.basename(file));
  if (!own) return [];
  const dir = path.dirname(file);
  const names = (await readdir(dir)).filter((name) => {
    const sheet = sheetOf(name);
    return name !== path.basename(file) && sheet?.base.toLowerCase() === own.base.toLowerCase();
  });
  // The sources' texts in sources/ too: the importer reads a quote holding "|" against them.
  const texts = await readdir(path.join(dir, 'sources')).then(
    (found) => found.filter((name) => name.endsWith('.txt')).map((name) => `sources/${name}`),
    () => [],
  );
  return Promise.all(
    [...names, ...texts].map(async (name) => ({
      // Written as the opened file is ("./out/x.csv" keeps its "./"), so the importer pairs them.
      path: `${file.slice(0, file.length - path.basename(file).length)}${name}`,
      content: await readFile(path.join(dir, name)),
    })),
  );
}
