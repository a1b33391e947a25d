// The authoring format as JSON Schemas, generated from the zod schemas, for editors' YAML language servers.
import { z } from 'zod';
import { annotationFileSchema } from './annotation.ts';
import { articleSchema } from './article.ts';
import { siteSettingsSchema } from './site.ts';
import { sharedSourcesSchema } from './source.ts';

/** Where the schemas are published, under the site's public folder and its address. */
export const SCHEMA_FOLDER = 'schemas';

const FORMATS = {
  'annotation-file.schema.json': { schema: annotationFileSchema, title: 'Annotation file', file: 'content/annotations/<slug>.yaml' },
  'article.schema.json': { schema: articleSchema, title: 'Article frontmatter', file: 'the frontmatter of content/articles/<slug>.md' },
  'sources.schema.json': { schema: sharedSourcesSchema, title: 'Shared sources', file: 'content/sources.yaml' },
  'site.schema.json': { schema: siteSettingsSchema, title: 'Site settings', file: 'content/site.yaml' },
} as const;

export type SchemaFile = keyof typeof FORMATS;

/** Every JSON Schema of the format, by file name, as the text written to `public/schemas/`. */
export function jsonSchemas(): Record<SchemaFile, string> {
  return Object.fromEntries(
    Object.entries(FORMATS).map(([name, { schema, title, file }]) => {
      // The editor writes the input: defaults make fields optional, and no value is transformed yet.
      const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
      return [name, `${JSON.stringify({ ...json, title, $comment: `${file}; generated from src/schemas by npm run schemas` }, null, 2)}\n`];
    }),
  ) as Record<SchemaFile, string>;
}
