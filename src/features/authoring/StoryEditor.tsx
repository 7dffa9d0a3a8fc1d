import { useId, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import type { EditOutcome } from '../../store/dataSlice';
import { selectLoaded } from '../../store/selectors';
import { FormDialog } from './FormDialog';

/** A story's title and its slides in order: move, edit or delete each; delete the story. */
export function StoryEditor({ storyId }: { storyId: string }) {
  const map = useAppStore(selectLoaded);
  const story = map?.dataset.stories.find((s) => s.id === storyId);
  const [title, setTitle] = useState(story?.title ?? '');
  const [description, setDescription] = useState(story?.description ?? '');
  const [error, setError] = useState<string | null>(null);
  const fail = (message: string) => {
    setError(message);
    return false;
  };
  const ids = { title: useId(), description: useId() };
  if (!story) return null;
  const { edit, openEditor, closeEditor } = useAppStore.getState();
  const act = (pending: Promise<EditOutcome>) =>
    void pending.then((outcome) => setError(outcome.ok ? null : outcome.message));
  const save = async () => {
    if (title.trim() === '') return fail('Give the story a title.');
    const outcome = await edit({
      kind: 'update-story',
      story: {
        ...story,
        title: title.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
      },
    });
    if (!outcome.ok) return fail(outcome.message);
    return true;
  };
  const last = story.slides.length - 1;
  return (
    <FormDialog title="Edit story" submitLabel="Save story" onSubmit={save} refusal={error} wide>
      <div className="authoring-field">
        <label htmlFor={ids.title}>Story title</label>
        <input id={ids.title} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="authoring-field">
        <label htmlFor={ids.description}>Description</label>
        <input
          id={ids.description}
          type="text"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <ol className="story-slides" aria-label="Slides">
        {story.slides.map((slide, i) => (
          <li key={`${i}:${slide.title}`}>
            <span className="story-slide-title">{slide.title}</span>
            <span className="story-slide-buttons">
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Move slide ${i + 1} up`}
                disabled={i === 0}
                onClick={() => act(edit({ kind: 'move-slide', storyId, from: i, to: i - 1 }))}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Move slide ${i + 1} down`}
                disabled={i === last}
                onClick={() => act(edit({ kind: 'move-slide', storyId, from: i, to: i + 1 }))}
              >
                ↓
              </button>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Edit slide ${i + 1}`}
                onClick={() => openEditor({ form: 'slide', storyId, index: i })}
              >
                Edit
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                aria-label={`Delete slide ${i + 1}`}
                onClick={() => act(edit({ kind: 'delete-slide', storyId, index: i }))}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            act(edit({ kind: 'delete-story', id: storyId }));
            closeEditor();
          }}
        >
          Delete story
        </button>{' '}
        <span className="authoring-hint">Every change here can be undone (Ctrl+Z).</span>
      </p>
    </FormDialog>
  );
}
