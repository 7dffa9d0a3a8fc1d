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

/**
 * The content security policy the built app ships with (README, "Deploying"). Scripts,
 * styles, workers and fetches come only from the app's own origin; images may also be data:
 * and blob: URLs (the favicon, slide pictures, exports). No inline script or style, no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy as an HTTP header, for servers (README). A header can also say who may
 * frame the app, which a <meta> cannot.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Puts the policy in the built index.html as a <meta http-equiv>, first in <head> so that it
 * covers everything after it. Builds only: the dev server injects CSS as <style> elements
 * (and its client as inline script), which the policy would refuse. frame-ancestors is
 * ignored in a <meta>; servers should send it as a header (README).
 */
function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
import react from '@vitejs/plugin-react';
import { checkedBundledDatasets } from './scripts/lib/checkedDatasets.js';

export default defineConfig({
  plugins: [
    react(),
    checkedBundledDatasets(),
    preloadFirstPaint([/cytoscape\/GraphCanvas\.tsx$/], /graph-data\/belarus\/.*\.(json|txt)$/),
    contentSecurityPolicy(CONTENT_SECURITY_POLICY),
  ],
  // Relative asset paths, so the built app also works from a sub-folder or a file share.
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  // The preview (and the browser tests, which use it) serves the built app as a server should:
  // with the policy as a header, which also covers the workers' scripts (a <meta> in the
  // page does not reach them). Not server.headers: the dev server needs inline styles.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
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
