/**
 * The offline copy's entry (dossier.html, built into dist/dossier.html as one file). The map
 * is in the page as JSON, put there by fillDossier (src/io/formats/dossier.ts); it goes
 * through the one loader like any file, and opens read-only.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DOSSIER_DATA_ID } from '../io/formats/dossier';
import { loadDataset } from '../io/loadDataset';
import { useAppStore } from '../store/appStore';
import { DossierApp } from './DossierApp';
import { ErrorBoundary } from './ErrorBoundary';
import './theme.css';
import './app.css';

/** The page's own file name, which the loader's messages name ("belarus.html: relations[3]…"). */
function pageFileName(): string {
  const last = window.location.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || 'this page';
  } catch {
    return last || 'this page';
  }
}

function openEmbeddedMap() {
  const json = document.getElementById(DOSSIER_DATA_ID)?.textContent ?? '';
  const { startLoading, finishLoading, showEmpty } = useAppStore.getState();
  if (json.trim() === '') {
    showEmpty();
    return;
  }
  const file = pageFileName();
  startLoading(file);
  // Its texts are in the JSON ("content"): there is nothing beside the page to read.
  void loadDataset({ file, content: json, readText: () => Promise.resolve(undefined) }).then((result) =>
    finishLoading(file, result, { kind: 'file' }),
  );
}

openEmbeddedMap();
const root = document.getElementById('root');
if (!root) throw new Error('dossier.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <DossierApp />
    </ErrorBoundary>
  </StrictMode>,
);
