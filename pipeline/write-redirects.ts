// `npm run w3id`: writes w3id/<name>/.htaccess, the w3id.org redirect rules of emit/w3id.ts, from dataset.config.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { w3idHtaccess, w3idHtaccessPath } from './emit/w3id.ts';
import { root } from './paths.ts';
import { readConfigOrExit } from './read/settings.ts';

const config = readConfigOrExit();
try {
  const path = w3idHtaccessPath(config);
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), w3idHtaccess(config));
  process.stderr.write(`${path} written: send it to w3id.org as a pull request (docs/linked-data.md)\n`);
} catch (e) {
  process.stderr.write(`npm run w3id: ${(e as Error).message}\n`);
  process.exit(1);
}
