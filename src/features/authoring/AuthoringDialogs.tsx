import type { EditorForm } from '../../store/editorSlice';
import { useAppStore } from '../../store/appStore';
import { selectEditor } from '../../store/selectors';
import { ActorForm } from './ActorForm';
import { ContestForm } from './ContestForm';
import { FiguresForm } from './FiguresForm';
import { DealForm } from './DealForm';
import { DeleteConfirm } from './DeleteConfirm';
import { EvidenceForm } from './EvidenceForm';
import { MyMapsDialog } from './MyMapsDialog';
import { NewMapForm } from './NewMapForm';
import { RelationForm } from './RelationForm';
import { SlideForm } from './SlideForm';
import { SourceForm } from './SourceForm';
import { StoryEditor } from './StoryEditor';
import { WarningsDialog } from './WarningsDialog';

/** A form made afresh for each thing it is opened for, so none starts with another's fields. */
function keyOf(editor: EditorForm): string {
  return JSON.stringify(editor);
}

/**
 * The open authoring form, if any: one at a time, each a modal dialog, chosen by the editor
 * slice. A new form is one case here. This module and the forms load on demand (see App),
 * the first time a form is opened.
 */
export function AuthoringDialogs() {
  const editor = useAppStore(selectEditor);
  if (!editor) return null;
  const key = keyOf(editor);
  switch (editor.form) {
    case 'new-map':
      return <NewMapForm key={key} />;
    case 'my-maps':
      return <MyMapsDialog key={key} />;
    case 'source':
      return <SourceForm key={key} sourceId={editor.sourceId} />;
    case 'relation':
      return <RelationForm key={key} evidence={editor.evidence} relationId={editor.relationId} />;
    case 'evidence':
      return <EvidenceForm key={key} evidence={editor.evidence} />;
    case 'actor':
      return <ActorForm key={key} actorId={editor.actorId} />;
    case 'delete':
      return <DeleteConfirm key={key} kind={editor.kind} id={editor.id} />;
    case 'deal':
      return <DealForm key={key} dealId={editor.dealId} relationIds={editor.relationIds} />;
    case 'figures':
      return <FiguresForm key={key} relationId={editor.relationId} />;
    case 'contest':
      return <ContestForm key={key} relationId={editor.relationId} />;
    case 'slide':
      return <SlideForm key={key} storyId={editor.storyId} index={editor.index} />;
    case 'story':
      return <StoryEditor key={key} storyId={editor.storyId} />;
    case 'warnings':
      return <WarningsDialog key={key} />;
  }
}
