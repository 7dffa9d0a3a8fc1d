import { useId, useState } from 'react';
import { FormDialog } from './FormDialog';
import { newMap } from './newMap';

/** "New map": a title, then an empty map of one's own, ready for its first source. */
export function NewMapForm() {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = (message: string) => {
    setError(message);
    return false;
  };
  const id = useId();
  const hint = useId();
  return (
    <FormDialog
      title="New map"
      submitLabel="Create map"
      refusal={error}
      onSubmit={() => {
        if (title.trim() === '') return fail('Give the map a title: what it is about.');
        // The new map opens its source form in place of this one.
        newMap(title.trim());
        return false;
      }}
    >
      <div className="authoring-field">
        <label htmlFor={id}>Title</label>
        <input
          id={id}
          type="text"
          value={title}
          aria-describedby={hint}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <p id={hint} className="authoring-hint">
          The map is kept in this browser and saved as you go. Next: paste the article it is built from.
        </p>
      </div>
    </FormDialog>
  );
}
