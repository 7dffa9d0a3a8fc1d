import type { Issue } from '../domain/issues';

export type JsonParse = { ok: true; value: unknown } | { ok: false; issue: Issue };

/** JSON.parse that names the line and column of a syntax error instead of throwing. */
export function parseJson(file: string, text: string): JsonParse {
  if (text.trim() === '') {
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        path: '',
        message: 'the file is empty; a dataset is a JSON object with "format": "leverage-map"',
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    // A file cut short ("Unexpected end of JSON input") gives no position: it is the end.
    const position =
      /position (\d+)/.exec(raw)?.[1] ??
      (/end of (JSON )?input|unterminated/i.test(raw) ? String(text.length) : undefined);
    let where = '';
    if (position !== undefined) {
      const offset = Number(position);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}${offset >= text.length ? ' (the end of the file: is it cut short?)' : ''}`;
    }
    const reason = raw
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        path: '',
        message: `not valid JSON${where}: ${reason}; fix the syntax (a missing comma or quote is the usual cause)`,
      },
    };
  }
}
