// Bundles the CLI into one JavaScript file (.build/cli.mjs, git-ignored) so `npm run build` starts
// without tsx's TypeScript loader: a cold build ran ~1.5 s under tsx, ~0.45 s bundled (BENCHMARKS.md).
// .build/ sits beside pipeline/, so the CLI still finds the repository root one directory up.
// `node scripts/bundle.mjs .build/other.mjs` writes the same bundle elsewhere in .build/ (the tests do).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'pipeline', 'cli.ts')],
  outfile: process.argv[2] ?? join(root, '.build', 'cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv, papaparse) call require(); ESM output has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
