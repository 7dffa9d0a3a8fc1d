/**
 * Several exported files as one download: a browser asked for five files at once may block
 * all but the first, so a map's sheets and their texts travel as one .zip, folders kept.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportedFile } from './formats/format';

export function zipFiles(files: readonly ExportedFile[]): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(files.map((file) => [file.path, strToU8(file.content)]));
  const zipped = zipSync(entries, { level: 6 });
  // A copy on an ArrayBuffer of its own, as Blob wants.
  return new Uint8Array(zipped);
}
