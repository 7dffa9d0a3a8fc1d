/**
 * Characters a reader cannot see but that change what they read: control characters (NUL,
 * escape…) and the bidirectional controls that can make a label display in a misleading
 * order ("Trojan Source"). They are accepted, since a text may need them, but each one is
 * named in a warning, and the app shows labels isolated so none can reorder its surroundings.
 */
import { formatPath } from './issues';

// Tab, line feed and carriage return are ordinary; form feed too inside a source text.
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|\f/u;
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/u;
// One pass over each string for the common case, where there is nothing to report.
const ANY_HIDDEN =
  /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/* eslint-enable no-control-regex */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describe(value: string, control: RegExp): string | null {
  if (!ANY_HIDDEN.test(value)) return null;
  const hidden = control.exec(value);
  if (hidden)
    return `contains the invisible control character ${codePoint(hidden[0])} at character ${hidden.index + 1}; remove it (it can break display, search and copying)`;
  const bidi = BIDI.exec(value);
  if (bidi)
    return `contains the bidirectional control ${codePoint(bidi[0])} at character ${bidi.index + 1}, which can make text read in a misleading order; remove it unless the text needs it (the app shows it isolated)`;
  return null;
}

/** Warns once per string of the dataset that holds a hidden character, at its JSON path. */
export function checkHiddenCharacters(value: unknown, warn: (path: string, message: string) => void): void {
  // The path is kept as keys and written out only for a string that has something to report.
  const keys: (string | number)[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      const problem = describe(node, CONTROL);
      if (problem) warn(formatPath(keys), problem);
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        keys.push(i);
        walk(node[i]);
        keys.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        keys.push(key);
        walk((node as Record<string, unknown>)[key]);
        keys.pop();
      }
    }
  };
  walk(value);
}

/** The warning for a source text holding a hidden character, or null. */
export function hiddenInText(text: string): string | null {
  return describe(text, TEXT_CONTROL);
}
