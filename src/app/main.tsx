import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isEmbed } from '../store/embedUrl';
import { App } from './App';
import { EmbedApp } from './EmbedApp';
import { ErrorBoundary } from './ErrorBoundary';
import './theme.css';
import './app.css';

performance.mark('lm:app-start');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The map in an article's frame (?embed=1) is a shell of its own, of 2.5 kB: a chunk of its
// own would not be smaller, as the bundler then splits what it shares with the app into
// chunks of their own, each fetched before the first picture.
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>{isEmbed(window.location.search) ? <EmbedApp /> : <App />}</ErrorBoundary>
  </StrictMode>,
);
