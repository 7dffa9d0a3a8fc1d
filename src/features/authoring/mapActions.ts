/**
 * What the map bar and My maps do to the map as a whole: make a new one, make the open one
 * one's own, open a saved one, download it. Each goes through the store; saving to the
 * browser follows on its own (useLocalSaving).
 */
import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';
import { INITIAL_VIEW } from '../../store/viewState';
import { downloadBlob } from '../../io/download';
import { loadDatasetText } from '../../io/loadFiles';
import { placedMessage } from '../../domain/issues';
import { mapOnScreen } from '../dataset/mapOnScreen';

/** The name a map of one's own goes by in messages. */
export const localFile = (title: string) => `My maps: ${title}`;

export function newId(): string {
  return crypto.randomUUID();
}

/** The open map becomes an editable copy of one's own; the original file is never changed. */
export function editMap() {
  const s = useAppStore.getState();
  const map = selectLoaded(s);
  if (!map || s.data.status !== 'ready' || s.data.origin.kind === 'local') return;
  s.setSave({ kind: 'unsaved' });
  s.setOrigin({ kind: 'local', id: newId() }, localFile(map.dataset.title));
}

/** Counts the opens of My maps, so that of two in flight the one asked for last wins. */
let opens = 0;

/** Opens one of My maps through the loader, as any file is opened. */
export async function openLocalMap(id: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const mine = ++opens;
  // The browser's storage (with its record schema) is a chunk of its own, off the first picture's path.
  const { getMap, setLastOpen } = await import('../../io/localMaps');
  const found = await getMap(id);
  if (!found.ok) return { ok: false, message: found.message };
  const { record } = found;
  const file = localFile(record.title);
  // A large map is checked in a worker, its stages shown where a loading map's are.
  const result = await loadDatasetText(file, record.file, useAppStore.getState().loadingProgress);
  // Another of My maps was asked for meanwhile: it is the one to open.
  if (mine !== opens) return { ok: true };
  const s = useAppStore.getState();
  if (!result.ok) {
    const first = result.issues[0];
    return {
      ok: false,
      message: `“${record.title}” could not be opened: ${first ? placedMessage(first) : 'it does not load'}`,
    };
  }
  s.applyView(INITIAL_VIEW);
  s.setSave({ kind: 'saved', at: record.updated });
  s.finishLoading(file, result, { kind: 'local', id });
  void setLastOpen({ kind: 'local', id });
  return { ok: true };
}

/**
 * The open map as it is now (the actors where they stand), as one file with its texts inside.
 * The writer comes with the schema, so it is fetched when first needed, off the first picture's path.
 */
export async function currentMapJson(): Promise<{ title: string; json: string } | null> {
  const map = mapOnScreen();
  if (!map) return null;
  const { selfContainedJson } = await import('../../io/selfContained');
  return { title: map.dataset.title, json: selfContainedJson(map.dataset, map.texts) };
}

/** Downloads the open map as one self-contained .json that "Open dataset…" and the validator accept. */
export async function downloadMap() {
  const current = await currentMapJson();
  if (!current) return;
  const { fileNameFor } = await import('../../io/selfContained');
  downloadBlob(fileNameFor(current.title), new Blob([current.json], { type: 'application/json' }));
}
