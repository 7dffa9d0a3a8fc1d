import { INITIAL_VIEW } from '../../src/store/viewState';
import { useAppStore } from '../../src/store/appStore';
import { loadFixture } from './loadFixture';
import type { LoadResult } from '../../src/io/loadDataset';

const pristine = useAppStore.getState();

/** Resets the app store and loads a fixture into it, as the app does at start. */
export async function loadFixtureIntoStore(name = 'minimal.valid.json') {
  return openInStore(`tests/fixtures/${name}`, await loadFixture(name));
}

/** Resets the app store and opens a loaded dataset in it, as the app does at start. */
export function openInStore(file: string, result: LoadResult) {
  useAppStore.setState(pristine, true);
  useAppStore.getState().applyView(INITIAL_VIEW);
  useAppStore.getState().finishLoading(file, result);
  return useAppStore.getState();
}
