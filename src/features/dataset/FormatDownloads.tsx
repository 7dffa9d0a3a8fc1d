import { useState } from 'react';
import { describeFailure } from '../../app/retryable';
import { downloadBlob } from '../../io/download';
import { FORMATS, type FormatId, type FormatInfo } from '../../io/formats/registry';
import { mapOnScreen } from './mapOnScreen';

const EXPORTABLE = (Object.entries(FORMATS) as [FormatId, FormatInfo][]).filter(([, f]) => f.exporter);

/**
 * The open map in the formats other tools read (see io/formats/registry.ts), with the actors
 * where they are now; several files come as one .zip. What a format cannot carry is said.
 */
export function FormatDownloads() {
  const [busy, setBusy] = useState<FormatId | null>(null);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  const download = async (id: FormatId, info: FormatInfo) => {
    const map = mapOnScreen();
    if (!map || !info.exporter) return;
    setBusy(id);
    setNote(null);
    try {
      // The file name's code comes with the schema, off the first picture's path (as mapActions).
      const { fileNameFor } = await import('../../io/selfContained');
      const name = fileNameFor(map.dataset.title).replace(/\.json$/, '');
      const { files, dropped } = (await info.exporter())(map, name);
      if (files.length === 1) {
        const [file] = files;
        downloadBlob(file!.path, new Blob([file!.content], { type: file!.mime }));
      } else {
        const { zipFiles } = await import('../../io/zipFiles');
        downloadBlob(
          `${name}-${info.short.toLowerCase()}.zip`,
          new Blob([zipFiles(files)], { type: 'application/zip' }),
        );
      }
      setNote(
        dropped.length > 0
          ? { error: false, text: `${info.short} cannot carry: ${dropped.join('; ')}.` }
          : null,
      );
    } catch (error) {
      setNote({ error: true, text: `Could not write the ${info.short}: ${describeFailure(error)}.` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <div className="export-menu-row">
        {EXPORTABLE.map(([id, info]) => (
          <button
            key={id}
            type="button"
            className="btn"
            aria-label={`Download as ${info.short}`}
            title={`${info.label}: opens in ${info.opensIn}`}
            disabled={busy !== null}
            onClick={() => void download(id, info)}
          >
            {busy === id ? 'Writing…' : info.short}
          </button>
        ))}
      </div>
      {note && (
        <p role={note.error ? 'alert' : 'status'} className={note.error ? 'export-error' : 'muted'}>
          {note.text}
        </p>
      )}
    </>
  );
}
