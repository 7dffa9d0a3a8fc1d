/** Builds the benchmark's peer pages (cytoscape plain and styled, sigma.js) into bench/dist/peers. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./peers'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('./dist/peers'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        cytoscape: here('./peers/cytoscape.html'),
        'cytoscape-styled': here('./peers/cytoscape-styled.html'),
        sigma: here('./peers/sigma.html'),
      },
    },
  },
});
