// `npm run docs`: regenerates the dataset reference and the load recipes in README.md from the zod model,
// and the rule table from the rule catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDatasetsSection } from './emit/datasets-doc.ts';
import { withLoadSection } from './emit/load-doc.ts';
import { withRulesSection } from './emit/rules-doc.ts';
import { root } from './paths.ts';
import { readConfigOrExit } from './read/settings.ts';

const config = readConfigOrExit();
const readme = join(root, 'README.md');
writeFileSync(readme, withRulesSection(withLoadSection(withDatasetsSection(readFileSync(readme, 'utf8'), config.municipality.code), config.municipality.code)));
process.stderr.write('README.md dataset reference, load recipes and rule table regenerated\n');
