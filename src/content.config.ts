// Content collections: articles, their annotation files, and the sources shared by several articles.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contentRoot } from './content-root.ts';
import { annotationFileSchema, articleSchema, sourceSchema } from './schemas/index.ts';

const content = join(contentRoot(), 'content');
// The file name is the id, exactly: the verification pass has checked it is a slug.
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

// glob() warns about a folder that does not exist; a site without annotations simply has none.
const filesIn = (folder: string, pattern: string) =>
  existsSync(join(content, folder)) ? glob({ base: join(content, folder), pattern, generateId: fileName }) : async () => [];

const articles = defineCollection({ loader: filesIn('articles', '*.md'), schema: articleSchema });

const annotations = defineCollection({ loader: filesIn('annotations', '*.yaml'), schema: annotationFileSchema });

// content/sources.yaml is optional, so it is read here rather than by file(), which logs when it is absent.
const sources = defineCollection({
  loader: async () => {
    const path = join(content, 'sources.yaml');
    if (!existsSync(path)) return [];
    const list: unknown = parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    return Array.isArray(list) ? (list as { id: string }[]) : [];
  },
  schema: sourceSchema,
});

export const collections = { articles, annotations, sources };
