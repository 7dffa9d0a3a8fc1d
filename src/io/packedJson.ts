/**
 * JSON for a message from a worker whose longer strings stand beside it, joined, so that the
 * page that reads it holds them as slices of a few big strings rather than as strings of
 * their own (see replyParts.ts for why).
 *
 * In the JSON, such a string is a reference: a first character \u0000 or \u0001 (which
 * table) and its place in that table. Every string 13 characters long or more is one (V8
 * slices such a string as a small reference to its parent; a shorter one it copies), and so
 * is any string that itself begins with \u0000 or \u0001, so that no string of the data can be
 * read as a reference. Strings of Latin-1 characters and the others are joined apart: V8
 * stores the first one byte per character, and one character beyond Latin-1 would make a
 * whole joined table two bytes per character.
 */

/** Strings one after the other, and where each ends. */
interface Table {
  joined: string;
  ends: number[];
}

export interface PackedJson {
  json: string;
  /** Strings of Latin-1 characters only, then the others. */
  tables: [Table, Table];
}

/** Shorter strings are left in the JSON (V8 would copy them out of a table anyway). */
const MIN_TABLED = 13;
const NARROW = 0;
const WIDE = 1;
/** A character beyond Latin-1 (surrogates included). */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/** `value` as JSON, its longer strings in tables. Undefined where JSON.stringify's would be. */
export function packJson(value: unknown): PackedJson | undefined {
  const parts: [string[], string[]] = [[], []];
  const tables: [Table, Table] = [
    { joined: '', ends: [] },
    { joined: '', ends: [] },
  ];
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'string') return item;
    const first = item.charCodeAt(0);
    if (item.length < MIN_TABLED && first !== NARROW && first !== WIDE) return item;
    const which = BEYOND_LATIN1.test(item) ? WIDE : NARROW;
    const { ends } = tables[which];
    parts[which].push(item);
    ends.push((ends.at(-1) ?? 0) + item.length);
    return String.fromCharCode(which) + String(ends.length - 1);
  }) as string | undefined;
  if (json === undefined) return undefined;
  tables[NARROW].joined = parts[NARROW].join('');
  tables[WIDE].joined = parts[WIDE].join('');
  return { json, tables };
}

/**
 * The value packJson packed; throws as JSON.parse does on JSON that is not. The references
 * are put back by a walk over what JSON.parse made rather than by a reviver, which sets
 * every property again: on 20,000 positions that took a tenth of a second.
 */
export function unpackJson({ json, tables }: PackedJson): unknown {
  const read = (item: string): string => {
    const which = item.charCodeAt(0) === NARROW ? NARROW : WIDE;
    const table = tables[which];
    const at = Number(item.slice(1));
    const end = table.ends[at];
    if (!Number.isInteger(at) || end === undefined) throw new Error(`a string ${at} of no table`);
    return table.joined.slice(at === 0 ? 0 : table.ends[at - 1], end);
  };
  const value = JSON.parse(json) as unknown;
  if (typeof value === 'string') return isReference(value) ? read(value) : value;
  // Objects and arrays still to walk; a stack of them, so no depth of nesting overflows.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const holder = stack.pop();
    if (typeof holder !== 'object' || holder === null) continue;
    const record = holder as Record<string, unknown>;
    // A list's indices, or an object's own keys as JSON.parse made them ("__proto__" among them,
    // an own property here).
    const keys = Array.isArray(holder) ? holder.keys() : Object.keys(record);
    for (const key of keys) {
      const item = record[key];
      if (typeof item === 'string') {
        if (isReference(item)) record[key] = read(item);
      } else if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return value;
}

function isReference(item: string): boolean {
  const first = item.charCodeAt(0);
  return first === NARROW || first === WIDE;
}
