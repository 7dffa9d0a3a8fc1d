/**
 * The authoring form that is open, if any: one modal dialog at a time, chosen by the
 * editor slice. A new form is one case here. This module and the forms load on demand
 * (see App), the first time a form is opened.
 */
import { useAppStore } from '../../store/appStore';
import { selectEditor } from '../../store/selectors';
import { DealForm } from './DealForm';
import { EvidenceForm } from './EvidenceForm';
import { MyMapsDialog } from './MyMapsDialog';
import { NewMapForm } from './NewMapForm';
import { SlideForm } from './SlideForm';
import { StoryEditor } from './StoryEditor';

export function AuthoringDialogs() {
  const editor = useAppStore(selectEditor);
  if (!editor) return null;
  switch (editor.form) {
    case 'new-map':
      return <NewMapForm />;
    case 'my-maps':
      return <MyMapsDialog />;
    case 'evidence':
      return <EvidenceForm evidence={editor.evidence} />;
    case 'deal':
      return <DealForm dealId={editor.dealId} relationIds={editor.relationIds} />;
    case 'slide':
      return <SlideForm storyId={editor.storyId} index={editor.index} />;
    case 'story':
      return <StoryEditor storyId={editor.storyId} />;
    default:
      return null;
  }
}
