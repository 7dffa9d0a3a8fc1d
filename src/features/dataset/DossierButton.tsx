import { useState } from 'react';
import { describeFailure } from '../../app/retryable';
import { downloadBlob } from '../../io/download';
import { fetchDossierTemplate } from '../../io/dossierTemplate';
import { mapOnScreen } from './mapOnScreen';

/**
 * Downloads the open map as one web page that opens from disk with no network: the map with
 * the actors where they are on screen now (as "Save layout" keeps them), its quotes, sources,
 * reader and stories, read-only (src/io/formats/dossier.ts).
 */
export function DossierButton() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    const map = mapOnScreen();
    if (!map) return;
    const { dataset } = map;
    const fetched = await fetchDossierTemplate();
    if (!fetched.ok) {
      setError(`The single web page could not be made. ${fetched.message}`);
      return;
    }
    try {
      // Their code (with the schema the JSON is written in the order of) is fetched only here,
      // as the Download button's is: none of it is needed for the map's first picture.
      const [{ fileNameFor, selfContainedJson }, { dossierFileName, fillDossier }] = await Promise.all([
        import('../../io/selfContained'),
        import('../../io/formats/dossier'),
      ]);
      const page = fillDossier(fetched.template, selfContainedJson(dataset, map.texts), dataset.title);
      downloadBlob(dossierFileName(fileNameFor(dataset.title)), new Blob([page], { type: 'text/html' }));
    } catch (failure) {
      setError(`The single web page could not be made: ${describeFailure(failure)}.`);
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={busy}
        title="One .html file with the map, its quotes, sources and stories, that opens without a server or the internet"
        onClick={() => {
          setBusy(true);
          setError(null);
          void make().finally(() => setBusy(false));
        }}
      >
        {busy ? 'Making the page…' : 'Download as a single web page'}
      </button>
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </>
  );
}
