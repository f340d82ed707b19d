// `npm run diff` and `npm run release:*`: runs one release command from the bundle (scripts/bundle.mjs), brought
// up to date first, in this same process — one Node start-up and no TypeScript loader, as `npm run build`.
// Usage: node scripts/run.mjs <name> [arguments] — <name> is a file of pipeline/release/ without `.ts`.
import { existsSync } from 'node:fs';
import { bundledCommand, ensureBundle, runBundled } from './bundle.mjs';

const [name, ...args] = process.argv.slice(2);
const refuse = () => {
  process.stderr.write(`scripts/run.mjs: no release command ${JSON.stringify(name ?? '')} (expected a pipeline/release/*-cli.ts name)\n`);
  process.exit(2);
};
if (name === undefined || !/^[a-z-]+-cli$/.test(name)) refuse();
await ensureBundle();
const bundle = bundledCommand(name);
if (!existsSync(bundle)) refuse();
await runBundled(bundle, args);
