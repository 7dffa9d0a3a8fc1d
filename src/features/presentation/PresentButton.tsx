import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';

/** Opens the story chooser; a dataset without stories says so instead. */
export function PresentButton() {
  const loaded = useAppStore(selectLoaded);
  const open = useAppStore((s) => s.setStoryChooserOpen);
  const stories = loaded?.dataset.stories.length ?? 0;
  return (
    <button
      type="button"
      className="btn btn-primary"
      disabled={stories === 0}
      title={stories === 0 ? 'This dataset has no stories to present' : 'Present a story, slide by slide'}
      onClick={() => open(true)}
    >
      ▶ Present
    </button>
  );
}
