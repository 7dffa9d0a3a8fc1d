import { useCallback } from 'react';
import { loadPickedFiles, toPickedFiles } from '../../io/fromFiles';
import { useAppStore } from '../../store/appStore';
import { INITIAL_VIEW } from '../../store/viewState';

/**
 * Loads user-chosen files through the one loader. They replace the open map only once they
 * have loaded cleanly; until then, and if they fail, the open map stays as it was.
 */
export function useOpenFiles() {
  return useCallback(async (files: FileList | readonly File[]) => {
    const { startLoading, finishLoading, applyView, loadingProgress } = useAppStore.getState();
    startLoading('your files');
    const { file, result } = await loadPickedFiles(toPickedFiles(files), loadingProgress);
    if (result.ok) applyView({ ...INITIAL_VIEW, filters: useAppStore.getState().filters });
    finishLoading(file, result);
  }, []);
}
