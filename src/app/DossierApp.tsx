import { IssueList } from '../features/dataset/IssueList';
import { useAppStore } from '../store/appStore';
import {
  selectData,
  selectHandout,
  selectHelpOpen,
  selectPresenting,
  selectStoryChooserOpen,
} from '../store/selectors';
import { Handout, HelpDialog, StoryChooser } from './dialogs';
import { Notice } from './LoadFailureNotice';
import { SkipLinks } from './SkipLinks';
import { SourceCredits } from './SourceCredits';
import { TopBar } from './TopBar';
import { useFocusReturnAfterPresenting } from './useFocusReturnAfterPresenting';
import { useShortcuts } from './useShortcuts';
import { useUrlSync } from './useUrlSync';
import { Workspace } from './Workspace';

/**
 * The offline copy of a map (src/app/dossier.tsx): the map, its panels, the reader and its
 * stories, read-only. Nothing opens, saves or exports a map here, and nothing is stored in
 * the browser: the page is the map.
 */
export function DossierApp() {
  useUrlSync();
  useShortcuts();
  const data = useAppStore(selectData);
  const presenting = useAppStore(selectPresenting) !== null;
  const helpOpen = useAppStore(selectHelpOpen);
  const storyChooserOpen = useAppStore(selectStoryChooserOpen);
  const handoutOpen = useAppStore(selectHandout) !== null;
  useFocusReturnAfterPresenting(presenting);
  return (
    <div className="app">
      {!presenting && data.status === 'ready' && <SkipLinks />}
      {!presenting && <TopBar />}
      {data.status === 'loading' && (
        <div className="status-screen" role="status">
          <div>
            <div className="spinner" aria-hidden="true" />
            Loading the map{data.progress ? `: ${data.progress}…` : '…'}
          </div>
        </div>
      )}
      {data.status === 'empty' && (
        <div className="status-screen">
          <div>
            <h2>No map in this page</h2>
            <p className="muted">
              This is the template of Leverage Map’s offline copy. In Leverage Map, “Export” › “Download as a
              single web page” makes a copy with the open map in it.
            </p>
          </div>
        </div>
      )}
      {data.status === 'invalid' && (
        <IssueList title={`${data.file} could not be loaded`} issues={data.issues} />
      )}
      {data.status === 'ready' && <Workspace />}
      {data.status === 'ready' && <StoryChooser when={storyChooserOpen} />}
      {!presenting && <SourceCredits made="An offline copy made with Leverage Map." />}
      <Handout when={handoutOpen} />
      <HelpDialog when={helpOpen} />
      <Notice />
    </div>
  );
}
