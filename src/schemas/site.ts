// Schema of the site's own settings (`content/site.yaml`): its name, language and the organisation that signs reviews.
import { z } from 'zod';
import { httpUrl, languageTag, nonEmptyString } from './common.ts';

export const siteSettingsSchema = z.strictObject({
  name: nonEmptyString.default('Annotated News'),
  description: nonEmptyString.default('News articles annotated claim by claim: verdicts, evidence, context and corrections.'),
  language: languageTag.default('en'),
  organisation: z
    .strictObject({ name: nonEmptyString, url: httpUrl.optional() })
    .default({ name: 'Verification desk' }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
