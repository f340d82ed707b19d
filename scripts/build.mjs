// `npm run build`: bundles the CLI when its sources changed (scripts/bundle.mjs), then runs the bundle in
// this same process, so a build costs one Node start-up, not two.
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle.mjs';

const bundle = await ensureBundle();
// The CLI runs its main() only when it is the script Node was started with.
process.argv[1] = bundle;
await import(pathToFileURL(bundle).href);
