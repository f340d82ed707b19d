// `npm run schemas`: writes schemas/*.schema.json from the zod model. The files are committed; a test
// fails when they drift from the model.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paths } from './cli.ts';
import { jsonSchemas, jsonText } from './emit/schemas.ts';
import { Config } from './config.ts';
import { readFileSync } from 'node:fs';

const config = Config.parse(JSON.parse(readFileSync(paths.config, 'utf8')));
await mkdir(paths.schemas, { recursive: true });
for (const name of await readdir(paths.schemas)) if (name.endsWith('.schema.json')) await rm(join(paths.schemas, name));
for (const [stem, schema] of jsonSchemas(config.municipality.code)) await writeFile(join(paths.schemas, `${stem}.schema.json`), jsonText(schema));
process.stderr.write(`wrote schemas/ from the zod model\n`);
