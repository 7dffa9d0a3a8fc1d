import { useId, type ReactNode } from 'react';

/** What a field's control needs to be named, described and marked invalid. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldProps {
  /** The control's accessible name, exactly: tests and assistive technology rely on it. */
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A label, its control, a hint and the field's own error. The error is part of the
 * control's description and marks it invalid, so it is heard where it is fixed.
 */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (error) control['aria-invalid'] = true;
  if (describedBy) control['aria-describedby'] = describedBy;
  return (
    <div className="authoring-field">
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint && (
        <p id={hintId} className="authoring-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="authoring-error">
          {error}
        </p>
      )}
    </div>
  );
}
