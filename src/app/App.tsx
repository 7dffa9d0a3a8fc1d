import { IssueList } from '../features/dataset/IssueList';
import { OpenDatasetButton } from '../features/dataset/OpenDatasetButton';
import { useFileDrop } from '../features/dataset/useFileDrop';
import { HelpDialog } from '../features/help/HelpDialog';
import { Handout } from '../features/presentation/Handout';
import { StoryChooser } from '../features/presentation/StoryChooser';
import { useAppStore } from '../store/appStore';
import { selectData, selectPresenting } from '../store/selectors';
import { TopBar } from './TopBar';
import { useInitialDataset } from './useInitialDataset';
import { useShortcuts } from './useShortcuts';
import { useUrlSync } from './useUrlSync';
import { Workspace } from './Workspace';

export function App() {
  useInitialDataset();
  useUrlSync();
  useShortcuts();
  const dragging = useFileDrop();
  const data = useAppStore(selectData);
  const presenting = useAppStore(selectPresenting) !== null;
  return (
    <div className="app">
      {!presenting && <TopBar />}
      {data.status === 'loading' && (
        <div className="status-screen" role="status">
          <div>
            <div className="spinner" aria-hidden="true" />
            Loading {data.file || 'the dataset'}…
          </div>
        </div>
      )}
      {data.status === 'empty' && (
        <div className="status-screen">
          <div>
            <h2>No dataset yet</h2>
            <p className="muted">
              Open a dataset .json file together with its source texts, or drop them on this window.
            </p>
            <OpenDatasetButton />
          </div>
        </div>
      )}
      {data.status === 'invalid' && (
        <IssueList title={`${data.file} could not be loaded`} issues={data.issues} />
      )}
      {data.status === 'ready' && <Workspace />}
      {data.status === 'ready' && <StoryChooser />}
      <Handout />
      <HelpDialog />
      {dragging && <div className="drop-hint">Drop a dataset .json and its source .txt files</div>}
    </div>
  );
}
