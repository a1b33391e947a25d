// Schema of an article's frontmatter.
import { z } from 'zod';
import { httpUrl, isoDate, languageTag, nonEmptyString } from './common.ts';

export const articleSchema = z
  .strictObject({
    title: nonEmptyString.describe('the headline'),
    dek: z.string().optional().describe('the standfirst under the headline'),
    publisher: nonEmptyString.describe('who published the original'),
    authors: z.array(nonEmptyString).optional().describe('the original byline, one name an entry'),
    published: isoDate.describe('when the original was published, YYYY-MM-DD or an ISO 8601 date-time'),
    updated: isoDate.optional().describe('when the original last changed'),
    url: httpUrl.optional().describe('the original\'s absolute http: or https: address'),
    language: languageTag.default('en').describe('the BCP 47 language tag of the text, such as en or fr'),
    translation: z
      .strictObject({
        from: languageTag.describe('the BCP 47 tag of the language it was translated from'),
        note: z.string().optional().describe('a note on the translation, shown with the article'),
      })
      .optional()
      .describe('set when the text is a translation'),
    tags: z.array(nonEmptyString).optional().describe('the article\'s topics'),
  })
  .describe('the frontmatter of an article (content/articles/<slug>.md)');

export type ArticleMeta = z.infer<typeof articleSchema>;
