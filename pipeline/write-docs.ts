// `npm run docs`: regenerates the generated sections of the reference in docs/ — the dataset reference
// (docs/datasets.md) and the load recipes (docs/load.md) from the zod model, the rule table (docs/rules.md)
// from the rule catalogue. test/readme.test.ts fails when one of them is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDocs } from './emit/generated-docs.ts';
import { root } from './paths.ts';
import { readConfigOrExit } from './read/settings.ts';

const config = readConfigOrExit();
for (const [file, regenerate] of Object.entries(generatedDocs(config.municipality.code))) {
  const path = join(root, file);
  writeFileSync(path, regenerate(readFileSync(path, 'utf8')));
}
process.stderr.write(`${Object.keys(generatedDocs(config.municipality.code)).join(', ')} regenerated\n`);
