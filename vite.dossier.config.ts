/**
 * The second build of `npm run build`: the offline copy's template, dist/dossier.html. The
 * same app in read-only form (src/app/dossier.tsx), its code in one chunk with nothing
 * fetched later, written into the page with its styles (scripts/lib/singleFile.ts), so the
 * page opens from disk with no server and no network. "Download as a single web page" fetches
 * it and fills in the open map (src/io/formats/dossier.ts).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { singleFile } from './scripts/lib/singleFile.js';

export default defineConfig({
  // Read by the code where the app would start a worker: the offline copy runs the job on the page.
  mode: 'dossier',
  plugins: [react(), singleFile()],
  base: './',
  // No .env files, no public folder: nothing but the page goes in.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    // The app's build has just written dist/; this adds one file to it.
    emptyOutDir: false,
    sourcemap: false,
    modulePreload: false,
    cssCodeSplit: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: 'dossier.html',
      output: { codeSplitting: false },
    },
  },
  worker: { format: 'es' },
});
