import { useId, useState } from 'react';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import { slideFromView, type SlideContent } from '../../domain/edits/slideFromView';
import { filtersActive } from '../../domain/filters';
import type { Slide } from '../../domain/schema';
import { useAppStore, type AppState } from '../../store/appStore';
import { NO_PATH_QUERY } from '../../store/leverageSlice';
import { selectChosenPath, selectIndex, selectLoaded, selectVisibility } from '../../store/selectors';
import { FormDialog } from './FormDialog';

const NEW_STORY = '';

/** What the map shows now, as a slide's content (read once, when the form opens). */
function contentOfView(s: AppState): SlideContent | null {
  const index = selectIndex(s);
  const visibility = selectVisibility(s);
  if (!index || !visibility) return null;
  const chosen = selectChosenPath(s);
  const { paths } = s;
  const defaultSearch =
    paths.maxHops === NO_PATH_QUERY.maxHops &&
    paths.hiddenKinds.length === 0 &&
    paths.hiddenStances.length === 0;
  return slideFromView(index, {
    selected: s.selected,
    visibility,
    filtered: filtersActive(s.filters),
    asOf: s.filters.time.asOf,
    path:
      chosen && paths.from && paths.to && paths.chosen !== null
        ? { from: paths.from, to: paths.to, rank: paths.chosen, path: chosen, defaultSearch }
        : null,
  });
}

/**
 * "Add this view as a slide" (what is on screen becomes a slide of a story, new or
 * existing), or a slide's words edited, its content kept.
 */
export function SlideForm({ storyId, index: slideIndex }: { storyId?: string; index?: number }) {
  const map = useAppStore(selectLoaded);
  const stories = map?.dataset.stories ?? [];
  const editing =
    storyId !== undefined && slideIndex !== undefined
      ? stories.find((s) => s.id === storyId)?.slides[slideIndex]
      : undefined;
  const [content] = useState(() => (editing ? null : contentOfView(useAppStore.getState())));
  const [story, setStory] = useState(storyId ?? stories[0]?.id ?? NEW_STORY);
  const [storyTitle, setStoryTitle] = useState('');
  const [title, setTitle] = useState(editing?.title ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [replace, setReplace] = useState(editing ? editing.reveal === 'replace' : false);
  const [error, setError] = useState<string | null>(null);
  const fail = (message: string) => {
    setError(message);
    return false;
  };
  const ids = { story: useId(), storyTitle: useId(), title: useId(), text: useId(), notes: useId() };
  if (!map) return null;

  const save = async () => {
    if (story === NEW_STORY && storyTitle.trim() === '') return fail('Give the new story a title.');
    if (title.trim() === '') return fail('Give the slide a title: what the room should take from it.');
    if (text.trim() === '') return fail('Say in a sentence or two what the slide shows.');
    const base = editing ?? {
      show: content?.show ?? [],
      highlight: content?.highlight ?? [],
      ...(content?.path ? { path: content.path } : {}),
      ...(content?.asOf ? { asOf: content.asOf } : {}),
    };
    const slide: Slide = {
      ...base,
      title: title.trim(),
      text: text.trim(),
      reveal: replace ? 'replace' : 'add',
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    if (!notes.trim()) delete slide.notes;
    const { edit } = useAppStore.getState();
    const outcome = await (editing && storyId !== undefined && slideIndex !== undefined
      ? edit({ kind: 'update-slide', storyId, index: slideIndex, slide })
      : story === NEW_STORY
        ? edit({
            kind: 'add-story',
            story: {
              id: uniqueId(storyTitle, 'story', takenIds(map.dataset)),
              title: storyTitle.trim(),
              slides: [slide],
            },
          })
        : edit({ kind: 'add-slide', storyId: story, slide }));
    if (!outcome.ok) return fail(outcome.message);
    return true;
  };

  return (
    <FormDialog
      title={editing ? 'Edit slide' : 'Add this view as a slide'}
      submitLabel="Save slide"
      onSubmit={save}
      refusal={error}
    >
      {content && <p className="authoring-hint">Shows: {content.summary}.</p>}
      {!editing && (
        <div className="authoring-field">
          <label htmlFor={ids.story}>Story</label>
          <select id={ids.story} value={story} onChange={(e) => setStory(e.target.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.slides.length} slides)
              </option>
            ))}
            <option value={NEW_STORY}>A new story…</option>
          </select>
        </div>
      )}
      {!editing && story === NEW_STORY && (
        <div className="authoring-field">
          <label htmlFor={ids.storyTitle}>Story title</label>
          <input
            id={ids.storyTitle}
            type="text"
            value={storyTitle}
            onChange={(e) => setStoryTitle(e.target.value)}
          />
        </div>
      )}
      <div className="authoring-field">
        <label htmlFor={ids.title}>Slide title</label>
        <input id={ids.title} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="authoring-field">
        <label htmlFor={ids.text}>Slide text</label>
        <textarea
          className="authoring-textarea"
          id={ids.text}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="authoring-field">
        <label htmlFor={ids.notes}>Presenter notes</label>
        <textarea
          className="authoring-textarea"
          id={ids.notes}
          rows={2}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <p className="authoring-hint">Only you see these, in the presenter view.</p>
      </div>
      <label className="authoring-check">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Show only
        this slide’s elements (not what earlier slides showed)
      </label>
    </FormDialog>
  );
}
