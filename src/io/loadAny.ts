/**
 * Loads a dataset file of any format the app reads: our JSON goes straight to the loader; a
 * file of another tool (spreadsheets, GEXF, GraphML) is first turned into our JSON by its
 * importer, and the loader's messages are then told in the file's own places ("row 12,
 * column Quote") rather than as JSON paths the user never saw. Never throws. loadRequest
 * loads the files a user picked (in the loading worker, or on the page where none can start).
 */
import type { Issue } from '../domain/issues';
import { isChunkFailure } from './chunkFailure';
import { asText, isTextOrBytes, notUtf8, type TextOrBytes } from './decode';
import { bytesOf, findText, type TextFile } from './textFiles';
import type { LoadRequest } from './loadFiles';
import { FORMATS, formatOf, OPENABLE_EXTENSIONS, type FormatInfo } from './formats/registry';
import { loadDataset, type LoadInput, type LoadResult } from './loadDataset';

export interface LoadAnyInput extends LoadInput {
  /** The folder the file is in, for an importer's companion files. */
  folder: string;
  /** Files picked with it: a spreadsheet's other sheets. */
  files: readonly TextFile[];
}

export async function loadAny(input: LoadAnyInput): Promise<LoadResult> {
  const format = formatOf(input.file);
  if (!format) return loadDataset(input);
  const info: FormatInfo = FORMATS[format];
  if (!info.importer) {
    const readable = `${OPENABLE_EXTENSIONS.slice(0, -1).join(', ')} or ${OPENABLE_EXTENSIONS.at(-1)}`;
    return failed(
      input.file,
      `is ${info.label}, which Leverage Map writes but does not read; open a ${readable} file instead`,
    );
  }
  const { file } = input;
  try {
    if (!isTextOrBytes(input.content)) return failed(file, 'is not a file the app can read');
    const decoded = info.binary ? { ok: true as const, text: '' } : asText(input.content);
    if (!decoded.ok) return failed(file, notUtf8(decoded.byteOffset));
    // A binary format's bytes, in a view made here as for text: a Uint8Array from another
    // realm (a worker's message) is not one of this realm's.
    const bytes =
      info.binary && typeof input.content !== 'string'
        ? new Uint8Array(input.content.buffer, input.content.byteOffset, input.content.byteLength)
        : undefined;
    input.onProgress?.(`reading ${info.short}`);
    const importer = await info.importer().catch((error: unknown) => {
      if (!isChunkFailure(error)) throw error;
      return null;
    });
    if (!importer)
      return failed(
        file,
        `could not be read: the part of Leverage Map that reads ${info.short} files did not load; check your connection and open the file again`,
      );
    const imported = await importer({
      file,
      folder: input.folder,
      text: decoded.text,
      ...(bytes ? { bytes } : {}),
      files: input.files,
    });
    if (!imported.ok) return { ok: false, issues: imported.issues };
    const result = await loadDataset({ ...input, content: imported.json });
    const placed = result.issues.map((issue): Issue => {
      const where = issue.file === file ? imported.placeOf?.(issue.path) : undefined;
      return where ? { ...issue, ...where } : issue;
    });
    return { ...result, issues: [...imported.issues, ...placed] };
  } catch (error) {
    return failed(
      file,
      `could not be read (${error instanceof Error ? error.message : String(error)}); this is a fault in Leverage Map, not necessarily in the file: please report it with the file attached`,
    );
  }
}

function failed(file: string, message: string): LoadResult {
  return { ok: false, issues: [{ severity: 'error', file, path: '', message }] };
}

/**
 * Loads a request with `load`: its dataset file read first, its other files (`texts`) read
 * meanwhile (see inputOf). A dataset file that can no longer be read (moved or changed since
 * it was chosen) is an issue saying to open it again; a source text that cannot, the
 * loader's "cannot read" naming it.
 */
export async function loadRequest(
  { file, folder, content }: Omit<LoadRequest, 'texts'>,
  texts: Promise<TextFile[]>,
  load: (input: LoadAnyInput) => Promise<LoadResult>,
  onProgress?: (stage: string) => void,
): Promise<LoadResult> {
  let bytes: TextOrBytes;
  try {
    bytes = await bytesOf(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `could not be read (${reason}); it may have been moved or changed since it was chosen: open it again`;
    return { ok: false, issues: [{ severity: 'error', file, path: '', message }] };
  }
  return load(await inputOf({ file, folder, content: bytes, texts }, onProgress));
}

/**
 * A read request as the loader's input. Our own format asks for its source texts only once
 * the file itself is parsed and checked, so they are read meanwhile (1,500 files take about
 * a second); another tool's importer needs its companion files at once.
 */
async function inputOf(
  {
    file,
    folder,
    content,
    texts,
  }: { file: string; folder: string; content: TextOrBytes; texts: Promise<TextFile[]> },
  onProgress?: (stage: string) => void,
): Promise<LoadAnyInput> {
  return {
    file,
    folder,
    files: formatOf(file) ? await texts : [],
    content,
    readText: async (relative) => findText(await texts, folder, relative),
    onProgress,
  };
}
