/**
 * Serves the built app (dist/) on 127.0.0.1 for the browser tests, and checks up front that
 * a browser is there: with none, the run fails and says how to install one. It never skips.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findBrowser } from './browserPath';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserPath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` before the browser tests (npm test does both).',
    );
  }
  const browserPath = findBrowser();
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('browserPath', browserPath);
  return async () => {
    await server.close();
  };
}
