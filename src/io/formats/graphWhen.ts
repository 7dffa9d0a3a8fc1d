/**
 * An imported edge's date, from our own attributes ("date", "until", "date_label",
 * "date_basis", "date_approximate") or else the file's own time (GEXF spells, start and
 * end), which may be a day, a date-time (its day) or a year; and a map's title from its
 * file name when the file gives none.
 */
import { baseName } from '../paths';
import { booleanFrom, dateFrom, FIELDS, valueOf, type ForeignEdge } from './foreignGraph';

export function whenOf(edge: ForeignEdge, warn: (path: string, message: string) => void) {
  const written = (field: readonly string[]) => valueOf(edge, field)?.value;
  const fromTime = (value: string | undefined, what: string) => {
    if (value === undefined) return undefined;
    const date = dateFrom(value);
    if (date === undefined)
      warn(
        edge.place,
        `its ${what} time "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is left out`,
      );
    return date;
  };
  const start = written(FIELDS.date) ?? fromTime(edge.time?.start, 'start');
  const end = written(FIELDS.until) ?? fromTime(edge.time?.end, 'end');
  if (start === undefined) {
    if (end !== undefined)
      warn(
        edge.place,
        `has an end (${end}) but no start; the relation is read without a date: give it a "date"`,
      );
    return undefined;
  }
  const label = written(FIELDS.dateLabel);
  const basis = written(FIELDS.dateBasis);
  const approximate = booleanFrom(written(FIELDS.dateApproximate) ?? '');
  return {
    start,
    ...(end !== undefined ? { end } : {}),
    ...(label ? { label } : {}),
    ...(basis ? { basis } : {}),
    ...(approximate !== undefined ? { approximate } : {}),
  };
}

/** "belarus-network.gexf" → "Belarus network". */
export function titleFromFile(file: string): string {
  const title = baseName(file)
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return title === '' ? 'Imported map' : title.charAt(0).toUpperCase() + title.slice(1);
}
