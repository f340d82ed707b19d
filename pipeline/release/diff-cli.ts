// `npm run diff -- OLD_DIR NEW_DIR`: the data diff of two builds, as Markdown or JSON, and a check
// that NEW's version bump is at least what its changes need. Exit 0 ok, 1 bump too small
// (release:version-bump), 2 usage errors or a folder that is not a build (release:not-a-build), 3 I/O error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSnapshots, type DataDiff } from './diff.ts';
import { diffMarkdown } from './diff-markdown.ts';
import { isEntryPoint, okLine, parseCommandLine, runMain, shownPath, UsageError, type Command } from './cli-main.ts';
import { readBuild } from './read-build.ts';
import { judgeBump, type Verdict } from './verdict.ts';

export const usage = `usage: npm run diff -- OLD_DIR NEW_DIR [--format markdown|json] [--json FILE] [--markdown FILE]
  OLD_DIR, NEW_DIR  two builds (dist/ folders, or unpacked release zips)
  --format          what to print on stdout (default markdown)
  --json FILE       also write the JSON diff to FILE
  --markdown FILE   also write the Markdown diff to FILE
exit status: 0 the version bump covers the changes, 1 it does not, 2 usage errors or a folder that is not a build,
  3 I/O error`;

/** The JSON output: the diff and the verdict on its version bump. */
export type DiffReport = DataDiff & { verdict: Verdict };

export const command: Command = async (argv, io, report) => {
  const parsed = parseCommandLine(
    {
      args: argv,
      options: {
        format: { type: 'string', default: 'markdown' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    },
    io,
    usage,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) throw new UsageError(`expected OLD_DIR and NEW_DIR, got ${positionals.length} argument(s)`);
  if (values.format !== 'markdown' && values.format !== 'json') throw new UsageError(`--format must be markdown or json, not ${values.format}`);
  const newer = readBuild(positionals[1]!, 'NEW_DIR', report);
  const diff = diffSnapshots(readBuild(positionals[0]!, 'OLD_DIR', report), newer);
  const verdict = judgeBump(diff);
  const json = `${JSON.stringify({ ...diff, verdict } satisfies DiffReport, null, 2)}\n`;
  const markdown = diffMarkdown(diff, verdict);
  if (values.json) writeFileSync(values.json, json);
  if (values.markdown) writeFileSync(values.markdown, markdown);
  io.out(values.format === 'json' ? json : markdown);
  if (verdict.ok) {
    io.err(okLine({ ja: `版の上げ幅はデータの変更に足りる: ${verdict.message}`, en: verdict.message }));
    return 0;
  }
  report.error('release:version-bump', { file: shownPath(join(positionals[1]!, newer.datasetVersion!.file)), line: 0 }, { detail: verdict.message });
  return 1;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
