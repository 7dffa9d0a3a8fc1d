import type { ReactNode } from 'react';
import { countIssues, ISSUES_SHOWN, type Issue } from '../../domain/issues';
import './dataset.css';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Every problem in a dataset, each with its file, JSON path and what to fix; the first
 * ISSUES_SHOWN of them, and a count of the rest. `children` are the ways forward.
 */
export function IssueList({
  issues,
  title,
  children,
}: {
  issues: readonly Issue[];
  title: string;
  children?: ReactNode;
}) {
  const { errors, warnings } = countIssues(issues);
  const hidden = issues.length - ISSUES_SHOWN;
  return (
    <section className="issue-list" aria-labelledby="issue-list-title">
      <h2 id="issue-list-title" tabIndex={-1}>
        {title}
      </h2>
      <p className="muted">
        {plural(errors, 'error')}
        {warnings ? `, ${plural(warnings, 'warning')}` : ''}. Fix {issues.length === 1 ? 'it' : 'them'} in the
        file and open it again; <code>npm run validate -- path/to/dataset.json</code> prints the same list.
      </p>
      <IssueItems issues={issues} label="Dataset issues" />
      {hidden > 0 && (
        <p className="issue-more">
          …and {plural(hidden, 'more issue')} not shown. Fix the first ones and open the file again, or list
          them all with <code>npm run validate -- --all path/to/dataset.json</code>.
        </p>
      )}
      {children && <div className="issue-actions">{children}</div>}
    </section>
  );
}

/** The issues as a list, each with its severity, place and sentence; the first ISSUES_SHOWN. */
export function IssueItems({ issues, label }: { issues: readonly Issue[]; label: string }) {
  return (
    <ul aria-label={label} className="issue-items">
      {issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
        <li key={i} className={`issue issue-${issue.severity}`}>
          <span className="issue-severity">{issue.severity}</span>
          <code className="issue-where">
            {issue.file}
            {issue.path ? `: ${issue.path}` : ''}
          </code>
          <bdi className="issue-message">{issue.message}</bdi>
        </li>
      ))}
    </ul>
  );
}
