import { useEffect, useRef } from 'react';
import { MapBar } from '../features/authoring/MapBar';
import { useHistoryKeys } from '../features/authoring/useHistoryKeys';
import { useLocalSaving } from '../features/authoring/useLocalSaving';
import { IssueList } from '../features/dataset/IssueList';
import { OpenDatasetButton } from '../features/dataset/OpenDatasetButton';
import { OpeningStatus } from '../features/dataset/OpeningStatus';
import { useFileDrop } from '../features/dataset/useFileDrop';
import { PRESENT_BUTTON_ID } from '../features/presentation/PresentButton';
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
import { lazyPanel } from './lazyPanel';
import { LoadFailureNotice, Notice } from './LoadFailureNotice';
import { SkipLinks } from './SkipLinks';
import { TopBar } from './TopBar';
import { useInitialDataset } from './useInitialDataset';
import { useShortcuts } from './useShortcuts';
import { useUrlSync } from './useUrlSync';
import { Workspace } from './Workspace';

// Dialogs and the handout fetch their code the first time they open: none of it is needed
// for the first picture of the map.
const HelpDialog = lazyPanel('Help', () => import('../features/help/HelpDialog').then((m) => m.HelpDialog));
const StoryChooser = lazyPanel('Story chooser', () =>
  import('../features/presentation/StoryChooser').then((m) => m.StoryChooser),
);
const Handout = lazyPanel('Handout', () => import('../features/presentation/Handout').then((m) => m.Handout));
const AuthoringDialogs = lazyPanel('Editor', () =>
  import('../features/authoring/AuthoringDialogs').then((m) => m.AuthoringDialogs),
);

/** Leaving a presentation (Esc, the Exit button, leaving full screen) puts focus back on "Present". */
function useFocusReturnAfterPresenting(presenting: boolean) {
  const was = useRef(presenting);
  useEffect(() => {
    if (was.current && !presenting) document.getElementById(PRESENT_BUTTON_ID)?.focus();
    was.current = presenting;
  }, [presenting]);
}

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
      {!presenting && <TopBar />}
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
              (map.elements.csv, map.connections.csv), or drop them on this window; or start a map of your own
              from an article with “New map” above.
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
