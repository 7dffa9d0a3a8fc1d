/**
 * Loading a dataset the user picks or drops: one .json file plus its source .txt files, or
 * a map of another tool (spreadsheet sheets, a GEXF or GraphML file) with its texts, or a
 * whole folder. Texts are matched by their path relative to the dataset, falling back to
 * the file name, since a browser does not always tell us folders (see textFiles.ts).
 */
import type { Issue } from '../domain/issues';
import type { LoadResult } from './loadDataset';
import { mapFiles } from './mapFiles';
import { loadFiles, type Progress } from './loadFiles';
import type { FileContent } from './textFiles';

export interface PickedFile {
  name: string;
  /** The path inside a picked folder, where the browser gives one. */
  relativePath?: string;
  /**
   * The file as picked, read where it is checked (see loadFiles). Bytes, not text: the loader
   * decodes them, so a byte that is not UTF-8 is reported, not replaced.
   */
  content: FileContent;
}

export function toPickedFiles(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({
    name: file.name,
    relativePath: file.webkitRelativePath || undefined,
    content: file,
  }));
}

export async function loadPickedFiles(
  files: readonly PickedFile[],
  onProgress?: Progress,
): Promise<{ file: string; result: LoadResult }> {
  const datasets = mainFiles(files);
  if (datasets.length !== 1) {
    const issue: Issue = {
      severity: 'error',
      file: datasets.map((f) => f.name).join(', ') || '(no file)',
      path: '',
      message:
        datasets.length === 0
          ? `no dataset file chosen; pick a dataset .json file together with its source .txt files, or a map's ${SPREADSHEET_AND_GRAPH_FILES}`
          : "several maps chosen; pick one dataset file (or one map's sheets) at a time, with its source .txt files",
    };
    return { file: issue.file, result: { ok: false, issues: [issue] } };
  }
  const datasetFile = datasets[0]!;
  const file = datasetFile.relativePath ?? datasetFile.name;
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const texts = files
    .filter((f) => f !== datasetFile && !f.name.endsWith('.json'))
    .map((f) => ({ path: f.relativePath ?? f.name, content: f.content }));
  const result = await loadFiles({ file, folder, content: datasetFile.content, texts }, onProgress);
  return { file, result };
}

const SPREADSHEET_AND_GRAPH_FILES =
  'sheets (map.elements.csv, map.connections.csv, map.sources.csv), a workbook (.xlsx) with those sheets, or a .gexf or .graphml file';

/** The files that are maps (see mapFiles), by the path a folder pick gives or the name. */
function mainFiles(files: readonly PickedFile[]): PickedFile[] {
  return mapFiles(files, (f) => f.relativePath ?? f.name);
}
