// YAML text to plain data with the one YAML reader of the project, keeping where every field was written.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** A syntax error or warning of the YAML reader, at its place in the file. */
export interface YamlIssue extends Position {
  /** The reader's code: `TAB_AS_INDENT`, `DUPLICATE_KEY`, `TAG_RESOLVE_FAILED`, … */
  code: string;
  /** The reader's message, first line, without its own position. */
  message: string;
}

export interface YamlSource {
  /** The data, or undefined when the text has syntax issues. */
  data: unknown;
  /** Errors, then warnings (an unknown tag, say): other YAML tools refuse what this reader only warns about. */
  issues: YamlIssue[];
  /** Where the field at `path` was written: its value, or its key with `{ key: true }`; the nearest enclosing node when absent. */
  locate(path: readonly (string | number)[], options?: { key?: boolean }): Position;
}

interface Options {
  /** Lines before the YAML text in its file (frontmatter starts after its `---` line). */
  lineOffset?: number;
}

/** Parses YAML text (YAML 1.2, core schema: dates stay text), locating its issues and every node of its data. */
export function parseYaml(text: string, options: Options = {}): YamlSource {
  const lineOffset = options.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const issues = [...doc.errors, ...doc.warnings].map((issue) => ({
    ...at(issue.pos[0]),
    code: issue.code,
    message: issue.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));

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

  return { data: issues.length > 0 ? undefined : doc.toJS(), issues, locate };
}
