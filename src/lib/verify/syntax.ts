// YAML syntax: the first issue the reader found in a file, located, with what to do about it.
import type { YamlIssue } from '../content/yaml-source.ts';
import type { Problem } from './problem.ts';

function hintFor(issue: YamlIssue): string {
  if (issue.code === 'TAB_AS_INDENT' || /tab/i.test(issue.message)) return 'YAML indents with spaces only: replace the tab characters with spaces.';
  if (issue.code === 'DUPLICATE_KEY') return 'each field may appear once in the same entry: remove or rename one of them.';
  if (issue.code === 'TAG_RESOLVE_FAILED') return 'content files hold plain data: remove the tag (the word starting with !), or put the value in quotes.';
  return 'check the indentation and the quoting on this line and the one before it; a value holding ": " or starting with a quote, [ or { needs quotes around it.';
}

/** Later syntax issues of a file mostly follow from its first one: that one is reported, precisely. */
export function syntaxProblems(file: string, issues: readonly YamlIssue[]): Problem[] {
  const first = issues[0];
  if (!first) return [];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more after it, which may follow from it)` : '';
  return [{ rule: 'yaml-syntax', file, line: first.line, column: first.column, message: `YAML syntax error: ${first.message}${more}`, hint: hintFor(first) }];
}
