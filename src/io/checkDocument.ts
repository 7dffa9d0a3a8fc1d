/**
 * The checks a map passes whether it comes from a file or from an edit: the schema, then
 * integrity (ids, references, every quote found in its source). One function for both, so
 * an edit is refused with the very sentence the validator prints for the same mistake.
 */
import { checkIntegrity, type CheckProgress, type QuoteSpan } from '../domain/integrity';
import type { Issue } from '../domain/issues';
import type { MapDocument } from '../domain/edits/mapDocument';
import { Dataset } from '../domain/schema';
import { fromZodIssues } from './zodIssues';

export type CheckedDocument =
  { ok: true; document: MapDocument; spans: QuoteSpan[]; issues: Issue[] } | { ok: false; issues: Issue[] };

export function checkDocument(
  file: string,
  document: MapDocument,
  progress?: CheckProgress,
): CheckedDocument {
  const schema = Dataset.safeParse(document.dataset, { reportInput: true });
  if (!schema.success) return { ok: false, issues: fromZodIssues(file, schema.error.issues) };
  const dataset = schema.data;
  const integrity = checkIntegrity(dataset, document.texts, progress);
  const issues: Issue[] = [];
  // One at a time: spreading 100,000 issues into push() would overflow the stack.
  for (const issue of integrity.issues) issues.push({ ...issue, file });
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, document: { dataset, texts: document.texts }, spans: integrity.spans, issues };
}
