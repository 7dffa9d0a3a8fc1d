import { useId, useRef } from 'react';
import { useOpenFiles } from './useOpenFiles';

/** Opens a dataset .json together with its source .txt files from disk. */
export function OpenDatasetButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const openFiles = useOpenFiles();
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => inputRef.current?.click()}
        title="Open a dataset .json with its source .txt files (or drop them on the window)"
      >
        Open dataset…
      </button>
      <input
        id={id}
        ref={inputRef}
        type="file"
        multiple
        accept=".json,.txt,application/json,text/plain"
        className="visually-hidden"
        aria-label="Dataset files"
        tabIndex={-1}
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files && files.length > 0) void openFiles(files);
          event.currentTarget.value = '';
        }}
      />
    </>
  );
}
