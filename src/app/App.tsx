import { useEffect } from 'react';
import { MapBar } from '../features/authoring/MapBar';
import { useHistoryKeys } from '../features/authoring/useHistoryKeys';
import { useLocalSaving } from '../features/authoring/useLocalSaving';
import { ExportMenu } from '../features/dataset/ExportMenu';
import { IssueList } from '../features/dataset/IssueList';
import { OpenDatasetButton } from '../features/dataset/OpenDatasetButton';
import { OpeningStatus } from '../features/dataset/OpeningStatus';
import { useFileDrop } from '../features/dataset/useFileDrop';
import { useAppStore } from '../store/appStore';
import {
  selectData,
  selectEditor,
  selectHandout,
  selectHelpOpen,
  selectLayoutUnsaved,
  selectPresenting,
  selectStoryChooserOpen,
} from '../store/selectors';
import { Handout, HelpDialog, StoryChooser } from './dialogs';
import { lazyPanel } from './lazyPanel';
import { LoadFailureNotice, Notice } from './LoadFailureNotice';
import { SkipLinks } from './SkipLinks';
import { TopBar } from './TopBar';
import { useInitialDataset } from './useInitialDataset';
import { useShortcuts } from './useShortcuts';
import { useFocusReturnAfterPresenting } from './useFocusReturnAfterPresenting';
import { useUrlSync } from './useUrlSync';
import { Workspace } from './Workspace';

// The authoring forms fetch their code the first time one opens, as the dialogs do.
const AuthoringDialogs = lazyPanel('Editor', () =>
  import('../features/authoring/AuthoringDialogs').then((m) => m.AuthoringDialogs),
);

/** Actors dragged and not saved: the browser asks before the page is left or reloaded. */
function useWarnBeforeLeaving(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const onLeave = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [unsaved]);
}

export function App() {
  useInitialDataset();
  useUrlSync();
  useShortcuts();
  useHistoryKeys();
  useLocalSaving();
  const dragging = useFileDrop();
  const data = useAppStore(selectData);
  const presenting = useAppStore(selectPresenting) !== null;
  const helpOpen = useAppStore(selectHelpOpen);
  const storyChooserOpen = useAppStore(selectStoryChooserOpen);
  const handoutOpen = useAppStore(selectHandout) !== null;
  const editing = useAppStore(selectEditor) !== null;
  useFocusReturnAfterPresenting(presenting);
  useWarnBeforeLeaving(useAppStore(selectLayoutUnsaved));
  return (
    <div className="app">
      {!presenting && data.status === 'ready' && <SkipLinks />}
      {!presenting && (
        <TopBar
          fileActions={
            <>
              {data.status === 'ready' && <ExportMenu />}
              <OpenDatasetButton />
            </>
          }
        />
      )}
      {!presenting && data.status !== 'loading' && <MapBar />}
      {data.status === 'loading' && (
        <div className="status-screen" role="status">
          <div>
            <div className="spinner" aria-hidden="true" />
            Loading {data.file || 'the dataset'}
            {data.progress ? `: ${data.progress}…` : '…'}
          </div>
        </div>
      )}
      {data.status === 'empty' && (
        <div className="status-screen">
          <div>
            <h2>No dataset yet</h2>
            <p className="muted">
              Open a dataset .json file together with its source texts, or a map’s spreadsheets
              (map.elements.csv, map.connections.csv, or one .xlsx workbook), or drop them on this window; or
              start a map of your own from an article with “New map” above.
            </p>
            <OpenDatasetButton />
          </div>
        </div>
      )}
      {data.status === 'invalid' && (
        <IssueList title={`${data.file} could not be loaded`} issues={data.issues} />
      )}
      {data.status === 'ready' && <Workspace />}
      {data.status === 'ready' && <OpeningStatus />}
      {data.status === 'ready' && <StoryChooser when={storyChooserOpen} />}
      <Handout when={handoutOpen} />
      <HelpDialog when={helpOpen} />
      <AuthoringDialogs when={editing} />
      <LoadFailureNotice />
      <Notice />
      {dragging && <div className="drop-hint">Drop a dataset .json and its source .txt files</div>}
    </div>
  );
}
