// `npm run docs`: regenerates the dataset reference and the load recipes in README.md from the zod model,
// and the rule table from the rule catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDatasetsSection } from './emit/datasets-doc.ts';
import { withLoadSection } from './emit/load-doc.ts';
import { withRulesSection } from './emit/rules-doc.ts';
import { root } from './paths.ts';
import { Reporter, runStages } from './diagnostics.ts';
import { formatFirst } from './diagnostics-limit.ts';
import { readConfig } from './read/settings.ts';
import { exitStatusOf } from './rules.ts';

const report = new Reporter();
const settings = runStages(report, () => readConfig(report));
if (!settings) {
  process.stderr.write(formatFirst(report.diagnostics));
  process.exit(exitStatusOf(report.diagnostics));
}
const config = settings;
const readme = join(root, 'README.md');
writeFileSync(readme, withRulesSection(withLoadSection(withDatasetsSection(readFileSync(readme, 'utf8'), config.municipality.code), config.municipality.code)));
process.stderr.write('README.md dataset reference, load recipes and rule table regenerated\n');
