// The YAML reader: plain data from YAML 1.2 text, every issue at its line and column, every field located.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content/yaml-source.ts';

describe('parseYaml', () => {
  it('reads dates as the text they are written as, the way editors\' tools read them', () => {
    expect(parseYaml('reviewed: 2024-10-25\nat: 2024-10-25T14:30:00Z\n').data).toEqual({ reviewed: '2024-10-25', at: '2024-10-25T14:30:00Z' });
  });

  it('locates a field by its path: its value, or its key', () => {
    const source = parseYaml('claims:\n  - id: budget\n    quote: "the words"\n');
    expect(source.locate(['claims', 0, 'quote'])).toEqual({ line: 3, column: 12 });
    expect(source.locate(['claims', 0, 'quote'], { key: true })).toEqual({ line: 3, column: 5 });
  });

  it('locates a missing field at the nearest entry that holds it', () => {
    expect(parseYaml('claims:\n  - id: budget\n').locate(['claims', 0, 'summary'])).toEqual({ line: 2, column: 5 });
  });

  it('counts lines from the start of the file when the YAML is a frontmatter', () => {
    expect(parseYaml('title: A\npublisher: B\n', { lineOffset: 1 }).locate(['publisher'])).toEqual({ line: 3, column: 12 });
  });

  it('gives no data and every issue, errors first, for text with syntax errors', () => {
    const source = parseYaml('a: 1\na: 2\nb: !tag x\n');
    expect(source.data).toBeUndefined();
    expect(source.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['DUPLICATE_KEY', 2, 1],
      ['TAG_RESOLVE_FAILED', 3, 4],
    ]);
  });

  it('words an issue without the reader\'s own position', () => {
    const [issue] = parseYaml('a: "open\n').issues;
    expect(issue?.message).toBe('Missing closing "quote');
  });
});
