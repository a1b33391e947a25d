// Schema of a source: an entry of an annotation file's `sources` or of `content/sources.yaml`.
import { z } from 'zod';
import { httpUrl, httpsUrl, isoDate, kebabId, nonEmptyString } from './common.ts';

export const SOURCE_KINDS = ['news', 'official', 'transcript', 'research', 'reference', 'social', 'dataset'] as const;

export const sourceSchema = z
  .strictObject({
    id: kebabId('source').describe('the source\'s id, unique across the whole site: evidence and figures cite it by this id'),
    title: nonEmptyString.describe('the title of the page, document or post'),
    publisher: nonEmptyString.describe('who published it; say when a page rewrites another outlet\'s story'),
    url: httpUrl.describe('its absolute http: or https: address'),
    kind: z.enum(SOURCE_KINDS).describe('what kind of source it is: news, official, transcript, research, reference, social or dataset'),
    authors: z.array(nonEmptyString).optional().describe('its authors, as they sign'),
    published: isoDate.optional().describe('when it was published, YYYY-MM-DD'),
    accessed: isoDate.optional().describe('when it was last read, YYYY-MM-DD'),
    archived: httpsUrl.optional().describe('an archived copy, addressed with https:'),
  })
  .describe('a source that evidence and figures cite');

export const sharedSourcesSchema = z.array(sourceSchema).describe('the sources cited by several articles (content/sources.yaml)');

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
