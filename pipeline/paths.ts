// Where the repository's inputs live: the settings file, the source description, the committed schemas
// and the curated supplements. Only the command-line edges (the CLIs, npm scripts) read them.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const paths = {
  config: join(root, 'dataset.config.json'),
  sourceInfo: join(root, 'sources', 'source.json'),
  schemas: join(root, 'schemas'),
  sdgLinks: join(root, 'sources', 'sdg-links.csv'),
  indicatorActuals: join(root, 'sources', 'indicator-actuals.csv'),
  linkedIdentifiers: join(root, 'sources', 'linked-identifiers.json'),
};
