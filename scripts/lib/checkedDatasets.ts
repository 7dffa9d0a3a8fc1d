// A Vite plugin: each dataset that ships with the app (graph-data/<name>/dataset.json, whose
// address src/io/bundled.ts asks for with ?url) goes through the whole loader when the app
// is built, and the build fails on any error, naming the file and the place as
// `npm run validate` does. What the build serves instead of the file is what the loader made
// of it (src/io/builtDataset.ts), so the page's first picture waits for none of the checking
// code. Builds only: the dev server serves the file as it is, and the page checks it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type Builder = typeof import('./buildDataset');

const BUNDLED = /[/\\]graph-data[/\\][^/\\]+[/\\]dataset\.json$/;
const BUILDER = fileURLToPath(new URL('./buildDataset.ts', import.meta.url));

export function checkedBundledDatasets(root = process.cwd()): Plugin {
  // The loader is the app's own TypeScript: Vite's module runner imports it, once per build,
  // so the config itself imports none of it.
  let builder: Promise<Builder> | undefined;
  return {
    name: 'checked-bundled-datasets',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      const [file = '', query] = id.split('?', 2);
      if (query !== 'url' || !BUNDLED.test(file)) return null;
      builder ??= runnerImport<Builder>(BUILDER, { configFile: false, logLevel: 'silent' }).then(
        (imported) => imported.module,
      );
      const shown = path.relative(root, file).split(path.sep).join('/');
      const built = await (await builder).buildBundledDataset(file, shown);
      if (!built.ok) this.error(built.message);
      this.addWatchFile(file);
      const ref = this.emitFile({
        type: 'asset',
        name: 'dataset.json',
        originalFileName: shown,
        source: built.json,
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
