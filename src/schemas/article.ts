// Schema of an article's frontmatter.
import { z } from 'zod';
import { httpUrl, isoDate, languageTag, nonEmptyString } from './common.ts';

export const articleSchema = z.strictObject({
  title: nonEmptyString,
  dek: z.string().optional(),
  publisher: nonEmptyString,
  authors: z.array(nonEmptyString).optional(),
  published: isoDate,
  updated: isoDate.optional(),
  url: httpUrl.optional(),
  language: languageTag.default('en'),
  translation: z.strictObject({ from: languageTag, note: z.string().optional() }).optional(),
  tags: z.array(nonEmptyString).optional(),
});

export type ArticleMeta = z.infer<typeof articleSchema>;
