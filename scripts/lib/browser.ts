// Headless Chromium for the browser tests and the scripts: where it is, how to start it,
// and the built app served on 127.0.0.1.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH, else Debian's chromium; throws with install instructions when there is none. */
export function findBrowser(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to ${fromEnv}, but no browser is there. Point it at a Chromium or Chrome binary.`,
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

export const LAUNCH_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: [...LAUNCH_FLAGS, ...extraFlags] });
}

/** Serves dist/ on a free port of 127.0.0.1; throws if the app has not been built. */
export async function serveBuiltApp(): Promise<{ url: string; server: PreviewServer }> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/index.html is missing: run `npm run build` first (npm test does both).');
  }
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, server };
}

/** Downloads the open dataset through the app's own Export › Save layout, and returns it. */
export async function saveLayoutThroughApp(
  page: Page,
): Promise<{ positions?: Record<string, { x: number; y: number }> }> {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save layout' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as {
    positions?: Record<string, { x: number; y: number }>;
  };
}
