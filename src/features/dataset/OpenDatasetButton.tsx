import { useId, useRef } from 'react';
import { OPENABLE_EXTENSIONS } from '../../io/formats/registry';
import { useOpenFiles } from './useOpenFiles';

/** Opens a dataset .json, or a map of another tool, together with its source .txt files from disk. */
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
        title="Open a dataset .json with its source .txt files, or a map's spreadsheet sheets (.csv) or workbook (.xlsx), a .gexf or a .graphml file (or drop them on the window)"
      >
        Open dataset…
      </button>
      <input
        id={id}
        ref={inputRef}
        type="file"
        multiple
        accept={[...OPENABLE_EXTENSIONS, '.txt'].join(',')}
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
