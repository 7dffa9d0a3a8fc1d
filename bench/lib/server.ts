/**
 * Builds the app and the peer pages into bench/dist/ and serves that folder on 127.0.0.1.
 * Not dist/: another engineer's `npm test` rebuilds dist/ and would pull it from under a
 * running benchmark. The app is built with its own vite.config.ts, unchanged.
 */
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const BENCH_DIST = path.resolve('bench/dist');

export async function buildAll(): Promise<void> {
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: path.join(BENCH_DIST, 'app'), emptyOutDir: true },
  });
  await build({ configFile: path.resolve('bench/vite.config.ts'), logLevel: 'warn' });
}

/** Serves bench/dist: the app at /app/, the peers at /peers/<name>.html. */
export async function serveBench(): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    build: { outDir: BENCH_DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, server };
}

/** The file on disk that a served URL came from. */
export function servedFile(url: string): string {
  return path.join(BENCH_DIST, decodeURIComponent(new URL(url).pathname));
}
