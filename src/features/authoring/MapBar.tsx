import { useId } from 'react';
import { useAppStore } from '../../store/appStore';
import {
  selectEditable,
  selectLoaded,
  selectRedoLabel,
  selectSaveStatus,
  selectUndoLabel,
} from '../../store/selectors';
import { downloadMap, editMap } from './mapActions';
import './mapBar.css';

/**
 * What can be done with the open map as a whole: make a new one, open one of one's own, or
 * (for a map one cannot change, such as the bundled one) make an editable copy; while
 * editing, add sources and undo or redo. A bar of its own under the top bar, so these
 * never crowd out the reading controls.
 */
export function MapBar() {
  const editable = useAppStore(selectEditable);
  const undoLabel = useAppStore(selectUndoLabel);
  const redoLabel = useAppStore(selectRedoLabel);
  const status = useAppStore(selectSaveStatus);
  const openEditor = useAppStore((s) => s.openEditor);
  const warnings = useAppStore((s) => selectLoaded(s)?.warnings.length ?? 0);
  return (
    <div className="map-bar" role="toolbar" aria-label="Map">
      <p className="map-bar-status" role="status">
        {editable ? status : 'Read-only: “Edit map” makes a copy of your own'}
      </p>
      <div className="map-bar-actions">
        {warnings > 0 && (
          <button
            type="button"
            className="btn btn-small btn-warning"
            title="What the checks warn about in this map"
            onClick={() => openEditor({ form: 'warnings' })}
          >
            ⚠ {warnings} warning{warnings === 1 ? '' : 's'}
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={() => openEditor({ form: 'new-map' })}>
          New map
        </button>
        <button type="button" className="btn btn-small" onClick={() => openEditor({ form: 'my-maps' })}>
          My maps
        </button>
        {!editable && (
          <button
            type="button"
            className="btn btn-small btn-primary"
            title="Make an editable copy of this map, saved in this browser"
            onClick={() => editMap()}
          >
            Edit map
          </button>
        )}
        {editable && (
          <>
            <button type="button" className="btn btn-small" onClick={() => openEditor({ form: 'source' })}>
              Add source
            </button>
            <button
              type="button"
              className="btn btn-small"
              title="Link two or more relations as one trade"
              onClick={() => openEditor({ form: 'deal' })}
            >
              Link as a deal
            </button>
            <button
              type="button"
              className="btn btn-small"
              title="Add what the map shows now as a slide of a story"
              onClick={() => openEditor({ form: 'slide' })}
            >
              Add this view as a slide
            </button>
            <HistoryButton action="Undo" label={undoLabel} keys="Ctrl+Z" shortcut="Control+Z Meta+Z" />
            <HistoryButton
              action="Redo"
              label={redoLabel}
              keys="Ctrl+Shift+Z"
              shortcut="Control+Shift+Z Meta+Shift+Z Control+Y"
            />
            <button
              type="button"
              className="btn btn-small"
              title="Download this map as one .json file with its sources’ texts inside"
              onClick={() => void downloadMap()}
            >
              Download
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * Undo or Redo, named just that; what it would do ("Undo: add relation “backs”") is its
 * description and tooltip, so the name stays the word on the button.
 */
function HistoryButton(props: {
  action: 'Undo' | 'Redo';
  label: string | null;
  keys: string;
  shortcut: string;
}) {
  const { action, label, keys, shortcut } = props;
  const id = useId();
  const what = label ? `${action}: ${label}` : `Nothing to ${action.toLowerCase()}`;
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        aria-describedby={id}
        aria-keyshortcuts={shortcut}
        title={`${what} (${keys})`}
        disabled={!label}
        onClick={() => (action === 'Undo' ? useAppStore.getState().undo() : useAppStore.getState().redo())}
      >
        {action}
      </button>
      <span id={id} hidden>
        {what}
      </span>
    </>
  );
}
