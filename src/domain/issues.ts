/** A problem found in a dataset: where it is and what to do about it. */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** The file the problem is in, as the user named it. */
  file: string;
  /** A JSON path such as `relations[12].evidence[0].quote`, or '' for the whole file. */
  path: string;
  /** A sentence a person can act on. */
  message: string;
  /**
   * The rule a warning comes from, where a stricter check turns it into an error: a relation
   * with no evidence yet is a warning while a map is being built from a spreadsheet, and an
   * error under `npm run validate -- --strict`, for a map about to be published.
   */
  rule?: 'no-evidence';
}

/** Warnings a strict check treats as errors (`npm run validate -- --strict`). */
export function strictly(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => (issue.rule === 'no-evidence' ? { ...issue, severity: 'error' } : issue));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The issue's place in its file and its sentence: "relations[4].label: must not be empty". */
export function placedMessage(issue: Pick<Issue, 'path' | 'message'>): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

export function formatIssue(issue: Issue): string {
  return `${issue.file}: ${placedMessage(issue)}`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * How many issues a list shows; the rest are counted. A file with 100,000 broken quotes
 * needs the first few fixed before the rest mean anything (the CLI lists all with --all).
 */
export const ISSUES_SHOWN = 1000;

/** Errors and warnings counted, in one pass. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}
