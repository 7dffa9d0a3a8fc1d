/**
 * Serves the built app (dist/) on 127.0.0.1 for the browser tests, and checks up front that
 * a browser is there: with none, the run fails and says how to install one. It never skips.
 */
import type { TestProject } from 'vitest/node';
import { findBrowser, serveBuiltApp } from '../../scripts/lib/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserPath: string;
  }
}

export default async function setup(project: TestProject) {
  const browserPath = findBrowser();
  const { url, server } = await serveBuiltApp();
  project.provide('baseUrl', url);
  project.provide('browserPath', browserPath);
  return async () => {
    await server.close();
  };
}
