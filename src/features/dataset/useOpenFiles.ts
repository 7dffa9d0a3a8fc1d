import { useCallback } from 'react';
import { loadPickedFiles, toPickedFiles } from '../../io/fromFiles';
import { useAppStore } from '../../store/appStore';
import { INITIAL_VIEW } from '../../store/viewState';

/**
 * Loads user-chosen files through the one loader. They replace the open map only once they
 * have loaded cleanly; until then, and if they fail, the open map stays as it was. Files
 * still loading when others are chosen, or another map opens, are dropped.
 */
export function useOpenFiles() {
  return useCallback(async (files: FileList | readonly File[]) => {
    const { startLoading, finishLoading, applyView, loadingProgress, isCurrentLoad } = useAppStore.getState();
    const ticket = startLoading('your files');
    const { file, result } = await loadPickedFiles(toPickedFiles(files), loadingProgress);
    // Other files were chosen, or a map opened, meanwhile: the last choice wins.
    if (!isCurrentLoad(ticket)) return;
    if (result.ok) applyView({ ...INITIAL_VIEW, filters: useAppStore.getState().filters });
    finishLoading(file, result);
  }, []);
}
