import { useAppStore } from '../../store/appStore';
import { graphCommands } from '../../store/graphCommands';
import { selectData } from '../../store/selectors';
import { downloadBlob } from '../../io/download';
import { datasetWithPositions } from './saveLayout';

/**
 * Downloads the dataset file as written, with the actors' current positions added, so a map
 * arranged by hand (drag the actors) opens the same way for everyone, every time.
 */
export function SaveLayoutButton() {
  const data = useAppStore(selectData);
  if (data.status !== 'ready') return null;
  const fileName = data.file.split('/').pop() ?? 'dataset.json';
  return (
    <button
      type="button"
      className="btn"
      title="Download the dataset with the actors where they are now, so the map opens this way every time"
      onClick={() => {
        const positions = graphCommands.positions();
        if (positions) {
          const text = datasetWithPositions(data.history.present.dataset, positions);
          downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
          useAppStore.getState().setLayoutUnsaved(false);
        }
      }}
    >
      Save layout
    </button>
  );
}
