import type * as z from 'zod/mini';
import { formatPath, type Issue } from '../domain/issues';

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

/** Turns zod's issues into sentences that say where and what to change. */
export function fromZodIssues(file: string, issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    return { severity: 'error', file, path, message: messageFor(issue) };
  });
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${issue.expected}); add it`;
      return `must be ${article(issue.expected)}, not ${describeType(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling against graph-data/schema.json`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return issue.message.startsWith('Too small')
        ? `needs at least ${String(issue.minimum)} item(s)`
        : issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
