// `npm run build`: bundles the CLI when its sources changed (scripts/bundle.mjs), then runs the bundle in
// this same process, so a build costs one Node start-up, not two.
import { ensureBundle, runBundled } from './bundle.mjs';

await runBundled(await ensureBundle(), process.argv.slice(2));
