import { useId, type FormEvent, type ReactNode } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { useAppStore } from '../../store/appStore';
import './editorDialog.css';

interface EditorDialogProps {
  title: string;
  /** The form's main button: "Save deal". */
  submitLabel: string;
  onSubmit: () => void | Promise<void>;
  /** A refusal or a problem with the form, shown above the buttons. */
  error?: string | null;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A form in a native modal <dialog> (focus kept inside, Esc closes): the title, the fields,
 * what went wrong, and Save / Cancel. Closing it closes the editor in the store.
 */
export function EditorDialog({ title, submitLabel, onSubmit, error, children, wide }: EditorDialogProps) {
  const ref = useModalDialog(true);
  const titleId = useId();
  const closeEditor = useAppStore((s) => s.closeEditor);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className={`dialog editor-dialog${wide ? ' editor-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onClose={closeEditor}
    >
      <form className="editor-form" onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        {children}
        {error && (
          <p className="editor-error" role="alert">
            {error}
          </p>
        )}
        <div className="editor-buttons">
          <button type="submit" className="btn btn-primary">
            {submitLabel}
          </button>
          <button type="button" className="btn" onClick={closeEditor}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
