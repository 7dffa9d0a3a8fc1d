/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';

/**
 * What the first picture needs, fetched at once instead of when a script asks for it: the
 * graph's code (a chunk of its own, so the first script stays small) and the files of the
 * dataset the app opens with.
 */
function preloadFirstPaint(chunks: RegExp[], files: RegExp): Plugin {
  return {
    name: 'preload-first-paint',
    apply: 'build',
    transformIndexHtml(_html, ctx) {
      const outputs = Object.values(ctx.bundle ?? {});
      const scripts = outputs
        .filter((out) => out.type === 'chunk' && chunks.some((p) => p.test(out.facadeModuleId ?? '')))
        .map((out) => ({ rel: 'modulepreload', crossorigin: '', href: `./${out.fileName}` }));
      const data = outputs
        .filter((out) => out.type === 'asset' && out.originalFileNames.some((name) => files.test(name)))
        .map((out) => ({ rel: 'preload', as: 'fetch', crossorigin: '', href: `./${out.fileName}` }));
      return [...scripts, ...data].map((attrs) => ({ tag: 'link', attrs, injectTo: 'head' }));
    },
  };
}
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [
    react(),
    preloadFirstPaint([/cytoscape\/GraphCanvas\.tsx$/], /graph-data\/belarus\/.*\.(json|txt)$/),
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
