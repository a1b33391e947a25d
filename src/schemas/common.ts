// Field types shared by every schema of the authoring format: ids, URLs, dates, language tags.
import { z } from 'zod';
import { KEBAB_CASE } from './id-pattern.ts';

export { KEBAB_CASE };

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** A kebab-case id: the permalink-safe name of an annotation, figure, source or article. */
export const kebabId = (what: string, max = 64) =>
  z
    .string()
    .max(max, { error: `${article(what)} ${what} id is at most ${max} characters` })
    .regex(KEBAB_CASE, { error: `${article(what)} ${what} id is kebab-case: lower-case letters and digits joined by single hyphens` });

/** Whether a string is an absolute URL of one of the given protocols (so never javascript:, data: or relative). */
export function isAbsoluteUrl(value: string, protocols: readonly string[]): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

// The patterns repeat the refinements for editors' tools, which read JSON Schema and not code.
export const httpUrl = z
  .string()
  .refine((v) => isAbsoluteUrl(v, ['http:', 'https:']), { error: 'must be an absolute http: or https: URL' })
  .meta({ format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://[^/\\s]+' });

export const httpsUrl = z
  .string()
  .refine((v) => isAbsoluteUrl(v, ['https:']), { error: 'must be an absolute https: URL' })
  .meta({ format: 'uri', pattern: '^[hH][tT][tT][pP][sS]://[^/\\s]+' });

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isRealDay(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** Whether a string is a real day `YYYY-MM-DD` or an ISO 8601 date-time with its offset. */
export function isIsoDate(text: string): boolean {
  return isRealDay(text) || (DATE_TIME.test(text) && isRealDay(text.slice(0, 10)) && !Number.isNaN(Date.parse(text)));
}

/** A date as `YYYY-MM-DD` or an ISO 8601 date-time, kept as that string. */
export const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { error: 'must be a date written YYYY-MM-DD or an ISO 8601 date-time' })
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$' });

/** A BCP 47 language tag such as `en`, `en-GB` or `zh-Hant-TW`. */
export const languageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, { error: 'must be a BCP 47 language tag such as en or en-GB' });

export const nonEmptyString = z.string().trim().min(1, { error: 'must not be empty' });
