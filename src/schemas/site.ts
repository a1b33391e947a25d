// Schema of the site's own settings (`content/site.yaml`): its name, language and the organisation that signs reviews.
import { z } from 'zod';
import { httpUrl, languageTag, nonEmptyString } from './common.ts';

export const siteSettingsSchema = z
  .strictObject({
    name: nonEmptyString.default('Annotated News').describe('the site\'s name, in every page title and the header'),
    description: nonEmptyString
      .default('News articles annotated claim by claim: verdicts, evidence, context and corrections.')
      .describe('the home page\'s description'),
    language: languageTag.default('en').describe('the lang of pages, a BCP 47 tag (an article\'s own language applies to its text)'),
    organisation: z
      .strictObject({
        name: nonEmptyString.describe('the organisation\'s name'),
        url: httpUrl.optional().describe('its address'),
      })
      .default({ name: 'Verification desk' })
      .describe('the organisation that signs reviews when an annotation file names no reviewers'),
  })
  .describe('the site\'s own settings (content/site.yaml)');

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
