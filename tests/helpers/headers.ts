// Reads a `_headers` file as Netlify and Cloudflare Pages do: the headers of every rule whose path matches apply.
import { existsSync, readFileSync } from 'node:fs';

export interface ParsedRule {
  path: string;
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file, in order; a path line starts a rule, indented `Name: value` lines follow it. */
export function parseHeaders(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), pattern: pathPattern(line.trim()), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header outside a rule, or without a colon: ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `*` matches anything, slashes included; `:name` one path segment. */
function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Every header that applies to a request path, each with the values of every matching rule, in file order. */
export function headersFor(rules: readonly ParsedRule[], pathname: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, [...(headers.get(key) ?? []), value]);
    }
  }
  return headers;
}

/** The rules of `<dir>/_headers`, or none when the build wrote no such file. */
export function readHeadersFile(dir: string): ParsedRule[] {
  const file = `${dir}/_headers`;
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}
