import { useCallback } from 'react';
import { loadPickedFiles, toPickedFiles } from '../../io/fromFiles';
import { useAppStore } from '../../store/appStore';
import { INITIAL_VIEW } from '../../store/viewSlice';

/** Loads user-chosen files through the one loader, replacing the current dataset. */
export function useOpenFiles() {
  return useCallback(async (files: FileList | readonly File[]) => {
    const { startLoading, finishLoading, applyView } = useAppStore.getState();
    startLoading('your files');
    const { file, result } = await loadPickedFiles(toPickedFiles(files));
    applyView({ ...INITIAL_VIEW, filters: useAppStore.getState().filters });
    finishLoading(file, result);
  }, []);
}
