/**
 * Writing XML for the graph formats (GEXF, GraphML): every string escaped, and the characters
 * XML 1.0 forbids even as references (most C0 controls, lone surrogates, U+FFFE and U+FFFF)
 * dropped, so that whatever a map holds, the file stays well-formed for every reader.
 */

/** An element with element children or with text, never both (no mixed content here). */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string | number | undefined>>;
  children?: readonly XmlElement[];
  text?: string;
}

/** Whether XML 1.0 allows this code point: tab, LF, CR and the rest of Unicode but surrogates, U+FFFE, U+FFFF. */
function allowed(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** The text without the characters XML 1.0 cannot carry. Iterating by code point keeps pairs whole. */
export function xmlSafe(text: string): string {
  let clean = true;
  for (const char of text) {
    if (allowed(char.codePointAt(0)!)) continue;
    clean = false;
    break;
  }
  if (clean) return text;
  let out = '';
  for (const char of text) if (allowed(char.codePointAt(0)!)) out += char;
  return out;
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
// In an attribute a parser turns tab, LF and CR into spaces unless they are references.
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

export function escapeAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

function openTag({ name, attributes = {} }: XmlElement): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  return `<${name}${written}`;
}

/** One element and its children, indented two spaces a level; text is written as it is. */
function write(element: XmlElement, indent: string, out: string[]): void {
  const open = openTag(element);
  if (element.text !== undefined && element.text !== '') {
    out.push(`${indent}${open}>${escapeText(element.text)}</${element.name}>`);
  } else if (element.children && element.children.length > 0) {
    out.push(`${indent}${open}>`);
    for (const child of element.children) write(child, `${indent}  `, out);
    out.push(`${indent}</${element.name}>`);
  } else {
    out.push(`${indent}${open}/>`);
  }
}

/** A whole document: the XML declaration and the root element, ending with a newline. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
