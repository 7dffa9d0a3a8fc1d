import { useModalDialog } from '../common/useModalDialog';
import { useAppStore } from '../../store/appStore';
import { selectEditable, selectLoaded, selectStoryChooserOpen } from '../../store/selectors';
import { enterFullscreen } from './useFullscreen';
import './presentation.css';

/** A dialog listing the dataset's stories; choosing one starts it in full screen. */
export function StoryChooser() {
  const open = useAppStore(selectStoryChooserOpen);
  const loaded = useAppStore(selectLoaded);
  const setOpen = useAppStore((s) => s.setStoryChooserOpen);
  const present = useAppStore((s) => s.present);
  const editable = useAppStore(selectEditable);
  const openEditor = useAppStore((s) => s.openEditor);
  const ref = useModalDialog(open);
  const stories = loaded?.dataset.stories ?? [];
  return (
    <dialog
      ref={ref}
      className="dialog story-chooser"
      aria-labelledby="story-chooser-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="story-chooser-title">Present a story</h2>
      <p className="muted">
        Full screen. → or Space for the next slide, ← to go back, a number to jump, S for your notes, Esc to
        leave.
      </p>
      <ul className="story-list">
        {stories.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              className="story-choice"
              onClick={() => {
                enterFullscreen();
                present(story.id, 0);
              }}
            >
              <span className="story-choice-title">{story.title}</span>
              <span className="muted">
                {story.slides.length} slides{story.description ? ` · ${story.description}` : ''}
              </span>
            </button>
            {editable && (
              <button
                type="button"
                className="btn"
                aria-label={`Edit story “${story.title}”`}
                onClick={() => {
                  setOpen(false);
                  openEditor({ form: 'story', storyId: story.id });
                }}
              >
                Edit
              </button>
            )}
          </li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit" className="btn">
          Cancel
        </button>
      </form>
    </dialog>
  );
}
