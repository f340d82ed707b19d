// Bundles the CLI into one minified JavaScript file (.build/cli.mjs, git-ignored) so `npm run build`
// starts without tsx's TypeScript loader and parses as little code as it can (BENCHMARKS.md).
// .build/ sits beside pipeline/, so the CLI still finds the repository root one directory up.
// The bundle is rebuilt only when one of the files it was made from changed: esbuild's metafile lists
// them (our sources, the generated validators, every dependency file), and their SHA-256 is kept beside
// the bundle. Checking that costs a few milliseconds; bundling ~0.4 s and loading esbuild itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.build', 'cli.mjs');
const stampFile = join(root, '.build', 'cli.inputs.json');
const self = fileURLToPath(import.meta.url);

/** One digest of the bundle's inputs, this script and the Node major it targets. */
const digestOf = (inputs) => {
  const hash = createHash('sha256').update(readFileSync(self)).update(process.versions.node.split('.')[0]);
  for (const input of inputs) {
    const path = join(root, input);
    hash
      .update(input)
      .update('\0')
      .update(existsSync(path) ? readFileSync(path) : 'missing')
      .update('\0');
  }
  return hash.digest('hex');
};

const upToDate = () => {
  if (!existsSync(outfile) || !existsSync(stampFile)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return (
      Array.isArray(stamp.inputs) &&
      stamp.digest === digestOf(stamp.inputs) &&
      stamp.bundle === createHash('sha256').update(readFileSync(outfile)).digest('hex')
    );
  } catch {
    return false;
  }
};

/** Rebuilds .build/cli.mjs when it is missing or stale (or FORCE_BUNDLE=1); returns its path. */
export const ensureBundle = async () => {
  if (process.env.FORCE_BUNDLE !== '1' && upToDate()) return outfile;
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'pipeline', 'cli.ts')],
    outfile,
    bundle: true,
    minify: true,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies (papaparse, n3) call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // sql.js locates its WebAssembly through CommonJS's __dirname, which an ESM bundle lacks: it stays a
    // package import, resolved from node_modules beside .build/ like any dependency (not a bundle input).
    external: ['sql.js'],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  writeFileSync(
    stampFile,
    `${JSON.stringify({ digest: digestOf(inputs), bundle: createHash('sha256').update(readFileSync(outfile)).digest('hex'), inputs }, null, 1)}\n`,
  );
  return outfile;
};

if (process.argv[1] === self) await ensureBundle();
