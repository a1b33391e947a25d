// Content collections: articles, their annotation files, and the sources shared by several articles, loaded by the
// project's own loader (one read and one verification of every file per build).
import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/astro/content-loader.ts';
import { annotationFileSchema, articleSchema, sourceSchema } from './schemas/index.ts';

export const collections = {
  articles: defineCollection({ loader: contentLoader('articles'), schema: articleSchema }),
  annotations: defineCollection({ loader: contentLoader('annotations'), schema: annotationFileSchema }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema }),
};
