/**
 * Reading XML for the graph importers, in the browser's worker and in Node alike (no
 * DOMParser in either): saxes checks that the file is well-formed and says where it is not,
 * and this builds a small tree of elements, each with the line it starts on, for messages
 * such as `node "n12" (line 40)`. Prefixes are dropped from names ("viz:position" is
 * "position"): GEXF and GraphML never use one local name for two things, and files written
 * with an undeclared prefix still read. DTD entities are not expanded.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** The element's name without its prefix. */
  readonly name: string;
  /** Attributes by name without prefix. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
  /** The element's own text (and CDATA), its children's left out. */
  readonly text: string;
  /** Where its start tag is, 1-based. */
  readonly line: number;
}

export type XmlRead =
  { ok: true; root: XmlNode } | { ok: false; line: number; column: number; reason: string };

interface Building {
  name: string;
  attributes: Map<string, string>;
  children: Building[];
  text: string;
  line: number;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The file as a tree, or the first place where it is not well-formed XML. Never throws. */
export function readXml(text: string): XmlRead {
  const parser = new SaxesParser({ position: true });
  const open: Building[] = [];
  let root: Building | undefined;
  let failure: { line: number; column: number; reason: string } | undefined;
  // A start tag may run over several lines; its place is where its name is.
  let tagLine = 1;

  parser.on('error', (error) => {
    // saxes goes on after an error; the first one is the one to fix.
    failure ??= {
      line: parser.line,
      column: parser.column + 1,
      reason: error.message.replace(/^\d+:\d+: /, ''),
    };
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const [name, value] of Object.entries(tag.attributes as Record<string, string>))
      attributes.set(localName(name), value);
    const element: Building = {
      name: localName(tag.name),
      attributes,
      children: [],
      text: '',
      line: tagLine,
    };
    const parent = open.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  const addText = (chunk: string) => {
    const current = open.at(-1);
    if (current) current.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (error) {
    // Only a fault of saxes itself could get here; it is told like a parse error.
    failure ??= {
      line: parser.line,
      column: parser.column + 1,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, line: 1, column: 1, reason: 'the file holds no XML element' };
  return { ok: true, root };
}

/** The first child of this name, if any. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}
