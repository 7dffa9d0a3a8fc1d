import { useState } from 'react';
import { describeFailure } from '../../app/retryable';
import { graphCommands } from '../../store/graphCommands';
import { downloadBlob } from '../../io/download';

/** PNG (with legend, 2×) and SVG of what is on screen now. */
export function ExportButtons({ baseName }: { baseName: string }) {
  const [busy, setBusy] = useState<null | 'png' | 'svg'>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (format: 'png' | 'svg') => {
    setBusy(format);
    setError(null);
    graphCommands
      .exportImage(format)
      .then((blob) => {
        if (blob) downloadBlob(`${baseName}.${format}`, blob);
      })
      .catch((err: unknown) =>
        setError(`Could not export the ${format.toUpperCase()}: ${describeFailure(err)}.`),
      )
      .finally(() => setBusy(null));
  };
  return (
    <>
      <button type="button" className="btn" disabled={busy !== null} onClick={() => run('png')}>
        {busy === 'png' ? 'Exporting…' : 'PNG'}
      </button>
      <button type="button" className="btn" disabled={busy !== null} onClick={() => run('svg')}>
        {busy === 'svg' ? 'Exporting…' : 'SVG'}
      </button>
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </>
  );
}
