// npm run positions -- [name]: lays out a bundled dataset afresh in the built app, exactly as
// a user would get it, and saves the actors' positions into graph-data/<name>/dataset.json,
// so the map opens at once and identically for everyone. Run `npm run build` first.
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { launchBrowser, saveLayoutThroughApp, serveBuiltApp } from './lib/browser';

async function main() {
  const name = process.argv.slice(2).find((a) => a !== '--') ?? 'belarus';
  const file = `graph-data/${name}/dataset.json`;
  const { url, server } = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(new URL(`/?dataset=${name}&layout=fresh`, url).href);
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 60_000 });
    const saved = await saveLayoutThroughApp(page);
    if (!saved.positions) throw new Error('the downloaded dataset has no positions');
    const original = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify({ ...original, positions: saved.positions }, null, 2);
    const style = (await resolveConfig(file)) ?? {};
    await writeFile(file, await format(text, { ...style, parser: 'json', filepath: file }));
    console.log(`saved ${Object.keys(saved.positions).length} positions to ${file}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
