// The JSON Schemas editors' tools read: generated from the zod schemas, current, and as strict as the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { jsonSchemas, type SchemaFile } from '../../../src/schemas/json-schema.ts';
import { FIXTURES, PROJECT_ROOT } from '../../helpers/build.ts';
import { ANNOTATIONS } from '../../helpers/files.ts';

const published = (name: SchemaFile) => readFileSync(join(PROJECT_ROOT, 'public/schemas', name), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(Object.entries(jsonSchemas()).map(([name, text]) => [name, ajv.compile(JSON.parse(text))])) as Record<SchemaFile, ReturnType<Ajv['compile']>>;

function errorsOf(name: SchemaFile, data: unknown): string[] {
  const validate = validators[name];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every content file of the sample and of the fixture sites, with the schema that describes it. */
function contentFiles(): { path: string; schema: SchemaFile; data: unknown }[] {
  const roots = [PROJECT_ROOT, ...readdirSync(FIXTURES).map((name) => join(FIXTURES, name))];
  return roots.flatMap((root) => {
    const content = join(root, 'content');
    const list = (folder: string) => {
      try {
        return readdirSync(join(content, folder));
      } catch {
        return [];
      }
    };
    const read = (path: string) => readFileSync(join(content, path), 'utf8');
    return [
      ...list('annotations').map((name) => ({ path: `annotations/${name}`, schema: 'annotation-file.schema.json' as const, data: parse(read(`annotations/${name}`)) })),
      ...list('articles').map((name) => ({ path: `articles/${name}`, schema: 'article.schema.json' as const, data: parse(splitFrontmatter(read(`articles/${name}`))!.yaml) })),
      ...list('.').filter((name) => name === 'sources.yaml' || name === 'site.yaml').map((name) => ({
        path: name,
        schema: (name === 'sources.yaml' ? 'sources.schema.json' : 'site.schema.json') as SchemaFile,
        data: parse(read(name)),
      })),
    ].map((file) => ({ ...file, path: join(root, 'content', file.path) }));
  });
}

describe('the JSON Schemas of the authoring format', () => {
  it('are published in public/schemas as the zod schemas generate them (run npm run schemas after changing a schema)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) expect(published(name as SchemaFile), name).toBe(text);
  });

  it('describe every field of the annotation format', () => {
    const claim = JSON.parse(published('annotation-file.schema.json')).properties.claims.items;
    for (const [field, schema] of Object.entries(claim.properties)) expect((schema as { description?: string }).description, field).toBeTruthy();
  });

  it('accept the sample and every fixture site', () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(errorsOf(file.schema, file.data), file.path).toEqual([]);
  });

  it.each([
    ['a missing summary', (a: string) => a.replace('    summary: The minutes record the budget.\n', ''), "must have required property 'summary'"],
    ['an unknown field', (a: string) => a.replace('    verdict: supported', '    verdikt: supported'), 'must NOT have additional properties'],
    ['a verdict off the scale', (a: string) => a.replace('verdict: supported', 'verdict: true-ish'), 'must be equal to one of the allowed values'],
    ['a claim without a verdict', (a: string) => a.replace('    verdict: supported\n', ''), "must have required property 'verdict'"],
    ['a claim without evidence', (a: string) => a.replace(/    evidence:\n      - source: minutes\n        stance: supports\n/, ''), "must have required property 'evidence'"],
    ['a correction without its text', (a: string) => a.replace('    kind: note', '    kind: correction'), "must have required property 'correction'"],
    ['an id that is not kebab-case', (a: string) => a.replace('id: budget', 'id: Budget_Line'), 'must match pattern'],
    ['a date that is not a date', (a: string) => a.replace('reviewed: 2025-03-20', 'reviewed: March 2025'), 'must match pattern'],
    ['a javascript: address', (a: string) => a.replace('url: https://example.org/minutes', 'url: "javascript:alert(1)"'), 'must match pattern'],
  ])('refuse an annotation file with %s', (_, change, error) => {
    expect(errorsOf('annotation-file.schema.json', parse(ANNOTATIONS))).toEqual([]);
    expect(errorsOf('annotation-file.schema.json', parse(change(ANNOTATIONS))).join('\n')).toContain(error);
  });

  it('refuse an article frontmatter without its publisher', () => {
    expect(errorsOf('article.schema.json', { title: 'T', published: '2025-01-01' }).join('\n')).toContain("must have required property 'publisher'");
  });

  it('are named by the first line of the sample annotation file, for the YAML language server', () => {
    for (const name of readdirSync(join(PROJECT_ROOT, 'content/annotations'))) {
      const first = readFileSync(join(PROJECT_ROOT, 'content/annotations', name), 'utf8').split('\n')[0];
      expect(first, name).toBe('# yaml-language-server: $schema=../../public/schemas/annotation-file.schema.json');
    }
  });
});
