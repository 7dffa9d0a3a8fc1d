// What the build serves for a dataset that ships with the app (src/io/builtDataset.ts), or
// why it cannot ship it. Run by the plugin in checkedDatasets.ts.
import { formatIssue } from '../../src/domain/issues';
import { BUILT_FORMAT, type BuiltDataset } from '../../src/io/builtDataset';
import { loadDatasetFile } from './readDataset';

/** `shown`: the file as messages and the page name it (graph-data/<name>/dataset.json). */
export async function buildBundledDataset(
  file: string,
  shown: string,
): Promise<{ ok: true; json: string } | { ok: false; message: string }> {
  const result = await loadDatasetFile(file);
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    const listed = errors.slice(0, 20).map((issue) => `  ${formatIssue({ ...issue, file: shown })}`);
    if (errors.length > listed.length) listed.push(`  …and ${errors.length - listed.length} more`);
    return {
      ok: false,
      message: `${shown} does not load, so the app cannot ship it; fix it (npm run validate lists every issue):\n${listed.join('\n')}`,
    };
  }
  const built: BuiltDataset = {
    format: BUILT_FORMAT,
    dataset: result.dataset,
    spans: result.spans,
    issues: result.issues.map((issue) => ({ ...issue, file: shown })),
  };
  return { ok: true, json: JSON.stringify(built) };
}
