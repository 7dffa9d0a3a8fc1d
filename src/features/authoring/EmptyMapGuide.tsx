import { useAppStore } from '../../store/appStore';
import { selectEditable, selectLoaded } from '../../store/selectors';
import './mapBar.css';

/**
 * Over the canvas of a map with no actors yet: what to do next, with the button that does
 * it. A map is made from its sources: add the article, then quote it relation by relation.
 */
export function EmptyMapGuide() {
  const map = useAppStore(selectLoaded);
  const editable = useAppStore(selectEditable);
  const openEditor = useAppStore((s) => s.openEditor);
  const openReader = useAppStore((s) => s.openReader);
  if (!map || map.dataset.actors.length > 0) return null;
  const first = map.dataset.sources[0];
  return (
    <div className="empty-map-guide" role="note" aria-label="How to begin">
      <h2>This map is empty</h2>
      {!editable ? (
        <p>It has no actors. “Edit map” makes a copy of your own to add them to.</p>
      ) : !first ? (
        <>
          <p>
            Begin with the article it is built from: add it as a source, then select its sentences to make
            relations.
          </p>
          <button type="button" className="btn btn-primary" onClick={() => openEditor({ form: 'source' })}>
            Add source
          </button>
        </>
      ) : (
        <>
          <p>
            Select the words of the source that show who does what to whom, then “New relation from
            selection”. Each relation keeps its quote, checked word for word.
          </p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => openReader({ sourceId: first.id })}
          >
            Read “{first.title}”
          </button>
        </>
      )}
    </div>
  );
}
