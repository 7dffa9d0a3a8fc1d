import { useEffect } from 'react';
import { bundledDatasetNames, DEFAULT_DATASET, loadBundledDataset } from '../io/bundled';
import type { LoadResult } from '../io/loadDataset';
import { useAppStore } from '../store/appStore';

interface InitialLoad {
  file: string;
  result: Promise<LoadResult | null>;
}

/**
 * The bundled dataset named in ?dataset= (or the default) starts loading as soon as this
 * module is evaluated, in parallel with React's first render, not after it.
 */
function startInitialLoad(): InitialLoad | null {
  const names = bundledDatasetNames();
  const wanted = new URLSearchParams(window.location.search).get('dataset') ?? DEFAULT_DATASET;
  const name = names.includes(wanted) ? wanted : names[0];
  if (!name) return null;
  performance.mark('lm:data-start');
  return { file: `graph-data/${name}/dataset.json`, result: loadBundledDataset(name) };
}

const initialLoad = startInitialLoad();

export function useInitialDataset() {
  useEffect(() => {
    let cancelled = false;
    const { startLoading, finishLoading, showEmpty } = useAppStore.getState();
    if (!initialLoad) {
      showEmpty();
      return;
    }
    startLoading(initialLoad.file);
    void initialLoad.result.then((result) => {
      if (cancelled) return;
      if (result) finishLoading(initialLoad.file, result);
      else showEmpty();
    });
    return () => {
      cancelled = true;
    };
  }, []);
}
