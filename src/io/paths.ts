/** Resolves "sources/x.txt" or "../x.txt" against a folder, as a file system would. */
export function resolveRelative(folder: string, relative: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
