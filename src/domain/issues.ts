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
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function formatIssue(issue: Issue): string {
  const where = issue.path === '' ? issue.file : `${issue.file}: ${issue.path}`;
  return `${where}: ${issue.message}`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
