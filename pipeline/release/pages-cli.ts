// `npm run release:pages -- --out DIR [--dist DIR] [--previous DIR]`: writes the GitHub Pages tree —
// this build at data/vX.Y.Z/ and data/latest/, every earlier release at its own data/vX.Y.Z/, a root
// index.html to the newest site. --previous holds earlier releases' unzipped dist/ trees, one folder
// per version named vX.Y.Z (as the release workflow unzips them). Each build must state the version
// its folder names, and be exactly the files its SHA256SUMS lists, with their hashes: no symbolic link
// (it would publish what it points to), nothing unlisted. Exit 0 written, 1 a build does not match its
// version (release:pages-version) or its SHA256SUMS (release:pages-unlisted), 2 usage errors or a folder
// that is not a build (a symbolic link in it), 3 I/O error.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { root } from '../paths.ts';
import { readConfig, readSourceInfo } from '../read/settings.ts';
import type { Reporter } from '../diagnostics.ts';
import { isEntryPoint, parseCommandLine, runMain, shownPath, UsageError, type Command } from './cli-main.ts';
import { pagesTree, type Build } from './github-pages.ts';
import { checksumsName } from './assets.ts';
import { readSnapshot } from './snapshot.ts';
import { parseSha256Sums, sha256Hex } from '../sha256.ts';
import { parseVersion } from './version.ts';

export const usage = `usage: npm run release:pages -- --out DIR [--dist DIR] [--previous DIR]
  --out DIR       where to write the Pages tree (must be absent or empty)
  --dist DIR      the build of this release (default: dist)
  --previous DIR  earlier releases, each unzipped into DIR/vX.Y.Z/ (default: none)
exit status: 0 written, 1 a build does not state the version of its folder or is not exactly the files its
  SHA256SUMS lists, 2 usage errors or a folder that is not a build (a symbolic link in it), 3 I/O error`;

/** The build in `dir`, published as `version`; undefined (and an error reported) when it states another, or is not what its SHA256SUMS lists. */
const readBuild = (dir: string, version: string, report: Reporter): Build | undefined => {
  const snapshot = readSnapshot(dir);
  const stated = snapshot.datasetVersion;
  if (!stated) {
    report.error('release:pages-version', { file: shownPath(dir), line: 0 }, { noVersion: true });
    return undefined;
  }
  if (stated.version !== version) {
    report.error('release:pages-version', { file: shownPath(join(dir, stated.file)), line: 0 }, { stated: stated.version, published: version });
    return undefined;
  }
  const files = new Map(snapshot.files.map((p) => [p, new Uint8Array(readFileSync(join(dir, p)))]));
  const unlisted = unlistedFiles(files);
  if (unlisted.length > 0) {
    report.error('release:pages-unlisted', { file: shownPath(join(dir, checksumsName)), line: 0 }, { unlisted: unlisted.join('; '), version });
    return undefined;
  }
  return { version, files };
};

/**
 * What keeps a build from being exactly the files its SHA256SUMS lists, with their hashes (its zip as
 * published: an earlier release's folder may hold nothing else). Empty when nothing does.
 */
export const unlistedFiles = (files: ReadonlyMap<string, Uint8Array>): string[] => {
  const text = files.get(checksumsName);
  if (text === undefined) return [`no ${checksumsName}`];
  let listed: Map<string, string>;
  try {
    listed = parseSha256Sums(new TextDecoder().decode(text));
  } catch (e) {
    return [`${checksumsName} is not sha256sum's format (${(e as Error).message})`];
  }
  const problems: string[] = [];
  for (const [path, bytes] of files) {
    if (path === checksumsName) continue;
    const hash = listed.get(path);
    if (hash === undefined) problems.push(`${path} is not listed`);
    else if (hash !== sha256Hex(bytes)) problems.push(`${path} does not have its listed SHA-256`);
  }
  for (const path of listed.keys()) if (!files.has(path)) problems.push(`${path} is listed but missing`);
  return problems;
};

export const command: Command = async (argv, io, report) => {
  const parsed = parseCommandLine(
    {
      args: argv,
      options: { out: { type: 'string' }, dist: { type: 'string' }, previous: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    },
    io,
    usage,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  if (!values.out) throw new UsageError('--out DIR is required');
  const out = resolve(values.out);
  const distDir = resolve(values.dist ?? join(root, 'dist'));
  if (!existsSync(distDir)) throw new UsageError(`--dist ${distDir} does not exist; run npm run build first`);
  if (existsSync(out) && readdirSync(out).length > 0) throw new UsageError(`--out ${out} is not empty; give a new or empty folder`);
  const config = readConfig(report);
  const previousDir = values.previous === undefined ? undefined : resolve(values.previous);
  if (previousDir !== undefined && !existsSync(previousDir)) throw new UsageError(`--previous ${previousDir} does not exist`);
  const previous =
    previousDir === undefined
      ? []
      : readdirSync(previousDir)
          .filter((n) => !lstatSync(join(previousDir, n)).isFile())
          .sort();
  for (const name of previous) {
    // A link would publish whatever it points to (lstat: never followed).
    if (!lstatSync(join(previousDir!, name)).isDirectory())
      throw new UsageError(`--previous holds ${name}, which is not a folder (a symbolic link?); nothing is published from it`);
    if (!name.startsWith('v') || !parseVersion(name)) throw new UsageError(`--previous holds ${name}: every folder must be named vX.Y.Z`);
    if (name === `v${config.version}`) throw new UsageError(`--previous holds ${name}, the version of this build; a published version is never replaced`);
  }
  const read = [readBuild(distDir, config.version, report), ...previous.map((name) => readBuild(join(previousDir!, name), name.slice(1), report))];
  const builds = read.filter((b): b is Build => b !== undefined);
  if (builds.length < read.length) return 1;
  const source = readSourceInfo(report);
  const tree = pagesTree(builds, `${source.title} オープンデータ`);
  for (const [path, bytes] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
  }
  io.err(`wrote the Pages tree of ${builds.length} version(s) (${tree.size} files) into ${relative(process.cwd(), out) || out}\n`);
  return 0;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
