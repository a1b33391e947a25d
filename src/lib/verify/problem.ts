// A problem found in the content, located in a file, and the report that lists them all for an editor.
import { compareText } from '../compare-text.ts';
import type { RuleId } from './rules.ts';

/** A place in a content file: the field's path inside the file's data, resolved to a line and column where known. */
export interface Problem {
  /** The rule it breaks: a stable id, printed after the message as linters print theirs. */
  rule: RuleId;
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** Path of the field inside the file's data (`['claims', 3, 'quote']`), when the problem is about one. */
  path?: readonly (string | number)[];
  line?: number;
  column?: number;
  /** What is wrong, naming the annotation, figure or source and the field. */
  message: string;
  /** What to do about it. */
  hint?: string;
}


/** Orders problems by file, then line, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.message, b.message),
  );
}

/** `file:line:column`, as editors and terminals link it. */
export function formatLocation(problem: Problem): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

function indentLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : prefix + line))
    .join('\n');
}

/**
 * The problem as the report prints it: `file:line:col  message  [rule]`, then its hint. The rule id ends the
 * problem's first line, where ESLint and markdownlint print theirs; `rule: false` leaves it out.
 */
export function formatProblem(problem: Problem, options: { rule?: boolean } = {}): string {
  const [first, ...rest] = problem.message.split('\n');
  const head = [`${first}${options.rule === false ? '' : `  [${problem.rule}]`}`, ...rest].join('\n');
  const line = `${formatLocation(problem)}  ${indentLines(head, '    ')}`;
  return problem.hint ? `${line}\n  hint: ${indentLines(problem.hint, '    ')}` : line;
}

/** Every problem, in file and line order, then how many there are. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const count = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} found in the content; nothing was built.`;
  return `${sorted.map((p) => formatProblem(p)).join('\n\n')}\n\n${count}`;
}

/** Thrown where content problems must stop the work; its message is the report. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = sortProblems(problems);
    // The report says where the problems are; a trace of the code that found them would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
