// Schema issues reported in the editor's words: which annotation, figure or source, which field, and what to write.
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { Problem } from '../errors/problem.ts';
import type { YamlSource } from './yaml-document.ts';

type Path = readonly (string | number)[];
type Issue = z.core.$ZodIssue;
type Def = Record<string, unknown>;

const ENTRY_NAMES: Record<string, string> = { claims: 'annotation', figures: 'figure', sources: 'source' };

/** Names the entry a path points into and the field, as an editor reads them: `annotation "x", field "summary"`. */
export function describePath(data: unknown, path: Path): string {
  const entry = entryOf(data, path);
  const field = formatField(path.slice(entry.depth));
  if (!entry.name) return field ? `field "${field}"` : 'the file';
  return field ? `${entry.name}, field "${field}"` : entry.name;
}

function entryOf(data: unknown, path: Path): { name: string | null; depth: number } {
  if (typeof path[0] === 'number') return { name: nameEntry('source', (data as unknown[] | undefined)?.[path[0]], path[0]), depth: 1 };
  const kind = ENTRY_NAMES[String(path[0])];
  if (kind && typeof path[1] === 'number') {
    const list = (data as Record<string, unknown> | undefined)?.[String(path[0])];
    return { name: nameEntry(kind, Array.isArray(list) ? list[path[1]] : undefined, path[1]), depth: 2 };
  }
  return { name: null, depth: 0 };
}

function nameEntry(kind: string, entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} number ${index + 1}`;
}

/** `claims[3].evidence[0].source`-style field path. */
export function formatField(path: Path): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN, which is not a number';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'an infinite value';
  return `a ${typeof value}`;
}

// What a required field is for, so the hint for a missing one says what to write.
const FIELD_PURPOSES: Record<string, string> = {
  description: 'the text alternative, what a reader who cannot see the figure needs',
  summary: 'the finding in one sentence, at most 280 characters',
  quote: 'the exact words of the article that the annotation is about',
  note: 'what changed and why, at most 280 characters',
  reviewed: 'the date these annotations were last checked',
  claims: 'the list of annotations',
  sources: 'the ids of the sources of its data',
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of fields',
  boolean: 'true or false',
  date: 'a date',
};

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const step of path) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return value;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

// The schema that applies at this point of the data: wrappers removed, a discriminated union resolved by the data.
function resolve(schema: unknown, value: unknown): Def {
  let def = defOf(schema);
  for (;;) {
    if (['optional', 'default', 'prefault', 'nullable'].includes(def.type as string)) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else if (def.type === 'union') {
      const key = def.discriminator as string | undefined;
      const options = def.options as unknown[];
      const wanted = key ? (value as Record<string, unknown> | undefined)?.[key] : undefined;
      const chosen = options.find((option) => {
        const shape = defOf(option).shape as Record<string, unknown> | undefined;
        const values = shape && key && shape[key] ? (defOf(shape[key]).values as unknown[] | undefined) : undefined;
        return values?.includes(wanted);
      });
      def = defOf(chosen ?? options[0]);
    } else return def;
  }
}

/** The fields a strict object accepts at a path of the data, for "did you mean" hints. */
function fieldsAt(schema: z.ZodType, path: Path, data: unknown): string[] {
  let current: unknown = schema;
  let value: unknown = data;
  for (const step of path) {
    const def = resolve(current, value);
    if (def.type === 'object' && typeof step === 'string') current = (def.shape as Record<string, unknown>)[step];
    else if (def.type === 'array') current = def.element;
    else return [];
    if (!current) return [];
    value = (value as Record<string | number, unknown> | undefined)?.[step];
  }
  const def = resolve(current, value);
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

const toKebab = (value: unknown) =>
  String(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** What to do about an issue the schema words alone: by the field it is about. */
function hintFor(issue: Issue, field: string, value: unknown): string | undefined {
  const given = (issue as { params?: { hint?: string } }).params?.hint;
  if (given) return given;
  if (issue.code === 'invalid_format' && /kebab-case/.test(issue.message)) return toKebab(value) ? `write it as "${toKebab(value)}".` : 'use lower-case letters, digits and hyphens.';
  if (issue.code === 'too_big' && field === 'summary') return 'keep the one-sentence finding here and move the detail into "analysis".';
  if (issue.code === 'too_big' && field === 'note') return 'say in a sentence or two what changed and why; the detail belongs in "analysis".';
  if (issue.code === 'too_big' && field === 'id') return 'shorten the id: it is part of the permalink.';
  if (issue.code === 'too_small' && Array.isArray(value)) {
    const minimum = Number((issue as { minimum?: number }).minimum ?? 1);
    return `give "${field}" at least ${minimum} ${minimum === 1 ? 'entry' : 'entries'}.`;
  }
  if (/date/.test(issue.message)) return 'write a real date such as 2024-10-25, or a date-time such as 2024-10-25T14:30:00Z.';
  if (/https: URL/.test(issue.message) && field === 'archived') return 'an archived copy is addressed with https://, for example https://web.archive.org/web/…';
  if (/URL/.test(issue.message)) return 'write the full address, starting with https:// (or http://); other protocols, relative and protocol-relative addresses are refused.';
  if (/latitude|longitude/.test(issue.message)) return 'latitude runs from -90 (south) to 90 (north), longitude from -180 (west) to 180 (east); check the order of the two.';
  if (/language tag/.test(issue.message)) return 'for example en, en-GB, fr, uk or ja.';
  return undefined;
}

/** Turns the issues of a failed parse into located problems. */
export function schemaProblems(file: string, source: YamlSource, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const data = source.data;
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path as Path;
    const at = (p: Path, key = false) => ({ file, path: p, ...source.locate(p, { key }) });
    const field = String(path[path.length - 1] ?? '');
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = fieldsAt(schema, path, data);
        return issue.keys.map((key) => {
          const suggestion = known.length > 0 ? closest(key, known) : undefined;
          return {
            ...at([...path, key], true),
            message: `${describePath(data, [...path, key])}: unknown field "${key}"`,
            hint: suggestion
              ? `did you mean "${suggestion}"? The fields accepted here are: ${known.join(', ')}.`
              : 'remove it; the authoring format lists the fields this entry takes.',
          };
        });
      }
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        if (value === undefined) {
          const owner = path.length > 1 ? `${describePath(data, path.slice(0, -1))}: ` : '';
          const purpose = FIELD_PURPOSES[field];
          return [{ ...at(path), message: `${owner}missing required field "${field}"`, hint: `add "${field}:" with ${expected}${purpose ? `: ${purpose}` : ''}.` }];
        }
        const hint =
          value === null ? 'write a value after the colon, or remove the field.'
          : issue.expected === 'string' ? 'put the value in quotes to keep it as text.'
          : issue.expected === 'number' ? 'write a plain finite number, without thousands separators, units or quotes: 12000, not "12,000".'
          : issue.expected === 'array' ? `write a list: [${typeof value === 'string' ? value : 'a, b'}], or one "- " line per item.`
          : `write ${expected} here.`;
        const subject = path.length === 0 ? 'the file must be' : `${describePath(data, path)}: must be`;
        return [{ ...at(path), message: `${subject} ${expected}, not ${typeName(value)}`, hint }];
      }
      case 'invalid_value':
        return [{ ...at(path), message: `${describePath(data, path)}: ${JSON.stringify(value)} is not an accepted value`, hint: `use one of: ${issue.values.map(String).join(', ')}.` }];
      case 'invalid_union': {
        const options = (issue as { options?: unknown[] }).options;
        if (!options) return [{ ...at(path), message: `${describePath(data, path)}: ${issue.message}` }];
        return [{ ...at(path), message: `${describePath(data, path)}: ${JSON.stringify(value ?? null)} is not an accepted value`, hint: `use one of: ${options.map(String).join(', ')}.` }];
      }
      case 'too_big':
      case 'too_small': {
        if (typeof value === 'string' && value.trim() === '') {
          return [{ ...at(path), message: `${describePath(data, path)}: must not be empty`, hint: `write ${FIELD_PURPOSES[field] ?? 'a value'}, or remove the field if it is optional.` }];
        }
        const size = typeof value === 'string' ? `${value.length} characters` : Array.isArray(value) ? `${value.length} entries` : String(value);
        const hint = hintFor(issue, field, value);
        return [{ ...at(path), message: `${describePath(data, path)}: ${issue.message} (it has ${size})`, ...(hint ? { hint } : {}) }];
      }
      default: {
        const hint = hintFor(issue, field, value);
        return [{ ...at(path), message: `${describePath(data, path)}: ${issue.message}`, ...(hint ? { hint } : {}) }];
      }
    }
  });
}
