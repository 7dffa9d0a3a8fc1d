/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';

/**
 * The graph's code, the panels and the bundled dataset are separate chunks so the first
 * script stays small, but all are needed for the first picture: tell the browser to fetch
 * (and compile) them at once, in parallel with the entry, instead of when it asks.
 */
function preloadFirstPaintChunks(patterns: RegExp[]): Plugin {
  return {
    name: 'preload-first-paint-chunks',
    apply: 'build',
    transformIndexHtml(_html, ctx) {
      const files = Object.values(ctx.bundle ?? {})
        .filter((chunk) => chunk.type === 'chunk' && patterns.some((p) => p.test(chunk.facadeModuleId ?? '')))
        .map((chunk) => chunk.fileName);
      return files.map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
        injectTo: 'head',
      }));
    },
  };
}
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [
    react(),
    preloadFirstPaintChunks([
      /cytoscape\/GraphCanvas\.tsx$/,
      /app\/panels\.ts$/,
      /graph-data\/belarus\/dataset\.json/,
    ]),
  ],
  // Relative asset paths, so the built app also works from a sub-folder or a file share.
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  // The layout worker (src/cytoscape/layout/layoutWorker.ts) is a module worker.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
