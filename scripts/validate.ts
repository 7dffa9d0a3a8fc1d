// npm run validate -- [--all] [--strict] [path …]: checks dataset files (default: everything
// under graph-data/), prints the issues with their file and JSON path (the first 1,000 per
// file, or all with --all), and coverage; exits 1 on any error. --strict, for a map about to
// be published, makes a relation with no evidence yet an error rather than a warning.
import { existsSync } from 'node:fs';
import { coverage } from '../src/domain/coverage';
import { countIssues, formatIssue, ISSUES_SHOWN, strictly } from '../src/domain/issues';
import { findDatasetFiles, loadDatasetFile } from './lib/readDataset';

/** The counts, largest first: the first 40, and how many more (a map may cite 1,500 sources). */
function table(counts: Record<string, number>, shown = 40): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const listed = rows.slice(0, shown).map(([key, n]) => `${key} ${n}`);
  if (rows.length > shown) listed.push(`and ${rows.length - shown} more`);
  return listed.join(', ');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const all = args.includes('--all');
  const strict = args.includes('--strict');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--all' && arg !== '--strict');
  if (unknown.length > 0) {
    console.error(
      `unknown option ${unknown.join(', ')}; usage: npm run validate -- [--all] [--strict] [path …]`,
    );
    return 2;
  }
  const targets = args.filter((arg) => !arg.startsWith('--'));
  if (targets.length === 0) targets.push('graph-data');
  let errors = 0;
  let warnings = 0;
  for (const target of targets) {
    if (!existsSync(target)) {
      console.error(
        `${target}: no such file or folder; pass a dataset file or a folder holding dataset files`,
      );
      errors++;
      continue;
    }
    const files = await findDatasetFiles(target);
    if (files.length === 0) {
      console.error(`${target}: no dataset files found (our .json, a map's .csv sheets, .gexf or .graphml)`);
      errors++;
    }
    for (const file of files) {
      const result = await loadDatasetFile(file);
      const issues = strict ? strictly(result.issues) : result.issues;
      const shown = all ? issues : issues.slice(0, ISSUES_SHOWN);
      for (const issue of shown) {
        const line = `${issue.severity}: ${formatIssue(issue)}`;
        if (issue.severity === 'error') console.error(line);
        else console.warn(line);
      }
      if (shown.length < issues.length) {
        console.error(
          `…and ${(issues.length - shown.length).toLocaleString('en')} more issue(s) in ${file}; run with --all to list them all`,
        );
      }
      const counts = countIssues(issues);
      errors += counts.errors;
      warnings += counts.warnings;
      const dataset = result.ok ? result.dataset : result.loaded?.dataset;
      if (!dataset) {
        console.log(`${file}: not loaded; fix the errors above`);
        continue;
      }
      const spans = result.ok ? result.spans : (result.loaded?.spans ?? []);
      const c = coverage(dataset);
      console.log(
        `${file}: ${c.actors} actors, ${c.relations} relations, ${c.deals} deals, ${c.contested} contested, ${c.stories} stories (${c.slides} slides); ${spans.length} of ${c.quotes} quotes verified`,
      );
      console.log(`  relations per type: ${table(c.relationsByType)}`);
      console.log(`  relations per source: ${table(c.relationsBySource)}`);
    }
  }
  console.log(
    errors === 0 ? `valid: ${warnings} warning(s)` : `invalid: ${errors} error(s), ${warnings} warning(s)`,
  );
  return errors === 0 ? 0 : 1;
}

// exitCode, not exit(): exiting at once would cut off output still on its way down a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`validate failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
