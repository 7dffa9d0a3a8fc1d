import type { TextOrBytes } from './decode';
import { baseName, resolveRelative } from './paths';

/** A file that may hold a source text, by its path (folders separated by "/"). */
export interface TextFile {
  path: string;
  content: TextOrBytes;
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
