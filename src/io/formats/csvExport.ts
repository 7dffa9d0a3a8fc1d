/**
 * A map as spreadsheets (see csvSheets.ts): map.elements.csv, map.connections.csv and
 * map.sources.csv, with each source's text in sources/<id>.txt beside them, so reading the
 * sheets back keeps every actor, relation and quote. Written by papaparse as RFC 4180 CSV
 * with a byte-order mark, which Excel needs to read UTF-8 (Cyrillic names stay readable).
 */
import Papa from 'papaparse';
import type { Source } from '../../domain/schema';
import {
  sourceTextFiles,
  sourceTextPath,
  type Exporter,
  type ExportedFile,
  type MapToExport,
} from './format';
import { COLUMNS, guardFormula, joinValues, sheetFile, type Sheet } from './csvSheets';

const CSV = 'text/csv;charset=utf-8';

function sheet<S extends Sheet>(
  name: string,
  which: S,
  rows: Record<(typeof COLUMNS)[S][number], string>[],
): ExportedFile {
  const columns = COLUMNS[which] as readonly string[];
  const data = rows.map((row) => columns.map((c) => guardFormula((row as Record<string, string>)[c] ?? '')));
  return {
    path: sheetFile(name, which),
    content: `\uFEFF${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' })}\r\n`,
    mime: CSV,
  };
}

/** What the sheets have no columns for, counted. */
function dropped({ dataset, texts }: MapToExport): string[] {
  const counts: [number, string][] = [
    [
      // An anchor only matters where it is not the first place the words stand in the source.
      dataset.relations
        .flatMap((r) => r.evidence)
        .filter((ev) => ev.anchor && texts[ev.source]?.indexOf(ev.quote) !== ev.anchor.start).length,
      'quote(s) chosen at a later place of words that stand more than once in the source keep their words; read back, they mark the first place',
    ],
    [dataset.deals.length, 'deal(s)'],
    [dataset.stories.length, 'story(ies)'],
    [
      dataset.relations.filter((r) => r.contested).length,
      'contested relation(s) keep their quotes but not the competing positions',
    ],
    [
      dataset.relations.filter((r) => r.figures?.length).length,
      'relation(s) with figures keep their quotes but not the figures',
    ],
    [
      dataset.relations.filter((r) => r.when?.approximate).length,
      'date(s) marked approximate keep the date but not the mark',
    ],
  ];
  return [
    "the map's title and description (read back, the title is made from the file name)",
    ...counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`),
  ];
}

export const exportCsv: Exporter = (map, name) => {
  const { dataset } = map;
  const positions = dataset.positions ?? {};
  const elements = sheet(
    name,
    'elements',
    dataset.actors.map((a) => ({
      ID: a.id,
      Label: a.label,
      Type: a.type,
      Aliases: joinValues(a.aliases),
      Description: a.description,
      Parent: a.parent ?? '',
      X: Object.hasOwn(positions, a.id) ? String(positions[a.id]!.x) : '',
      Y: Object.hasOwn(positions, a.id) ? String(positions[a.id]!.y) : '',
    })),
  );
  const connections = sheet(
    name,
    'connections',
    dataset.relations.map((r) => ({
      ID: r.id,
      From: r.source,
      To: r.target,
      Type: r.type,
      Label: r.label,
      Claim: r.claim,
      Quote: joinValues(r.evidence.map((ev) => ev.quote)),
      Source: joinValues(r.evidence.map((ev) => ev.source)),
      Date: r.when?.start ?? '',
      Until: r.when?.end ?? '',
      'Date label': r.when?.label ?? '',
      'Date basis': r.when?.basis ?? '',
      Stance: r.stance,
      'Attributed to': joinValues(r.attributedTo ?? []),
      Ends: joinValues(r.ends ?? []),
    })),
  );
  const sourceRows = dataset.sources.map((s) => ({
    ID: s.id,
    Title: s.title,
    Publisher: s.publisher,
    'Title is ours': s.titleIsOurs ? 'yes' : '',
    ...publishedCells(s.published),
    Authors: joinValues(s.authors ?? []),
    URL: s.url ?? '',
    Rights: s.rights ?? '',
    Text: sourceTextPath(s.id),
  }));
  return {
    files: [elements, connections, sheet(name, 'sources', sourceRows), ...sourceTextFiles(map)],
    dropped: dropped(map),
  };
};

/** A date the source gives, or "unknown" with the bounds the text makes certain. */
function publishedCells(published: Source['published']) {
  if (typeof published === 'string')
    return { Published: published, 'Not before': '', 'Not after': '', 'Date note': '' };
  return {
    Published: 'unknown',
    'Not before': published.notBefore ?? '',
    'Not after': published.notAfter ?? '',
    'Date note': published.note ?? '',
  };
}
