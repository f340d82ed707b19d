// `npm run docs`: regenerates the dataset reference and the load recipes in README.md from the zod model.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDatasetsSection } from './emit/datasets-doc.ts';
import { withLoadSection } from './emit/load-doc.ts';
import { root } from './paths.ts';
import { readConfig } from './read/settings.ts';

const config = readConfig();
const readme = join(root, 'README.md');
writeFileSync(readme, withLoadSection(withDatasetsSection(readFileSync(readme, 'utf8'), config.municipality.code), config.municipality.code));
process.stderr.write('README.md dataset reference and load recipes regenerated\n');
