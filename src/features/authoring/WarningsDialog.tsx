import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';
import { IssueItems } from '../dataset/IssueList';
import { FormDialog } from './FormDialog';

/**
 * What the checks warn about in the open map (a source never quoted, an actor in no
 * relation, a hidden character): nothing that stops it, all worth a look.
 */
export function WarningsDialog() {
  const warnings = useAppStore(selectLoaded)?.warnings ?? [];
  return (
    <FormDialog title="What the checks found" submitLabel="Close" onSubmit={() => true} refusal={null}>
      {warnings.length === 0 ? (
        <p>Nothing: every check passes.</p>
      ) : (
        <>
          <p className="authoring-hint">
            Warnings do not stop the map from being saved or shown; each says where and what to change.
          </p>
          <IssueItems issues={warnings} label="Warnings" />
        </>
      )}
    </FormDialog>
  );
}
