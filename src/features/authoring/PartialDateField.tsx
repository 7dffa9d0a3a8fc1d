import { Field } from './Field';

interface PartialDateFieldProps {
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** The checkbox under the field that qualifies the date: "Approximate", "Date not given". */
  check?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
}

/** A date as precise as the text gives it (2025, 2025-12 or 2025-12-17), and any box that qualifies it. */
export function PartialDateField({
  label,
  hint,
  error,
  value,
  onChange,
  disabled,
  check,
}: PartialDateFieldProps) {
  return (
    <>
      <Field label={label} hint={hint} error={error}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            disabled={disabled}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      {check && (
        <label className="authoring-check">
          <input type="checkbox" checked={check.checked} onChange={(e) => check.onChange(e.target.checked)} />
          {check.label}
        </label>
      )}
    </>
  );
}
