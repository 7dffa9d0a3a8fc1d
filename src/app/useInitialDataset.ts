import { useEffect } from 'react';
import { openLocalMap } from '../features/authoring/mapActions';
import { bundledDatasetNames, DEFAULT_DATASET, loadBundledDataset } from '../io/bundled';
import type { LoadResult } from '../io/loadDataset';
import type { LastOpen } from '../io/lastOpen';
import { useAppStore } from '../store/appStore';
import { isEmbed } from '../store/embedUrl';

interface InitialLoad {
  name: string;
  file: string;
  result: Promise<LoadResult | null>;
  /** The map open when the page was last left, unless the address names a dataset. */
  last: Promise<LastOpen | null>;
}

/**
 * The bundled dataset named in ?dataset= (or the default) starts loading as soon as this
 * module is evaluated, in parallel with React's first render, not after it; so does the
 * question of which map was open last (a map of one's own is reopened instead).
 */
function startInitialLoad(): InitialLoad | null {
  const names = bundledDatasetNames();
  const named = new URLSearchParams(window.location.search).get('dataset');
  // A frame in an article shows what its address names, never the reader's own last map.
  const embedded = isEmbed(window.location.search);
  const wanted = named ?? DEFAULT_DATASET;
  const name = names.includes(wanted) ? wanted : names[0];
  if (!name) return null;
  performance.mark('lm:data-start');
  return {
    name,
    file: `graph-data/${name}/dataset.json`,
    result: loadBundledDataset(name),
    // Asked of the browser's storage, whose code is a small chunk of its own.
    last:
      named === null && !embedded
        ? import('../io/lastOpen')
            .then((last) => last.getLastOpen())
            .then((found) => (found.ok ? found.ref : null))
            .catch(() => null)
        : Promise.resolve(null),
  };
}

const initialLoad = startInitialLoad();

export function useInitialDataset() {
  useEffect(() => {
    let left = false;
    // A function, so each check after a wait reads the value as it is then.
    const cancelled = () => left;
    const { startLoading, finishLoading, showEmpty, notify, isCurrentLoad } = useAppStore.getState();
    if (!initialLoad) {
      showEmpty();
      return;
    }
    const ticket = startLoading(initialLoad.file);
    const openBundled = async () => {
      const result = await initialLoad.result;
      // Files opened meanwhile are the user's choice: the bundled map gives way to them.
      if (cancelled() || !isCurrentLoad(ticket)) return;
      if (result) finishLoading(initialLoad.file, result, { kind: 'bundled', name: initialLoad.name });
      else showEmpty();
    };
    void initialLoad.last.then(async (last) => {
      if (cancelled()) return;
      if (last?.kind === 'local') {
        const reopened = await openLocalMap(last.id);
        if (reopened.ok || cancelled()) return;
        notify(`Your last map could not be reopened, so the bundled map is shown. ${reopened.message}`);
      }
      await openBundled();
    });
    return () => {
      left = true;
    };
  }, []);
}
