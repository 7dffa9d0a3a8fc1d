/**
 * Loads a dataset file of any format the app reads: our JSON goes straight to the loader; a
 * file of another tool (spreadsheets, GEXF, GraphML) is first turned into our JSON by its
 * importer, and the loader's messages are then told in the file's own places ("row 12,
 * column Quote") rather than as JSON paths the user never saw. Never throws.
 */
import type { Issue } from '../domain/issues';
import { isChunkFailure } from './chunkFailure';
import { asText, isTextOrBytes, notUtf8 } from './decode';
import type { TextFile } from './textFiles';
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
