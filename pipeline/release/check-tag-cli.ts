// `npm run release:check-tag -- TAG`: the release workflow's first gate. A tag publishes exactly the
// configured dataset version, so `v1.2.3` passes only when dataset.config.json says 1.2.3.
// Exit 0 it does, 1 it does not (release:tag-version, at the version in dataset.config.json), 2 usage errors.
import { readFileSync } from 'node:fs';
import { paths } from '../paths.ts';
import { placeOfKey } from '../read/json-place.ts';
import { readConfig } from '../read/settings.ts';
import { isEntryPoint, okLine, runMain, shownPath, UsageError, type Command } from './cli-main.ts';
import { parseVersion, tagOf } from './version.ts';

export const usage = `usage: npm run release:check-tag -- TAG
  TAG  the git tag being released, e.g. v1.2.3 (in GitHub Actions: "$GITHUB_REF_NAME")
exit status: 0 the tag is the configured version, 1 it is not, 2 usage errors`;

/** Undefined when the tag publishes the version; else what is wrong. */
export const tagProblem = (tag: string, version: string): string | undefined => {
  if (!/^v/.test(tag) || !parseVersion(tag)) return `tag ${tag} is not of the form vMAJOR.MINOR.PATCH`;
  if (tag !== tagOf(version))
    return `tag ${tag} does not match the dataset version ${version} in dataset.config.json; tag ${tagOf(version)}, or set "version" to ${tag.slice(1)} and commit first`;
  return undefined;
};

export const command: Command = async (argv, io, report) => {
  if (argv.length !== 1 || argv[0]!.startsWith('-')) throw new UsageError(`expected one TAG, got ${argv.length} argument(s)`);
  const { version } = readConfig(report);
  const problem = tagProblem(argv[0]!, version);
  if (!problem) {
    io.err(okLine({ ja: `タグ ${argv[0]} はデータセットの版 ${version} のもの`, en: `tag ${argv[0]} is dataset version ${version}` }));
    return 0;
  }
  report.error('release:tag-version', { file: shownPath(paths.config), ...placeOfKey(readFileSync(paths.config, 'utf8'), ['version']) }, { detail: problem });
  return 1;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
