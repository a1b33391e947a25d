// Schema issues reported in the editor's words: which annotation, figure or source, which field, and what to write.
import { closest } from 'fastest-levenshtein';
import { toJSONSchema, type z } from 'zod';
import type { YamlSource } from '../content/yaml-source.ts';
import type { Problem } from './problem.ts';
import type { RuleId } from './rules.ts';

type Path = readonly (string | number)[];
type Issue = z.core.$ZodIssue;

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

/** A JSON Schema node, as z.toJSONSchema writes it. */
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  const?: unknown;
  description?: string;
}

// The zod schemas' public JSON Schema form, made once per schema: the same text editors' tools read.
const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = toJSONSchema(schema, { io: 'input' }) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  return json;
}

// A union of objects (the figure types) is resolved by the data: the option whose constant fields it matches.
function choose(node: JsonSchema, value: unknown): JsonSchema {
  const options = node.oneOf ?? node.anyOf;
  if (!options) return node;
  const record = (value ?? {}) as Record<string, unknown>;
  const matches = (option: JsonSchema) => Object.entries(option.properties ?? {}).every(([key, field]) => field.const === undefined || field.const === record[key]);
  return options.find((option) => option.properties && matches(option)) ?? options.find((option) => option.properties) ?? node;
}

/** The JSON Schema node that applies at a path of the data, or null where the path leaves the schema. */
function schemaAt(schema: z.ZodType, path: Path, data: unknown): JsonSchema | null {
  let node: JsonSchema | undefined = jsonSchemaOf(schema);
  let value: unknown = data;
  for (const step of path) {
    node = choose(node, value);
    node = typeof step === 'number' ? node.items : node.properties?.[step];
    if (!node) return null;
    value = (value as Record<string | number, unknown> | undefined)?.[step];
  }
  return choose(node, value);
}

/** The fields an entry accepts at a path of the data, for "did you mean" hints. */
function fieldsAt(schema: z.ZodType, path: Path, data: unknown): string[] {
  return Object.keys(schemaAt(schema, path, data)?.properties ?? {});
}

/** What a field holds, as its schema describes it: the one text of the format that hints quote. */
function describeField(schema: z.ZodType, path: Path, data: unknown): string | undefined {
  return schemaAt(schema, path, data)?.description;
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

/** The rule an issue breaks, by what the schema checked. */
function ruleOf(issue: Issue, value: unknown): RuleId {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_type':
      return value === undefined ? 'missing-field' : 'wrong-type';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid-value';
    case 'too_big':
      return / id is /.test(issue.message) ? 'invalid-id' : 'too-long';
    case 'too_small':
      return 'too-short';
    case 'invalid_format':
      return / id is /.test(issue.message) ? 'invalid-id' : 'invalid-format';
    default:
      if (/date/.test(issue.message)) return 'invalid-date';
      if (/URL/.test(issue.message)) return 'invalid-url';
      if (/latitude|longitude/.test(issue.message)) return 'invalid-value';
      return 'invalid-format';
  }
}

/** Turns the issues of a failed parse into located problems. */
export function schemaProblems(file: string, source: YamlSource, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const data = source.data;
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path as Path;
    const rule = ruleOf(issue, valueAt(data, path));
    const at = (p: Path, key = false) => ({ rule, file, path: p, ...source.locate(p, { key }) });
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
          const purpose = describeField(schema, path, data);
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
          return [{ ...at(path), message: `${describePath(data, path)}: must not be empty`, hint: `write ${describeField(schema, path, data) ?? 'a value'}, or remove the field if it is optional.` }];
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
