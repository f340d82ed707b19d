// `npm run schemas`: writes schemas/ from the zod model — the self-contained JSON Schema of every
// published JSON file, the ajv validators compiled from them, and the SHACL shapes of every table's records. The files are committed; a test fails
// when they drift from the model.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_SHAPES, recordShapesTurtle } from './emit/record-shapes.ts';
import { schemaFiles } from './schema-files.ts';
import { paths } from './paths.ts';
import { readConfigOrExit } from './read/settings.ts';

const config = readConfigOrExit();
await mkdir(paths.schemas, { recursive: true });
const files = await schemaFiles(config.municipality.code);
for (const name of await readdir(paths.schemas)) if (name.endsWith('.schema.json') && !files.has(name)) await rm(join(paths.schemas, name));
for (const [name, text] of files) await writeFile(join(paths.schemas, name), text);
// The SHACL shapes of the tables' records, from their linked-data declarations.
await writeFile(join(paths.schemas, 'shapes', RECORD_SHAPES), recordShapesTurtle(config));
process.stderr.write(`wrote schemas/ from the zod model\n`);
