// `npm run --silent release:previous-tag -- TAG...`: of the given release tags, prints the newest
// vX.Y.Z older than the configured version (the release to diff against), or nothing on a first
// release. Not simply GitHub's "latest": a patch to an older line must compare with its own line.
import { readConfig } from '../read/settings.ts';
import { isEntryPoint, runMain, type Command } from './cli-main.ts';
import { compareVersions, parseVersion, tagOf } from './version.ts';

export const usage = `usage: npm run --silent release:previous-tag -- [TAG...]
  TAG  the repository's published release tags (e.g. from gh release list)
prints the newest vX.Y.Z tag older than the version in dataset.config.json, or nothing; exit 0`;

export const previousTag = (tags: readonly string[], version: string): string | undefined => {
  const current = parseVersion(version)!;
  const older = tags.flatMap((t) => {
    const v = t.startsWith('v') ? parseVersion(t) : undefined;
    return v && compareVersions(v, current) < 0 ? [{ t, v }] : [];
  });
  return older.sort((a, b) => compareVersions(b.v, a.v))[0]?.t;
};

export const command: Command = async (argv, io, report) => {
  const { version } = readConfig(report);
  const tag = previousTag(argv, version);
  if (tag) io.out(`${tag}\n`);
  io.err(tag ? `previous release of ${tagOf(version)}: ${tag}\n` : 'no previous release\n');
  return 0;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
