/**
 * A map from spreadsheets: map.elements.csv (actors), map.connections.csv (relations) and,
 * when relations quote anything, map.sources.csv, with each source's text in a file its Text
 * column names (sources/<id>.txt by default). The result is our dataset JSON for the one
 * loader; its messages come back as rows and columns through placeOf.
 */
import { ACTOR_TYPES } from '../../domain/actorTypes';
import { uniqueId } from '../../domain/edits/ids';
import { hasErrors, type Issue } from '../../domain/issues';
import { RELATION_TYPES } from '../../domain/relationTypes';
import { STANCE_INFO } from '../../domain/stances';
import { asText, notUtf8 } from '../decode';
import { baseName } from '../paths';
import { NameIndex } from './csvLookup';
import { registryId } from './foreignGraph';
import { SEPARATOR, SHEETS, sheetFile, sheetOf, splitValues, type Sheet } from './csvSheets';
import { readTable, place, type Table } from './csvTable';
import { findText } from '../textFiles';
import { sourceTextPath, type Imported, type Importer, type ImportInput } from './format';
import { placeIn } from './csvPlaces';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The sheets picked together with `input.file`: the same base name, any of the three. */
function sheetsOf({ file, text, files }: ImportInput, issues: Issue[]) {
  const own = sheetOf(file);
  const texts = new Map<Sheet, { file: string; text: string }>();
  /** Sheets picked that could not be read (already said): not "missing" as well. */
  const unreadable = new Set<Sheet>();
  if (!own) return { own, texts, unreadable };
  texts.set(own.sheet, { file, text });
  for (const other of files) {
    const sheet = sheetOf(other.path);
    if (!sheet || sheet.base.toLowerCase() !== own.base.toLowerCase() || texts.has(sheet.sheet)) continue;
    const decoded = asText(other.content);
    if (decoded.ok) texts.set(sheet.sheet, { file: other.path, text: decoded.text });
    else {
      unreadable.add(sheet.sheet);
      issues.push({ severity: 'error', file: other.path, path: '', message: notUtf8(decoded.byteOffset) });
    }
  }
  return { own, texts, unreadable };
}

export const importCsv: Importer = (input) => {
  const issues: Issue[] = [];
  const { own, texts, unreadable } = sheetsOf(input, issues);
  const fail = (message: string) => ({
    ok: false as const,
    issues: [...issues, { severity: 'error' as const, file: input.file, path: '', message }],
  });
  if (!own) {
    return fail(
      'is not named as a sheet of a map; name the sheets map.elements.csv, map.connections.csv and map.sources.csv (any name for "map")',
    );
  }
  if (unreadable.has('elements')) return { ok: false, issues };
  if (!texts.has('elements')) {
    return fail(
      `has no elements sheet beside it; pick ${own.base ? `${baseName(own.base)}.` : ''}elements.csv too, with a row for each actor (Label, Type)`,
    );
  }
  const read = <S extends Sheet>(sheet: S): Table<S> | null | undefined => {
    const found = texts.get(sheet);
    return found && readTable(found.file, sheet, found.text, issues);
  };
  const tables = { elements: read('elements'), connections: read('connections'), sources: read('sources') };
  return importTables(input, tables, issues, {
    title: baseName(own.base),
    unreadable,
    missing: (sheet) =>
      sheet === 'connections'
        ? 'pick the connections sheet too'
        : `pick ${sheetFile(own.base, sheet)} too, with the sources' texts`,
  });
};

/** What the sheets came from, for the title and for what to do about a sheet not there. */
export interface SheetOrigin {
  /** The name the map's title is made from: "belarus-at-the-border" → "Belarus at the border". */
  title: string;
  /** Sheets there but unreadable, already said: not "missing" as well. */
  unreadable: ReadonlySet<Sheet>;
  /** How to supply a sheet not there: "pick map.sources.csv too". */
  missing: (sheet: 'connections' | 'sources') => string;
}

/**
 * A map from its sheets read into tables, from CSV files or a workbook alike: the elements
 * table is required, the connections and sources tables may be absent (undefined) and a table
 * whose header is unusable is null (already said).
 */
export function importTables(
  input: ImportInput,
  tables: { [S in Sheet]: Table<S> | null | undefined },
  issues: Issue[],
  origin: SheetOrigin,
): Imported {
  const { unreadable } = origin;
  if (!tables.elements || tables.connections === null || tables.sources === null)
    return { ok: false, issues };
  const elementSheet = tables.elements;
  if (!tables.connections && !unreadable.has('connections')) {
    issues.push({
      severity: 'warning',
      file: elementSheet.file,
      path: '',
      message: `has no connections sheet beside it, so the map has actors and no relations; ${origin.missing('connections')}`,
    });
  }

  const error = (file: string, path: string, message: string) =>
    issues.push({ severity: 'error', file, path, message });
  const warn = (file: string, path: string, message: string) =>
    issues.push({ severity: 'warning', file, path, message });

  // Every ID written in any sheet is claimed before a single one is made up, so an ID made
  // from a name never takes one a later row writes. Sheets share one namespace of ids.
  const claims = claimWrittenIds(tables, error);
  const taken = new Set(claims.keys());
  /** An ID cell as it is when it is a good id this row claimed; else a fresh id from the name. */
  const idFor = (file: string, row: number, cell: string, name: string, fallback: string) => {
    const claim = claims.get(cell);
    if (claim?.file === file && claim.row === row) return cell;
    const id = uniqueId(cell || name, fallback, taken);
    taken.add(id);
    return id;
  };
  const rowOf = new Map<string, number>();

  // Sources first: relations name them.
  const sourceNames = new NameIndex();
  const textPaths = new Map<string, string>();
  const textPathOf = (id: string, cell: string) => {
    const path = cell || sourceTextPath(id);
    textPaths.set(id, path);
    return path;
  };
  // Found and decoded once per source, however many rows quote it.
  const texts = new Map<string, string | undefined>();
  /** A source's text among the files picked, if it is there and readable. */
  const textOf = (id: string) => {
    if (!texts.has(id)) {
      const path = textPaths.get(id);
      const found = path === undefined ? undefined : findText(input.files, input.folder, path);
      const decoded = found === undefined ? undefined : asText(found);
      texts.set(id, decoded?.ok ? decoded.text : undefined);
    }
    return texts.get(id);
  };
  const sources = (tables.sources?.rows ?? []).map((r) => {
    const id = idFor(tables.sources!.file, r.row, r.cell('ID'), r.cell('Title'), 'source');
    rowOf.set(id, r.row);
    sourceNames.addExact(r.cell('ID'), id);
    sourceNames.addExact(id, id);
    sourceNames.addLoose(r.cell('Title'), id);
    const authors = splitValues(r.cell('Authors'));
    const published = r.cell('Published');
    return {
      id,
      title: r.cell('Title'),
      publisher: r.cell('Publisher'),
      ...(authors.length ? { authors } : {}),
      ...(yes(r.cell('Title is ours')) ? { titleIsOurs: true } : {}),
      published:
        published.toLowerCase() === 'unknown'
          ? {
              unknown: true,
              ...optional('notBefore', r.cell('Not before')),
              ...optional('notAfter', r.cell('Not after')),
              ...optional('note', r.cell('Date note')),
            }
          : published,
      ...optional('url', r.cell('URL')),
      ...optional('rights', r.cell('Rights')),
      text: textPathOf(id, r.cell('Text')),
    };
  });

  const actorNames = new NameIndex();
  const elementRows = elementSheet.rows.filter((r) => {
    if (r.cell('Label') !== '') return true;
    error(elementSheet.file, place(r.row, 'Label'), 'is empty; every element needs a label');
    return false;
  });
  const noDescription: number[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  const actors = elementRows.map((r) => {
    const id = idFor(elementSheet.file, r.row, r.cell('ID'), r.cell('Label'), 'actor');
    rowOf.set(id, r.row);
    actorNames.addExact(r.cell('ID'), id);
    actorNames.addExact(id, id);
    actorNames.addLoose(r.cell('Label'), id);
    const aliases = splitValues(r.cell('Aliases'));
    for (const alias of aliases) actorNames.addLoose(alias, id);
    if (r.cell('Description') === '') noDescription.push(r.row);
    const [x, y] = [r.cell('X'), r.cell('Y')];
    if (x !== '' || y !== '') {
      if (Number.isFinite(Number(x)) && Number.isFinite(Number(y)) && x !== '' && y !== '')
        positions[id] = { x: Number(x), y: Number(y) };
      else
        error(
          elementSheet.file,
          place(r.row, 'X'),
          `X and Y must both be numbers, not "${x}" and "${y}"; or leave both empty`,
        );
    }
    return {
      id,
      label: r.cell('Label'),
      type: registryId(r.cell('Type'), ACTOR_TYPES) ?? r.cell('Type'),
      aliases,
      description: r.cell('Description') || 'No description yet.',
    };
  });
  if (noDescription.length > 0) {
    issues.push({
      severity: 'warning',
      file: elementSheet.file,
      path: place(noDescription[0]!, 'Description'),
      message: `${noDescription.length} element(s) have no description (rows ${someRows(noDescription)}); each reads "No description yet." until you write one line`,
    });
  }

  /** The id a cell names, or undefined after saying why not. */
  const named = (
    names: NameIndex,
    kind: NameKind,
    file: string,
    row: number,
    column: string,
    name: string,
  ) => {
    const found = names.find(name);
    if (typeof found === 'string') return found;
    const { what, sheet, by } = NAME_KINDS[kind];
    if (found === undefined)
      error(
        file,
        place(row, column),
        `"${name}" is not ${what}: no row of the ${sheet} sheet has this ${by}; add a row for it there or fix the name`,
      );
    else {
      const rows = [...found.ids].map((id) => rowOf.get(id)).filter((n) => n !== undefined);
      const hasIds = Boolean(tables[sheet]?.hasColumn('ID'));
      error(
        file,
        place(row, column),
        `"${name}" names several rows of the ${sheet} sheet (rows ${rows.join(', ')}); ${hasIds ? 'give those rows IDs' : 'add an ID column there, give those rows IDs'} and write one of them here`,
      );
    }
    return undefined;
  };

  elementRows.forEach((r, i) => {
    const parent = r.cell('Parent');
    if (parent === '') return;
    const id = named(actorNames, 'element', elementSheet.file, r.row, 'Parent', parent);
    if (id) Object.assign(actors[i]!, { parent: id });
  });

  const relationRows: number[] = [];
  const relationNames = new NameIndex();
  /** Ends cells, with the index of their relation, named once every row has its id. */
  const endsCells: { at: number; row: number; names: string[] }[] = [];
  const noClaim: number[] = [];
  let toldNoSourcesSheet = false;
  const relations = (tables.connections?.rows ?? []).flatMap((r) => {
    const file = tables.connections!.file;
    const at = (column: string, name: string) => named(actorNames, 'element', file, r.row, column, name);
    const source = at('From', r.cell('From'));
    const target = at('To', r.cell('To'));
    if (!source || !target) return [];
    const label = (id: string) => actors.find((a) => a.id === id)!.label;
    const type = registryId(r.cell('Type'), RELATION_TYPES) ?? r.cell('Type');
    const verb = (RELATION_TYPES as Record<string, { verb: string }>)[type]?.verb ?? r.cell('Type');
    const relationLabel = r.cell('Label') || verb;
    if (r.cell('Claim') === '') noClaim.push(r.row);
    let quotes = splitValues(r.cell('Quote'));
    const sourceCells = splitValues(r.cell('Source'));
    if (sourceCells.length > 0 && !tables.sources) {
      // Said once: every row would say the same.
      if (!toldNoSourcesSheet && !unreadable.has('sources'))
        error(
          file,
          place(r.row, 'Source'),
          `names "${sourceCells[0]}", but there is no sources sheet; ${origin.missing('sources')}`,
        );
      toldNoSourcesSheet = true;
      return [];
    }
    const cited = sourceCells.map((name) => named(sourceNames, 'source', file, r.row, 'Source', name));
    if (quotes.length > 1 && cited.length === 1 && cited[0])
      quotes = oneQuoteIfVerbatim(r.cell('Quote'), quotes, textOf(cited[0]), (message) =>
        warn(file, place(r.row, 'Quote'), message),
      );
    if (quotes.length === 0 && cited.length > 0)
      warn(
        file,
        place(r.row, 'Quote'),
        'is empty, so the source named beside it is not kept and the relation has no evidence yet; copy the passage from the source into Quote',
      );
    if (quotes.length > 0 && cited.length === 0)
      error(
        file,
        place(r.row, 'Source'),
        'is empty; a quote needs its source: the ID or title of a row of the sources sheet',
      );
    if (cited.length > 1 && cited.length !== quotes.length)
      error(
        file,
        place(r.row, 'Source'),
        `names ${cited.length} sources for ${quotes.length} quote(s); give one source for every quote, or one per quote in the same order`,
      );
    const evidence =
      cited.length === 0
        ? []
        : quotes.map((quote, j) => ({ source: cited[cited.length === 1 ? 0 : j] ?? '', quote }));
    const [start, end] = [r.cell('Date'), r.cell('Until')];
    if (end !== '' && start === '')
      error(file, place(r.row, 'Until'), 'has an end date but Date is empty; give the date it started too');
    for (const column of ['Date label', 'Date basis'] as const)
      if (start === '' && r.cell(column) !== '')
        warn(
          file,
          place(r.row, column),
          'is not kept because Date is empty; give the date too, or clear this cell',
        );
    const attributedTo = splitValues(r.cell('Attributed to')).map(
      (name) => at('Attributed to', name) ?? name,
    );
    // Named once every row has its id: the relations it ends may come later in the sheet.
    const ends = splitValues(r.cell('Ends'));
    if (ends.length) endsCells.push({ at: relationRows.length, row: r.row, names: ends });
    const id = idFor(file, r.row, r.cell('ID'), `${source} ${type} ${target}`, 'relation');
    rowOf.set(id, r.row);
    relationNames.addExact(r.cell('ID'), id);
    relationNames.addExact(id, id);
    relationRows.push(r.row);
    return [
      {
        id,
        source,
        target,
        type,
        label: relationLabel,
        claim: r.cell('Claim') || `${label(source)} ${relationLabel} ${label(target)}.`,
        evidence,
        ...(start
          ? {
              when: {
                start,
                ...(end ? { end } : {}),
                ...optional('label', r.cell('Date label')),
                ...optional('basis', r.cell('Date basis')),
              },
            }
          : {}),
        ...(r.cell('Stance')
          ? { stance: registryId(r.cell('Stance'), STANCE_INFO) ?? r.cell('Stance') }
          : {}),
        ...(attributedTo.length ? { attributedTo } : {}),
      } as { id: string; ends?: string[] },
    ];
  });
  for (const { at, row, names } of endsCells) {
    const relation = relations[at];
    const ends = names.map((name) =>
      named(relationNames, 'connection', tables.connections!.file, row, 'Ends', name),
    );
    if (relation) relation.ends = ends.filter((id) => id !== undefined);
  }
  if (noClaim.length > 0) {
    issues.push({
      severity: 'warning',
      file: tables.connections!.file,
      path: place(noClaim[0]!, 'Claim'),
      message: `${noClaim.length} connection(s) have no claim (rows ${someRows(noClaim)}); each reads "From label To" until you write one sentence`,
    });
  }

  // A name or a source that cannot be found leaves gaps the loader would only report again.
  if (hasErrors(issues)) return { ok: false, issues };
  // "belarus-at-the-border" → "Belarus at the border": the sheets have no place for a title.
  const title = origin.title.replace(/[.\-_ ]+/g, ' ').trim() || 'Imported map';
  const json = {
    format: 'leverage-map',
    version: 1,
    title: title.charAt(0).toUpperCase() + title.slice(1),
    description: `Imported from ${[...new Set(SHEETS.flatMap((sheet) => tables[sheet]?.file ?? []).map(baseName))].join(', ')}.`,
    sources,
    actors,
    relations,
    ...(Object.keys(positions).length ? { positions } : {}),
  };
  const rows = {
    elements: elementRows.map((r) => r.row),
    connections: relationRows,
    sources: (tables.sources?.rows ?? []).map((r) => r.row),
  };
  const fileOf = (sheet: Sheet) => tables[sheet]?.file ?? input.file;
  return { ok: true, json, issues, placeOf: placeIn(rows, fileOf, actors) };
}

/** A field only when its cell is filled. */
function optional<K extends string>(key: K, cell: string): Partial<Record<K, string>> {
  return cell === '' ? {} : ({ [key]: cell } as Record<K, string>);
}

/** "yes", "true", "1" or "x", as a spreadsheet's tick. */
function yes(cell: string): boolean {
  return /^(yes|true|1|x|✓)$/i.test(cell);
}

function someRows(rows: readonly number[]): string {
  return rows.length > 6 ? `${rows.slice(0, 6).join(', ')} and ${rows.length - 6} more` : rows.join(', ');
}

/** How a cell names each kind of row, for the message when it names none. */
type NameKind = 'element' | 'source' | 'connection';
const NAME_KINDS = {
  element: { what: 'an element', sheet: 'elements', by: 'ID, label or alias' },
  source: { what: 'a source', sheet: 'sources', by: 'ID or title' },
  connection: { what: 'a connection', sheet: 'connections', by: 'ID' },
} as const satisfies Record<NameKind, { what: string; sheet: Sheet; by: string }>;

/**
 * The IDs written in the sheets that can stand as ids, each with the row that wrote it first;
 * a later row writing the same one is told where it stands already.
 */
function claimWrittenIds(
  tables: { [S in Sheet]: Table<S> | null | undefined },
  error: (file: string, path: string, message: string) => void,
): Map<string, { file: string; row: number }> {
  const written = new Map<string, { file: string; row: number; sheet: Sheet }>();
  for (const sheet of ['sources', 'elements', 'connections'] as const) {
    const table = tables[sheet] as Table<Sheet> | null | undefined;
    for (const r of table?.rows ?? []) {
      const cell = r.cell('ID');
      if (cell === '') continue;
      const earlier = written.get(cell);
      if (earlier)
        error(
          table!.file,
          place(r.row, 'ID'),
          `"${cell}" is already the ID of row ${earlier.row} of the ${earlier.sheet} sheet; give each row its own ID`,
        );
      else written.set(cell, { file: table!.file, row: r.row, sheet });
    }
  }
  // An ID that cannot stand as one as written ("US Gov") is made into one like a name is.
  return new Map([...written].filter(([cell]) => ID.test(cell)));
}

/**
 * A Quote cell holding "|" is several quotes, unless the "|" belongs to the passage: a cell
 * that stands in its source word for word as a whole is read as one quote. A split whose
 * parts are not all in the source is told how to keep a "|" inside a quote.
 */
function oneQuoteIfVerbatim(
  cell: string,
  parts: string[],
  text: string | undefined,
  warn: (message: string) => void,
): string[] {
  if (text === undefined) return parts;
  const whole = cell.replaceAll(`\\${SEPARATOR}`, SEPARATOR);
  if (text.includes(whole)) return [whole];
  if (parts.some((part) => !text.includes(part)))
    warn(
      `was read as ${parts.length} quotes, split at "${SEPARATOR}"; if a "${SEPARATOR}" belongs to the quote, write it as "\\${SEPARATOR}"`,
    );
  return parts;
}
