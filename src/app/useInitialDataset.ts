import { useEffect } from 'react';
import { bundledDatasetNames, DEFAULT_DATASET, loadBundledDataset } from '../io/bundled';
import { useAppStore } from '../store/appStore';

/** Loads the bundled dataset named in ?dataset=, or the default, once at start. */
export function useInitialDataset() {
  useEffect(() => {
    let cancelled = false;
    const names = bundledDatasetNames();
    const wanted = new URLSearchParams(window.location.search).get('dataset') ?? DEFAULT_DATASET;
    const name = names.includes(wanted) ? wanted : names[0];
    const { startLoading, finishLoading, showEmpty } = useAppStore.getState();
    if (!name) {
      showEmpty();
      return;
    }
    startLoading(`graph-data/${name}/dataset.json`);
    void loadBundledDataset(name).then((result) => {
      if (cancelled) return;
      if (result) finishLoading(`graph-data/${name}/dataset.json`, result);
      else showEmpty();
    });
    return () => {
      cancelled = true;
    };
  }, []);
}
