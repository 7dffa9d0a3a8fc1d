import type { EditorForm } from '../../store/editorSlice';
import { useAppStore } from '../../store/appStore';
import { selectEditor } from '../../store/selectors';
import { ActorForm } from './ActorForm';
import { DeleteConfirm } from './DeleteConfirm';
import { RelationForm } from './RelationForm';
import { SourceForm } from './SourceForm';

/** A form made afresh for each thing it is opened for, so none starts with another's fields. */
function keyOf(editor: EditorForm): string {
  return JSON.stringify(editor);
}

/**
 * The open authoring form, if any: one at a time, each a modal dialog. A plain switch on
 * `editor.form`; the forms not handled here yet (new map, my maps, evidence, deal, slide,
 * story) are to be added as cases of their own.
 */
export function AuthoringDialogs() {
  const editor = useAppStore(selectEditor);
  if (!editor) return null;
  const key = keyOf(editor);
  switch (editor.form) {
    case 'source':
      return <SourceForm key={key} sourceId={editor.sourceId} />;
    case 'relation':
      return <RelationForm key={key} evidence={editor.evidence} relationId={editor.relationId} />;
    case 'actor':
      return <ActorForm key={key} actorId={editor.actorId} />;
    case 'delete':
      return <DeleteConfirm key={key} kind={editor.kind} id={editor.id} />;
    default:
      return null;
  }
}
