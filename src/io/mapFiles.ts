/**
 * Which of several files are maps, for the app's file picker and the CLI's folder walk alike:
 * each .json but the generated schema, each graph file of a format we read, and of a map's
 * CSV sheets one (the connections sheet if there, else the elements sheet, else the sources
 * sheet): the importer finds the other sheets among the rest. A sources sheet alone is a map
 * too, so the importer can say which sheet is missing; a .csv by another name is one, so the
 * importer can say how to name it.
 */
import { sheetOf, type Sheet } from './formats/csvSheets';
import { importableFormat } from './formats/registry';
import { baseName } from './paths';

const SHEET_RANK: Record<Sheet, number> = { connections: 0, elements: 1, sources: 2 };

export function mapFiles<F>(files: readonly F[], pathOf: (file: F) => string): F[] {
  const maps = new Map<string, F>();
  for (const f of files) {
    const path = pathOf(f);
    const name = baseName(path);
    if (name.endsWith('.json') && name !== 'schema.json') maps.set(path, f);
    else if (importableFormat(name) === 'csv') {
      const sheet = sheetOf(path);
      if (!sheet) {
        maps.set(path, f);
        continue;
      }
      const key = `csv:${sheet.base.toLowerCase()}`;
      const held = maps.get(key);
      const heldSheet = held === undefined ? undefined : sheetOf(pathOf(held))?.sheet;
      if (!heldSheet || SHEET_RANK[sheet.sheet] < SHEET_RANK[heldSheet]) maps.set(key, f);
    } else if (importableFormat(name)) maps.set(path, f);
  }
  return [...maps.values()];
}
