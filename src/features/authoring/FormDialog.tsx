import { useId, type ReactNode, type RefObject } from 'react';
import { useAppStore } from '../../store/appStore';
import { useModalDialog } from '../common/useModalDialog';
import './authoring.css';

interface FormDialogProps {
  title: string;
  /** The primary button's words: "Save source", "Delete". */
  submitLabel: string;
  /** Makes the change; true when it was made and the dialog may close. */
  onSubmit: () => boolean | Promise<boolean>;
  /** The store's refusal of the last attempt, shown as it was given. */
  refusal: string | null;
  formRef?: RefObject<HTMLFormElement | null>;
  danger?: boolean;
  /** For forms with lists to choose from (a deal's relations). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * One authoring form as a native modal <dialog>: focus trap, Esc and the return of focus
 * come with it. It is mounted only while its form is open, so it opens on mount. Cancel and
 * Esc close the dialog, whose close event closes the editor; a change made closes both.
 */
export function FormDialog({
  title,
  submitLabel,
  onSubmit,
  refusal,
  formRef,
  danger = false,
  wide = false,
  children,
}: FormDialogProps) {
  const ref = useModalDialog(true);
  const titleId = useId();
  const closeEditor = useAppStore((s) => s.closeEditor);
  return (
    <dialog
      ref={ref}
      className={`dialog authoring-dialog${wide ? ' authoring-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onClose={closeEditor}
    >
      <form
        ref={formRef}
        className="authoring-form"
        // Checked by the form itself, with sentences, not the browser's bubbles.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void Promise.resolve(onSubmit()).then((made) => {
            if (!made) return;
            // Closed here, not from the close event: that comes a task later, when the edit
            // has re-rendered this form (as "Not on the map", after a delete) and the dialog
            // it fires on is gone.
            ref.current?.close();
            closeEditor();
          });
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {refusal && (
          <p role="alert" className="authoring-refusal">
            {refusal}
          </p>
        )}
        <div className="authoring-actions">
          {/* Cancel first: the safe choice is the one a keyboard reaches first. */}
          <button type="button" className="btn" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** What a form shows when the element it was opened for is gone (deleted, or undone away). */
export function GoneDialog({ what }: { what: string }) {
  const ref = useModalDialog(true);
  const titleId = useId();
  const closeEditor = useAppStore((s) => s.closeEditor);
  return (
    <dialog ref={ref} className="dialog authoring-dialog" aria-labelledby={titleId} onClose={closeEditor}>
      <h2 id={titleId}>Not on the map</h2>
      <p>The {what} this was opened for is no longer on the map.</p>
      <form method="dialog" className="authoring-actions">
        <button type="submit" className="btn btn-primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
