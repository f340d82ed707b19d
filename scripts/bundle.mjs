// Bundles the command-line tools into minified JavaScript in .build/ (git-ignored) so `npm run build` and the
// release commands start without tsx's TypeScript loader and parse as little code as they can (BENCHMARKS.md):
// the build CLI (.build/cli.mjs) and every pipeline/release/*-cli.ts (.build/<name>.mjs), which share their
// common code as chunks (.build/chunk-*.mjs). The build CLI loads the pipeline itself only when it is past
// its checks of the command line (cli.ts imports build.ts dynamically: its own chunk), so a refused --out
// costs little. A CLI's entry file must not be imported by another entry (test/imports.test.ts): its
// code would move into a shared chunk, where it could no longer tell that it is the command being run.
// .build/ sits beside pipeline/, so the CLIs still find the repository root one directory up.
// The bundle is rebuilt only when one of the files it was made from changed: esbuild's metafile lists
// them (our sources, the generated validators, every dependency file), and their SHA-256 is kept beside
// the bundle, with the SHA-256 of every file it wrote. Checking that costs a few milliseconds; bundling
// ~0.5 s and loading esbuild itself.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, '.build');
const outfile = join(outdir, 'cli.mjs');
const stampFile = join(outdir, 'cli.inputs.json');
/** The release commands bundled beside the build CLI, by name (pipeline/release/<name>.ts → .build/<name>.mjs). */
const releaseCommands = () =>
  readdirSync(join(root, 'pipeline', 'release'))
    .filter((f) => f.endsWith('-cli.ts'))
    .sort()
    .map((f) => f.slice(0, -'.ts'.length));
/** The bundled file of a release command (`diff-cli`, `assets-cli`, …). */
export const bundledCommand = (name) => join(outdir, `${name}.mjs`);
const sha256Of = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
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
  if (!existsSync(stampFile)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return (
      Array.isArray(stamp.inputs) &&
      stamp.digest === digestOf(stamp.inputs) &&
      typeof stamp.outputs === 'object' &&
      [outfile, ...releaseCommands().map(bundledCommand)].every((f) => Object.hasOwn(stamp.outputs, f.slice(outdir.length + 1))) &&
      Object.entries(stamp.outputs).every(([name, hash]) => existsSync(join(outdir, name)) && sha256Of(join(outdir, name)) === hash)
    );
  } catch {
    return false;
  }
};

/** Rebuilds the bundle when it is missing or stale (or FORCE_BUNDLE=1); returns the build CLI's path. */
export const ensureBundle = async () => {
  if (process.env.FORCE_BUNDLE !== '1' && upToDate()) return outfile;
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries([
      ['cli', join(root, 'pipeline', 'cli.ts')],
      ...releaseCommands().map((n) => [n, join(root, 'pipeline', 'release', `${n}.ts`)]),
    ]),
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
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
    // jsonld.js's HTTP client (and undici with it) is never called: the build's document loader is offline.
    alias: { '@digitalbazaar/http-client': './scripts/offline-http-client.mjs' },
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const written = Object.keys(result.metafile.outputs)
    .map((p) => join(root, p).slice(outdir.length + 1))
    .sort();
  // Chunks of earlier bundles (their names carry their hash) are this script's own files: removed.
  for (const name of readdirSync(outdir)) if (/^chunk-[A-Z0-9]+\.mjs$/.test(name) && !written.includes(name)) rmSync(join(outdir, name));
  const outputs = Object.fromEntries(written.map((name) => [name, sha256Of(join(outdir, name))]));
  writeFileSync(stampFile, `${JSON.stringify({ digest: digestOf(inputs), outputs, inputs }, null, 1)}\n`);
  return outfile;
};

/**
 * Runs a bundled command in this process, as if Node had been started with it (a command runs its main() only when
 * it is process.argv[1]): one Node start-up for `npm run build` and each `npm run release:*`, not two. Node ≥ 22.8
 * keeps V8's compiled code of the modules loaded from here on (the bundle, sql.js) in its own compile cache (in the
 * OS's temporary folder, keyed by Node's version and each file's content): ~75–80 ms less parsing and compiling
 * per build (BENCHMARKS.md, issue 23). Node 20 has no such cache and compiles them each time.
 */
export const runBundled = async (file, args) => {
  module.enableCompileCache?.();
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
};

if (process.argv[1] === self) await ensureBundle();
