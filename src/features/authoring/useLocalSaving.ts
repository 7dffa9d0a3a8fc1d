import { useEffect } from 'react';
import { createAutosave } from '../../io/autosave';
import type { LastOpen } from '../../io/lastOpen';
import type { MapRecord } from '../../io/localMaps';
import { useAppStore, type AppState } from '../../store/appStore';
import type { MapOrigin } from '../../store/dataSlice';
import { selectLoaded, selectOpened, selectOrigin } from '../../store/selectors';
import { currentMapJson } from './mapActions';

// The browser's storage (with its record schema) is fetched when first written to.
const putMap = async (record: MapRecord) => (await import('../../io/localMaps')).putMap(record);

/** Counts the maps opened, so a deferred remember never writes over a newer one. */
let opened = 0;
/**
 * The map of one's own a reload would reopen, as last stored. When storing that failed (a
 * full disk), the map's next successful save remembers it again.
 */
let remembered: string | null = null;

/**
 * A map of one's own is remembered at once (a reload must find it); the bundled map once
 * the page is idle, so nothing of it competes with drawing the map at start. A file opened
 * from disk cannot be opened again by itself: nothing is remembered for it. Only the map open
 * last is written: on a busy page the bundled map's idle turn can come after "Edit map" has
 * already remembered the copy, and would otherwise make a reload open the bundled map.
 */
export function rememberOpen(origin: MapOrigin | null) {
  const ref: LastOpen =
    origin?.kind === 'local'
      ? { kind: 'local', id: origin.id }
      : origin?.kind === 'bundled'
        ? { kind: 'bundled', name: origin.name }
        : null;
  const turn = ++opened;
  const current = () => turn === opened;
  const remember = () => {
    if (!current()) return;
    void import('../../io/lastOpen').then(async (last) => {
      if (!current()) return;
      const stored = await last.setLastOpen(ref);
      if (stored.ok) remembered = ref?.kind === 'local' ? ref.id : null;
    });
  };
  if (ref?.kind === 'local') remember();
  else if ('requestIdleCallback' in window) requestIdleCallback(remember, { timeout: 3000 });
  else setTimeout(remember, 1000);
}

/** Edits are written this soon after the last one (the issue asks for half a second at most). */
const SAVE_DELAY_MS = 300;

/**
 * Keeps a map of one's own saved in the browser: every edit, and every drag of an actor,
 * is written within half a second; leaving the page writes what is pending at once. The
 * browser also remembers which map was open, so a reload reopens it (useInitialDataset).
 * A write that fails says so on the map bar, with the download as the way out.
 */
export function useLocalSaving() {
  useEffect(() => {
    const autosave = createAutosave<MapRecord>(putMap, SAVE_DELAY_MS, (status) => {
      const { setSave } = useAppStore.getState();
      if (status === 'saving') setSave({ kind: 'saving' });
      else if (status === 'saved') {
        setSave({ kind: 'saved', at: Date.now() });
        const origin = selectOrigin(useAppStore.getState());
        if (origin?.kind === 'local' && remembered !== origin.id) rememberOpen(origin);
      } else setSave({ kind: 'failed', message: status.failed });
    });

    const schedule = async (state: AppState) => {
      const origin = selectOrigin(state);
      if (origin?.kind !== 'local') return;
      // Said at once, so "saved" never stands for a version older than what is on screen.
      state.setSave({ kind: 'saving' });
      const current = await currentMapJson();
      if (!current) return;
      const now = Date.now();
      // `created` counts only for a map not stored yet: putMap keeps a stored map's own.
      autosave.schedule({
        id: origin.id,
        title: current.title,
        created: now,
        updated: now,
        storeVersion: 1,
        file: current.json,
      });
    };

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const origin = selectOrigin(state);
      const before = selectOrigin(previous);
      const reopened = selectOpened(state) !== selectOpened(previous) || origin !== before;
      if (reopened) {
        // What was pending for the map left behind is written now, not dropped.
        void autosave.flush();
        rememberOpen(origin);
      }
      if (origin?.kind !== 'local') return;
      const edited = selectLoaded(state) !== selectLoaded(previous);
      const dragged = state.layoutUnsaved && !previous.layoutUnsaved;
      // A map just made one's own is saved at once, even before its first edit.
      if (edited || dragged || (reopened && before?.kind !== 'local')) {
        void schedule(state);
        if (dragged) state.setLayoutUnsaved(false);
      }
    });

    const flushNow = () => void autosave.flush();
    // If the page is left with a change not yet stored, the browser asks first.
    const onLeave = (event: BeforeUnloadEvent) => {
      flushNow();
      if (autosave.hasUnsaved() || useAppStore.getState().save.kind === 'failed') event.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
      flushNow();
    };
  }, []);
}
