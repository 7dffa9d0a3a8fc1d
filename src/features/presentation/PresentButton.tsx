import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';

/** The button's id: leaving a presentation returns focus to it (see App). */
export const PRESENT_BUTTON_ID = 'present-button';

/** Opens the story chooser; a dataset without stories says so instead. */
export function PresentButton() {
  const loaded = useAppStore(selectLoaded);
  const open = useAppStore((s) => s.setStoryChooserOpen);
  const stories = loaded?.dataset.stories.length ?? 0;
  return (
    <button
      type="button"
      id={PRESENT_BUTTON_ID}
      className="btn btn-primary"
      disabled={stories === 0}
      title={
        stories === 0
          ? 'This map has no stories yet: on a map of your own, “Add this view as a slide” starts one'
          : 'Present a story, slide by slide'
      }
      onClick={() => open(true)}
    >
      ▶ Present
    </button>
  );
}
