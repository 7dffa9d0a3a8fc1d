/**
 * The one entry point for data. The app, the CLI and the tests all load through here:
 * unknown input → JSON → schema → source texts → integrity. It never throws on bad data;
 * every problem comes back as an Issue naming the file, the JSON path and the fix.
 */
import { Dataset } from '../domain/schema';
import { checkIntegrity, type QuoteSpan } from '../domain/integrity';
import { hasErrors, type Issue } from '../domain/issues';
import { asText, isTextOrBytes, notUtf8, type TextOrBytes } from './decode';
import { parseJson } from './parseJson';
import { baseName, insideFolder } from './paths';
import { fromZodIssues } from './zodIssues';

/**
 * Reads a source text by its path relative to the dataset file (normalised, and checked to
 * stay inside the dataset's folder); undefined when missing. Bytes are decoded as UTF-8.
 */
export type TextReader = (relativePath: string) => Promise<TextOrBytes | undefined>;

export interface LoadInput {
  /** The dataset file's name, used in every message. */
  file: string;
  /** The file's bytes or text, or already-parsed JSON. */
  content: unknown;
  readText: TextReader;
  /** Told what the loader is doing, for a big file ("checking quotes: 40%"). */
  onProgress?: (stage: string) => void;
  /**
   * Given the dataset as soon as it has the schema's shape, before its texts and quotes are
   * checked: a large map's groups are found meanwhile (see loadWorker.ts).
   */
  onShaped?: (dataset: Dataset) => void;
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Source texts by source id. */
  texts: Record<string, string>;
  /** Every verified quote's place in its source. */
  spans: QuoteSpan[];
}

export type LoadResult =
  ({ ok: true; issues: Issue[] } & LoadedDataset) | { ok: false; issues: Issue[]; loaded?: LoadedDataset };

/**
 * Loads and checks a dataset; never throws. Whatever goes wrong inside, even a bug of ours,
 * ends as an issue naming the file, so no caller is left waiting on a spinner.
 */
export async function loadDataset(input: LoadInput): Promise<LoadResult> {
  try {
    return await loadChecked(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          file: input.file,
          path: '',
          message: `could not be checked (${reason}); this is a fault in Leverage Map, not necessarily in the file: please report it with the file attached`,
        },
      ],
    };
  }
}

async function loadChecked({
  file,
  content,
  readText,
  onProgress,
  onShaped,
}: LoadInput): Promise<LoadResult> {
  let json: unknown = content;
  if (isTextOrBytes(content)) {
    onProgress?.('reading the JSON');
    const decoded = asText(content);
    if (!decoded.ok) return { ok: false, issues: [fileIssue(file, notUtf8(decoded.byteOffset))] };
    const parsed = parseJson(file, decoded.text);
    if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
    json = parsed.value;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const message = 'a dataset must be a JSON object with "format": "leverage-map" and "version": 1';
    return { ok: false, issues: [fileIssue(file, message)] };
  }
  onProgress?.('checking the format');
  const schema = Dataset.safeParse(json, { reportInput: true });
  if (!schema.success) return { ok: false, issues: fromZodIssues(file, schema.error.issues) };
  const dataset = schema.data;
  onShaped?.(dataset);

  const issues: Issue[] = [];
  // Keyed by source id, with no prototype: an id such as "constructor" finds nothing inherited.
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  onProgress?.('reading the source texts');
  await Promise.all(
    dataset.sources.map(async (source, i) => {
      // Embedded in the file itself: nothing to read, and the same checks follow.
      if (source.content !== undefined) {
        texts[source.id] = source.content;
        return;
      }
      // The schema lets a source through only with one of the two.
      if (source.text === undefined) return;
      const path = `sources[${i}].text`;
      const relative = insideFolder(source.text);
      if (relative === null) {
        issues.push({
          severity: 'error',
          file,
          path,
          message: `"${source.text}" is outside the dataset's folder; keep source texts in the dataset's folder or below it (e.g. "sources/${baseName(source.text)}") and give the path relative to the dataset file`,
        });
        return;
      }
      let content: TextOrBytes | undefined;
      try {
        content = await readText(relative);
      } catch {
        content = undefined;
      }
      const decoded = isTextOrBytes(content) ? asText(content) : undefined;
      if (decoded === undefined) {
        issues.push({
          severity: 'error',
          file,
          path,
          message: `cannot read "${source.text}" (relative to the dataset file); put the source's verbatim text there or fix the path`,
        });
      } else if (!decoded.ok) {
        issues.push({
          severity: 'error',
          file,
          path,
          message: `"${source.text}" ${notUtf8(decoded.byteOffset)}`,
        });
      } else {
        texts[source.id] = decoded.text;
      }
    }),
  );

  // One at a time: spreading 100,000 issues into push() would overflow the stack.
  const integrity = checkIntegrity(dataset, texts, (done, total) =>
    onProgress?.(`checking quotes: ${Math.round((100 * done) / total)}%`),
  );
  for (const issue of integrity.issues) issues.push({ ...issue, file });
  const loaded: LoadedDataset = {
    dataset,
    texts,
    spans: integrity.spans,
  };
  if (hasErrors(issues)) return { ok: false, issues, loaded };
  return { ok: true, issues, ...loaded };
}

function fileIssue(file: string, message: string): Issue {
  return { severity: 'error', file, path: '', message };
}
