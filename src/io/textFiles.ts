import type { TextOrBytes } from './decode';
import { baseName, resolveRelative } from './paths';

/** A file that may hold a source text, by its path (folders separated by "/"). */
export interface TextFile {
  path: string;
  content: TextOrBytes;
}

/**
 * A file's content as picked: its bytes or text, or the browser's handle on the file, read
 * when it is needed (see loadFiles.ts: a dataset file by the worker that checks it).
 */
export type FileContent = TextOrBytes | Blob;

/** A file not read yet (see readFiles). */
export interface PickedText {
  path: string;
  content: FileContent;
}

/**
 * Reads the files that are still handles, `atOnce` at a time (on the page, asking the browser
 * for 1,500 files at once held it for 0.5 s). A file that can no longer be read (moved or
 * changed since it was picked) is left out, so the loader says it cannot find it.
 */
export async function readFiles(files: readonly PickedText[], atOnce = Infinity): Promise<TextFile[]> {
  const read: TextFile[] = [];
  for (let i = 0; i < files.length; i += atOnce) {
    const batch = await Promise.all(
      files.slice(i, i + atOnce).map(async ({ path, content }) => {
        const bytes = await bytesOf(content).catch(() => undefined);
        return bytes === undefined ? null : { path, content: bytes };
      }),
    );
    for (const file of batch) if (file) read.push(file);
  }
  return read;
}

/** A picked file's bytes (or its text, as given). */
export async function bytesOf(content: FileContent): Promise<TextOrBytes> {
  return content instanceof Blob ? new Uint8Array(await content.arrayBuffer()) : content;
}

/**
 * Finds a source text among the files given: by its path from the dataset's folder, else
 * by its file name alone, since a browser does not always say which folder a file was in.
 */
export function findText(
  files: readonly TextFile[],
  folder: string,
  relative: string,
): TextOrBytes | undefined {
  const wanted = resolveRelative(folder, relative);
  const match =
    files.find((f) => f.path === wanted) ?? files.find((f) => baseName(f.path) === baseName(relative));
  return match?.content;
}
