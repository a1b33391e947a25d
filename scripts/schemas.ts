// `npm run schemas`: writes the JSON Schemas of the authoring format into public/schemas/, from src/schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemas, SCHEMA_FOLDER } from '../src/schemas/json-schema.ts';

const folder = join(resolve(import.meta.dirname, '..'), 'public', SCHEMA_FOLDER);
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(folder, name), text);
  process.stdout.write(`public/${SCHEMA_FOLDER}/${name}\n`);
}
