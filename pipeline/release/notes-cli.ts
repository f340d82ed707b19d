// `npm run release:notes -- [--previous DIR] [--out FILE]`: the release notes of the configured version —
// its CHANGELOG entry, the data diff of dist/ against the previous release's build in DIR (absent on a
// first release) and the download links. Exit 0 written, 1 no CHANGELOG entry, 2 usage errors or a previous
// release that is not a build, 3 I/O error.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyEnvironment } from '../config.ts';
import { root } from '../paths.ts';
import { readConfig } from '../read/settings.ts';
import { changelogEntry } from './changelog.ts';
import { isEntryPoint, parseCommandLine, runMain, type Command } from './cli-main.ts';
import { readBuild } from './read-build.ts';
import { diffMarkdown } from './diff-markdown.ts';
import { diffSnapshots } from './diff.ts';
import { releaseNotes } from './notes.ts';
import { judgeBump } from './verdict.ts';

export const usage = `usage: npm run release:notes -- [--previous DIR] [--dist DIR] [--out FILE]
  --previous DIR  the previous release's build (its zip unpacked); leave out for a first release
  --dist DIR      the build being released (default: dist)
  --out FILE      write the notes to FILE (default: stdout)
exit status: 0 written, 1 CHANGELOG.md has no entry for the version, 2 usage errors or a folder that is not
  a build, 3 I/O error`;

export const command: Command = async (argv, io, report) => {
  const parsed = parseCommandLine(
    {
      args: argv,
      options: { previous: { type: 'string' }, dist: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    },
    io,
    usage,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  // The workflow sets DATASET_DOWNLOAD_BASE_URL to the repository it publishes from.
  const config = applyEnvironment(readConfig(report), io.env, report);
  const entry = changelogEntry(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), config.version);
  if (!entry) {
    report.error('release:changelog-entry', { file: 'CHANGELOG.md', line: 0 }, { version: config.version });
    return 1;
  }
  let diff: string | undefined;
  if (values.previous !== undefined) {
    const d = diffSnapshots(readBuild(resolve(values.previous), '--previous', report), readBuild(resolve(values.dist ?? join(root, 'dist')), '--dist', report));
    diff = diffMarkdown(d, judgeBump(d));
  }
  const notes = releaseNotes({
    version: config.version,
    municipalityCode: config.municipality.code,
    downloadBaseUrl: config.downloadBaseUrl,
    entry,
    ...(diff ? { diff } : {}),
  });
  if (values.out) writeFileSync(values.out, notes);
  else io.out(notes);
  return 0;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
