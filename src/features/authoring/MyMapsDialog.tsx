import { useCallback, useEffect, useId, useState } from 'react';
import {
  deleteMap,
  duplicateMap,
  forgetDeletedMap,
  KEEP_DELETED_DAYS,
  listDeleted,
  listMaps,
  renameMap,
  restoreMap,
  type DeletedSummary,
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

/** The maps kept, and those recently deleted. */
const readBoth = () => Promise.all([listMaps(), listDeleted()]);

/**
 * "My maps": the maps kept in this browser, newest first. Open, rename, duplicate or delete
 * each. A deleted map waits in "Recently deleted" for KEEP_DELETED_DAYS, after a reload too,
 * where it can be restored or deleted for good; "Undo delete" restores the one just deleted.
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
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const [trash, setTrash] = useState<readonly DeletedSummary[]>([]);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);

  const show = useCallback(
    ([listed, binned]: [Awaited<ReturnType<typeof listMaps>>, Awaited<ReturnType<typeof listDeleted>>]) => {
      if (listed.ok) setMaps(listed.maps);
      else {
        setMaps([]);
        setProblem(listed.message);
      }
      setTrash(binned.ok ? binned.maps : []);
    },
    [],
  );
  const refresh = useCallback(async () => show(await readBoth()), [show]);
  useEffect(() => {
    let live = true;
    void readBoth().then((both) => {
      if (live) show(both);
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
              void run(restoreMap(deleted.id));
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
                        if (outcome.ok) setDeleted(outcome.record && { id: m.id, title });
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
      {trash.length > 0 && (
        <section aria-labelledby={`${titleId}-deleted`}>
          <h3 id={`${titleId}-deleted`}>Recently deleted</h3>
          <p className="authoring-hint">Kept for {KEEP_DELETED_DAYS} days after deleting, then removed.</p>
          <ul className="my-maps">
            {trash.map((m) => (
              <li key={m.id}>
                <span className="my-maps-title">
                  <strong>{m.title}</strong>
                  <span className="authoring-hint">deleted {when(m.deleted)}</span>
                </span>
                <span className="my-maps-buttons" role="group" aria-label={`Deleted “${m.title}”`}>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Restore “${m.title}”`}
                    onClick={() => {
                      if (deleted?.id === m.id) setDeleted(null);
                      void run(restoreMap(m.id));
                    }}
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    aria-label={`Delete “${m.title}” for good`}
                    onClick={() => {
                      if (deleted?.id === m.id) setDeleted(null);
                      void run(forgetDeletedMap(m.id));
                    }}
                  >
                    Delete for good
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
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
