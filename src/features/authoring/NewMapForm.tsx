import { useId, useState } from 'react';
import { EditorDialog } from './EditorDialog';
import { newMap } from './newMap';

/** "New map": a title, then an empty map of one's own, ready for its first source. */
export function NewMapForm() {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const hint = useId();
  return (
    <EditorDialog
      title="New map"
      submitLabel="Create map"
      error={error}
      onSubmit={() => {
        if (title.trim() === '') setError('Give the map a title: what it is about.');
        else newMap(title.trim());
      }}
    >
      <div className="editor-field">
        <label htmlFor={id}>Title</label>
        <input
          id={id}
          type="text"
          value={title}
          aria-describedby={hint}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <p id={hint} className="editor-hint">
          The map is kept in this browser and saved as you go. Next: paste the article it is built from.
        </p>
      </div>
    </EditorDialog>
  );
}
