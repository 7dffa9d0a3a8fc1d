import { useMemo, useRef, useState } from 'react';
import { hiddenInText } from '../../domain/hiddenCharacters';
import { decodeUtf8, notUtf8 } from '../../io/decode';
import { Field } from './Field';

interface SourceTextFieldProps {
  text: string;
  onChange: (text: string) => void;
  /** An existing source's text is shown, not changed: its quotes were checked against it. */
  readOnly: boolean;
  error: string | undefined;
}

/** The verbatim text of a source: pasted, or read from a .txt file that must be UTF-8. */
export function SourceTextField({ text, onChange, readOnly, error }: SourceTextFieldProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // Accepted, as the loader accepts it, but said: such a character can change what is read.
  const hidden = useMemo(() => hiddenInText(text), [text]);

  const open = async (file: File) => {
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      // The text typed so far stays as it was.
      setFileProblem(`“${file.name}” ${notUtf8(decoded.byteOffset)}.`);
      return;
    }
    setFileProblem(null);
    onChange(decoded.text);
  };

  return (
    <div className="authoring-text">
      <Field
        label="Source text"
        hint={
          readOnly
            ? 'The text stays as it was added: every quote on the map was checked against it.'
            : 'The whole text, word for word: paste it, or open it from a file. Quotes must match it.'
        }
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            className="authoring-textarea authoring-source-text"
            rows={8}
            value={text}
            readOnly={readOnly}
            aria-required={!readOnly}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      {hidden && (
        <p className="authoring-warning">
          The text {hidden}. It will be saved as it is, and the map will warn about it.
        </p>
      )}
      {!readOnly && (
        <div className="authoring-file">
          <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
            Open a .txt file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,text/plain"
            hidden
            data-testid="source-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) reads it again.
              event.target.value = '';
              if (file) void open(file);
            }}
          />
          {fileProblem && (
            <p role="alert" className="authoring-error">
              {fileProblem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
