import { useCallback, useEffect, useId, useState } from 'react';
import {
  deleteMap,
  duplicateMap,
  listMaps,
  renameMap,
  restoreMap,
  type MapRecord,
  type MapSummary,
} from '../../io/localMaps';
import { useAppStore } from '../../store/appStore';
import { selectLoaded, selectOrigin } from '../../store/selectors';
import { useModalDialog } from '../common/useModalDialog';
import { openLocalMap } from './mapActions';
import './authoring.css';

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * "My maps": the maps kept in this browser, newest first. Open, rename, duplicate or delete
 * each; a deletion can be undone until the dialog closes.
 */
export function MyMapsDialog() {
  const ref = useModalDialog(true);
  const titleId = useId();
  const closeEditor = useAppStore((s) => s.closeEditor);
  const openEditor = useAppStore((s) => s.openEditor);
  const origin = useAppStore(selectOrigin);
  // The open map's title as it is on screen: its stored copy catches up at the next save.
  const openTitle = useAppStore((s) => selectLoaded(s)?.dataset.title);
  const [maps, setMaps] = useState<readonly MapSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<MapRecord | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);

  const show = useCallback((listed: Awaited<ReturnType<typeof listMaps>>) => {
    if (listed.ok) setMaps(listed.maps);
    else {
      setMaps([]);
      setProblem(listed.message);
    }
  }, []);
  const refresh = useCallback(async () => show(await listMaps()), [show]);
  useEffect(() => {
    let live = true;
    void listMaps().then((listed) => {
      if (live) show(listed);
    });
    return () => {
      live = false;
    };
  }, [show]);

  // The open map is renamed by an edit (undoable, and saved like any other): renaming its
  // stored copy alone would be overwritten by the next save of what is on screen.
  const renameOpenMap = async (title: string) => {
    const { edit } = useAppStore.getState();
    const description = selectLoaded(useAppStore.getState())?.dataset.description ?? title;
    return edit({ kind: 'set-info', title, description });
  };

  const run = async (action: Promise<{ ok: true } | { ok: false; message: string }>) => {
    const outcome = await action;
    setProblem(outcome.ok ? null : outcome.message);
    await refresh();
  };

  return (
    <dialog
      ref={ref}
      className="dialog authoring-dialog authoring-dialog-wide"
      aria-labelledby={titleId}
      onClose={closeEditor}
    >
      <h2 id={titleId}>My maps</h2>
      <p className="authoring-hint">Maps you made or copied, kept in this browser and saved as you edit.</p>
      {problem && (
        <p className="authoring-refusal" role="alert">
          {problem}
        </p>
      )}
      {deleted && (
        <p className="my-maps-deleted" role="status">
          Deleted “{deleted.title}”.{' '}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              void run(restoreMap(deleted));
              setDeleted(null);
            }}
          >
            Undo delete
          </button>
        </p>
      )}
      {maps === null ? (
        <p role="status">Reading your maps…</p>
      ) : maps.length === 0 ? (
        <p>
          No maps of your own yet. “New map” starts one from an article; “Edit map” makes a copy of the map
          that is open.
        </p>
      ) : (
        <ul className="my-maps">
          {maps.map((m) => {
            const open = origin?.kind === 'local' && origin.id === m.id;
            const title = open && openTitle !== undefined ? openTitle : m.title;
            return (
              <li key={m.id}>
                {renaming?.id === m.id ? (
                  <form
                    className="my-maps-rename"
                    onSubmit={(event) => {
                      event.preventDefault();
                      const wanted = renaming.title.trim();
                      if (wanted === '') {
                        setProblem('A map needs a title.');
                        return;
                      }
                      setRenaming(null);
                      void run(open ? renameOpenMap(wanted) : renameMap(m.id, wanted));
                    }}
                  >
                    <label>
                      New title{' '}
                      <input
                        type="text"
                        value={renaming.title}
                        onChange={(e) => setRenaming({ id: m.id, title: e.target.value })}
                      />
                    </label>
                    <button type="submit" className="btn btn-small btn-primary">
                      Rename
                    </button>
                  </form>
                ) : (
                  <span className="my-maps-title">
                    <strong>{title}</strong>
                    <span className="authoring-hint">
                      {open ? 'Open now · ' : ''}saved {when(m.updated)}
                    </span>
                  </span>
                )}
                <span className="my-maps-buttons" role="group" aria-label={`“${title}”`}>
                  <button
                    type="button"
                    className="btn btn-small btn-primary"
                    aria-label={`Open “${title}”`}
                    onClick={() =>
                      void openLocalMap(m.id).then((outcome) =>
                        outcome.ok ? closeEditor() : setProblem(outcome.message),
                      )
                    }
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Rename “${title}”`}
                    onClick={() => setRenaming({ id: m.id, title })}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Duplicate “${title}”`}
                    onClick={() => void run(duplicateMap(m.id))}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    aria-label={`Delete “${title}”`}
                    disabled={open}
                    title={open ? 'Open another map first' : undefined}
                    onClick={() =>
                      void deleteMap(m.id).then(async (outcome) => {
                        if (outcome.ok) setDeleted(outcome.record);
                        else setProblem(outcome.message);
                        await refresh();
                      })
                    }
                  >
                    Delete
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="authoring-actions">
        <button type="button" className="btn btn-primary" onClick={() => openEditor({ form: 'new-map' })}>
          New map
        </button>
        <button type="button" className="btn" onClick={closeEditor}>
          Close
        </button>
      </div>
    </dialog>
  );
}
