// YAML text to plain data, keeping where every field was written so problems can name a line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../errors/problem.ts';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The data, or undefined when the text could not be parsed. */
  data: unknown;
  /** Syntax problems, located. */
  problems: Problem[];
  /** Where the field at `path` was written: its value, or its key with `{ key: true }`; the nearest enclosing node when absent. */
  locate(path: readonly (string | number)[], options?: { key?: boolean }): Position;
}

interface Options {
  /** Lines before the YAML text in its file (frontmatter starts after its `---` line). */
  lineOffset?: number;
}

/** Parses YAML text; every syntax problem is reported with its line, and the text's data is located by path. */
export function parseYamlSource(file: string, text: string, options: Options = {}): YamlSource {
  const lineOffset = options.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const problems: Problem[] = [];

  // Later syntax errors of a file mostly follow from its first one: report that one, precisely. A warning (an
  // unknown tag, say) counts too: other YAML readers refuse what this one only warns about.
  const issues = [...doc.errors, ...doc.warnings];
  const error = issues[0];
  if (error) {
    const pos = at(error.pos[0]);
    const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const hint =
      error.code === 'TAB_AS_INDENT' || /tab/i.test(error.message)
        ? 'YAML indents with spaces only: replace the tab characters with spaces.'
        : error.code === 'DUPLICATE_KEY'
          ? 'each field may appear once in the same entry: remove or rename one of them.'
          : error.code === 'TAG_RESOLVE_FAILED'
            ? 'content files hold plain data: remove the tag (the word starting with !), or put the value in quotes.'
          : 'check the indentation and the quoting on this line and the one before it; a value holding ": " or starting with a quote, [ or { needs quotes around it.';
    problems.push({
      file,
      line: pos.line,
      column: pos.column,
      message: `YAML syntax error: ${firstLine}${issues.length > 1 ? ` (and ${issues.length - 1} more after it, which may follow from it)` : ''}`,
      hint,
    });
  }

  const root = doc.contents as Node | null;
  const locate: YamlSource['locate'] = (path, opts = {}) => {
    let node: Node | null = root;
    let keyNode: Node | null = null;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
        if (!pair) break;
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        keyNode = null;
        node = node.items[step] as Node;
      } else break;
    }
    const target = opts.key && keyNode ? keyNode : node;
    return at(target?.range?.[0] ?? 0);
  };

  return { data: issues.length > 0 ? undefined : doc.toJS(), problems, locate };
}
