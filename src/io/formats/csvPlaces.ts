/**
 * Where a place in the JSON made from a map's sheets came from: the sheet, the row as the
 * spreadsheet numbers it, and the column, so the loader's messages point at a cell.
 */
import type { PlaceOf } from './format';
import { FIELD_COLUMNS, type Sheet } from './csvSheets';
import { place } from './csvTable';

const LISTS = { actors: 'elements', relations: 'connections', sources: 'sources' } as const;

/** "relations[4].evidence[1].quote" → the connections sheet, the fifth relation's row, column Quote. */
export function placeIn(
  rows: Record<Sheet, readonly number[]>,
  fileOf: (sheet: Sheet) => string,
  actors: readonly { id: string }[],
): PlaceOf {
  return (jsonPath) => {
    const position = /^positions\.(.+)$/.exec(jsonPath);
    if (position) {
      const i = actors.findIndex((a) => a.id === position[1]);
      return i < 0 ? undefined : { file: fileOf('elements'), path: place(rows.elements[i]!, 'X') };
    }
    const match = /^(actors|relations|sources)\[(\d+)\](.*)$/.exec(jsonPath);
    if (!match) return undefined;
    const sheet = LISTS[match[1] as keyof typeof LISTS];
    const row = rows[sheet][Number(match[2])];
    if (row === undefined) return undefined;
    // The deepest field the column table knows: "evidence[0].quote" → Quote, "when.end" → Until.
    const fields = match[3]!.split(/[.[\]]+/).filter((f) => f !== '' && !/^\d+$/.test(f));
    const columns: Readonly<Record<string, string>> = FIELD_COLUMNS[sheet];
    const column = fields.reverse().find((f) => Object.hasOwn(columns, f));
    return { file: fileOf(sheet), path: place(row, column === undefined ? undefined : columns[column]) };
  };
}
