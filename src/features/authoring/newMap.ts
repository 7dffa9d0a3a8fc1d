import { emptyDocument } from '../../domain/edits/mapDocument';
import { checkDocument } from '../../io/checkDocument';
import { useAppStore } from '../../store/appStore';
import { INITIAL_VIEW } from '../../store/viewState';
import { localFile, newId } from './mapActions';

/** Starts an empty map with a title, and asks for its first source. */
export function newMap(title: string) {
  const document = emptyDocument(title);
  const checked = checkDocument(localFile(title), document);
  if (!checked.ok) return;
  const s = useAppStore.getState();
  s.applyView(INITIAL_VIEW);
  s.setSave({ kind: 'unsaved' });
  s.openMap(
    localFile(title),
    { ...checked.document, spans: checked.spans, warnings: checked.issues },
    { kind: 'local', id: newId() },
  );
  s.openEditor({ form: 'source' });
}
