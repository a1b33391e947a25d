// Schema of a source: an entry of an annotation file's `sources` or of `content/sources.yaml`.
import { z } from 'zod';
import { httpUrl, httpsUrl, isoDate, kebabId, nonEmptyString } from './common.ts';

export const SOURCE_KINDS = ['news', 'official', 'transcript', 'research', 'reference', 'social', 'dataset'] as const;

export const sourceSchema = z.strictObject({
  id: kebabId('source'),
  title: nonEmptyString,
  publisher: nonEmptyString,
  url: httpUrl,
  kind: z.enum(SOURCE_KINDS),
  authors: z.array(nonEmptyString).optional(),
  published: isoDate.optional(),
  accessed: isoDate.optional(),
  archived: httpsUrl.optional(),
});

export const sharedSourcesSchema = z.array(sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
