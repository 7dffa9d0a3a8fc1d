import { INITIAL_VIEW } from '../../src/store/viewState';
import { useAppStore } from '../../src/store/appStore';
import { loadFixture } from './loadFixture';

const pristine = useAppStore.getState();

/** Resets the app store and loads a fixture into it, as the app does at start. */
export async function loadFixtureIntoStore(name = 'minimal.valid.json') {
  useAppStore.setState(pristine, true);
  useAppStore.getState().applyView(INITIAL_VIEW);
  const result = await loadFixture(name);
  useAppStore.getState().finishLoading(`tests/fixtures/${name}`, result);
  return useAppStore.getState();
}
