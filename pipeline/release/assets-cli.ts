// `npm run release:assets -- OUT_DIR`: everything a release attaches, written into OUT_DIR — each dist
// file under its stable flat name, the zip of dist/ and SHA256SUMS over all of them. The version comes
// from dataset.config.json; dist/ must state the same one (else it is stale: run npm run build).
// Exit 0 written, 1 dist/ does not match the config, 2 usage errors, 3 I/O error (docs/rules.md).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { root } from '../paths.ts';
import { readConfig } from '../read/settings.ts';
import { assetMap, checksumsName, zipName } from './assets.ts';
import { sha256Sums } from '../sha256.ts';
import { zipFiles } from './bundle.ts';
import { isEntryPoint, parseCommandLine, runMain, shownPath, UsageError, type Command } from './cli-main.ts';
import { listFiles, readSnapshot } from './snapshot.ts';

export const usage = `usage: npm run release:assets -- OUT_DIR [--dist DIR]
  OUT_DIR     where to write the release assets (must be absent or empty)
  --dist DIR  the build to publish (default: dist)
exit status: 0 written, 1 the build does not state the configured version, 2 usage errors, 3 I/O error`;

/** Asset name → bytes: the flat files, the zip and the checksums, for a build and a version. */
export const releaseAssets = (distDir: string, municipalityCode: string, version: string): Map<string, Uint8Array> => {
  const paths = listFiles(distDir);
  const contents = new Map(paths.map((p) => [p, new Uint8Array(readFileSync(join(distDir, p)))]));
  const assets = new Map<string, Uint8Array>();
  for (const [name, path] of assetMap(paths, municipalityCode, version)) assets.set(name, contents.get(path)!);
  assets.set(zipName(municipalityCode, version), zipFiles(contents));
  assets.set(checksumsName, new TextEncoder().encode(sha256Sums(assets)));
  return assets;
};

export const command: Command = async (argv, io, report) => {
  const parsed = parseCommandLine(
    { args: argv, options: { dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true },
    io,
    usage,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`expected OUT_DIR, got ${positionals.length} argument(s)`);
  const out = resolve(positionals[0]!);
  const distDir = resolve(values.dist ?? join(root, 'dist'));
  if (!existsSync(distDir)) throw new UsageError(`--dist ${distDir} does not exist; run npm run build first`);
  if (existsSync(out) && readdirSync(out).length > 0) throw new UsageError(`OUT_DIR ${out} is not empty; give a new or empty folder`);

  const config = readConfig(report);
  const stated = readSnapshot(distDir).datasetVersion;
  if (stated && stated.version !== config.version) {
    report.error('release:stale-dist', { file: shownPath(join(distDir, stated.file)), line: 0 }, { stated: stated.version, configured: config.version });
    return 1;
  }
  const assets = releaseAssets(distDir, config.municipality.code, config.version);
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of assets) writeFileSync(join(out, name), bytes);
  io.err(`wrote ${assets.size} release assets for v${config.version} into ${relative(process.cwd(), out) || out}\n`);
  return 0;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
