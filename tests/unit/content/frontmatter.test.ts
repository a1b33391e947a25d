// Splitting an article file into frontmatter and body.
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('gives the YAML, the body and the line where the body begins', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nText.\n')).toEqual({ yaml: 'title: A', body: '\nText.\n', bodyLine: 4 });
  });

  it('reads CRLF line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nText.')?.yaml).toBe('title: A');
  });

  it('finds no frontmatter unless the file starts with one', () => {
    expect(splitFrontmatter('Text.\n---\ntitle: A\n---\n')).toBeNull();
    expect(splitFrontmatter('Just text.')).toBeNull();
  });
});
