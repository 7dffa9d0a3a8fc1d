import type { Issue } from '../../domain/issues';
import './dataset.css';

/** Every problem in a dataset, grouped by file, each with its JSON path and what to fix. */
export function IssueList({ issues, title }: { issues: readonly Issue[]; title: string }) {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section className="issue-list" aria-labelledby="issue-list-title">
      <h2 id="issue-list-title">{title}</h2>
      <p className="muted">
        {errors} error{errors === 1 ? '' : 's'}
        {warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}. Fix them in the file and open
        it again; <code>npm run validate -- path/to/dataset.json</code> prints the same list.
      </p>
      <ul aria-label="Dataset issues">
        {issues.map((issue, i) => (
          <li key={i} className={`issue issue-${issue.severity}`}>
            <span className="issue-severity">{issue.severity}</span>
            <code className="issue-where">
              {issue.file}
              {issue.path ? `: ${issue.path}` : ''}
            </code>
            <span className="issue-message">{issue.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
