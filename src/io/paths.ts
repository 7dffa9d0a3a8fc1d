/** Resolves "sources/x.txt" or "../x.txt" against a folder, as a file system would. */
export function resolveRelative(folder: string, relative: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * A source text's path, normalised, if it stays inside the dataset's folder; null if it is
 * absolute ("/etc/hostname", "C:\x", "\\server\x") or climbs out of the folder ("../x").
 * A dataset may only quote files it ships with: never a file elsewhere on the reader's disk.
 */
export function insideFolder(relative: string): string | null {
  if (/^([/\\]|[a-zA-Z]:|[a-zA-Z][a-zA-Z0-9+.-]*:\/\/)/.test(relative)) return null;
  const parts: string[] = [];
  for (const part of relative.split(/[/\\]/)) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.length === 0 ? null : parts.join('/');
}

/** A path's last part, the file name, whichever separator it uses. */
export function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}
