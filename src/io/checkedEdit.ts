/**
 * An edit made and checked in one step: applied to the map, then put through the checks a
 * file goes through. The store fetches this (with the schema) the first time a map is
 * edited, so none of it weighs on the first picture.
 */
import { applyEdit, type Edit } from '../domain/edits/edit';
import { describeEdit } from '../domain/edits/describeEdit';
import type { MapDocument } from '../domain/edits/mapDocument';
import type { QuoteSpan } from '../domain/integrity';
import { placedMessage, type Issue } from '../domain/issues';
import { checkDocument } from './checkDocument';

export type CheckedEdit =
  | { ok: true; document: MapDocument; spans: QuoteSpan[]; warnings: Issue[]; label: string }
  | { ok: false; message: string };

/** The first error of a refused edit, as the validator prints it: place, then sentence. */
function refusal(issues: readonly Issue[]): string {
  const first = issues.find((i) => i.severity === 'error') ?? issues[0];
  return first ? placedMessage(first) : 'the edit was refused';
}

export function checkedEdit(file: string, before: MapDocument, edit: Edit): CheckedEdit {
  const applied = applyEdit(before, edit);
  if (!applied.ok) return applied;
  const checked = checkDocument(file, applied.document);
  if (!checked.ok) return { ok: false, message: refusal(checked.issues) };
  return {
    ok: true,
    document: checked.document,
    spans: checked.spans,
    warnings: checked.issues,
    label: describeEdit(edit, before.dataset),
  };
}
