import { useEffect, useRef, useState } from 'react';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * A form's field-level errors, checked on submit. When a check finds any, focus moves to
 * the first invalid control in the form's order, once it is marked.
 */
export function useFieldErrors<K extends string>() {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  /** Shows these errors; true when there are none. */
  const check = (found: FieldErrors<K>): boolean => {
    setErrors(found);
    const clean = Object.values(found).every((message) => !message);
    if (!clean) setAttempt((n) => n + 1);
    return clean;
  };
  return { errors, check, formRef };
}

/** "Tass, RIA Novosti, " → ["Tass", "RIA Novosti"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
