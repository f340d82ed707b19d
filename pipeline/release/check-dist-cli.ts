// `npm run release:check-dist -- [DIR]`, after `npm run build`: the fresh build must equal the committed
// one, so what CI tested and what a release publishes is exactly what was reviewed and committed. Any
// difference from HEAD under DIR (default dist/) fails: a changed, deleted or added file, a change only
// staged, and a file .gitignore hides (the release would publish it, yet it was never committed).
// Exit 0 equal, 1 different (each path and how it differs), 2 usage errors, 3 I/O error.
import { join } from 'node:path';
import { root } from '../paths.ts';
import { bilingual } from '../diagnostics.ts';
import { isEntryPoint, okLine, parseCommandLine, runMain, UsageError, type Command } from './cli-main.ts';
import { git, GitMissing, isWorkTree } from './git.ts';

export const usage = `usage: npm run release:check-dist -- [DIR]
  DIR  the build to compare with the last commit (default: dist)
exit status: 0 DIR equals the committed DIR, 1 it does not, 2 usage errors, 3 I/O error`;

export interface Difference {
  /** Relative to the repository's root, as git prints it. */
  path: string;
  how: 'changed' | 'deleted' | 'added' | 'not committed' | 'ignored by .gitignore';
}

/** One `git status --porcelain=v1` entry's two status letters (index, work tree) in words. */
const describe = (xy: string): Difference['how'] => {
  if (xy === '??') return 'not committed';
  if (xy === '!!') return 'ignored by .gitignore';
  if (xy.includes('D')) return 'deleted';
  if (xy[0] === 'A') return 'added';
  return 'changed'; // M, T (type), U (in conflict)
};

/** Every way DIR differs from HEAD, in git's order; empty when it is the committed DIR. */
export const differences = (dir: string): Difference[] => {
  const r = git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', '.']);
  if (r.status !== 0) throw new Error(`git status failed in ${dir}: ${r.stderr.trim()}`);
  const fields = r.stdout.split('\0').filter((f) => f.length > 0);
  return fields.map((f) => ({ path: f.slice(3), how: describe(f.slice(0, 2)) }));
};

export const command: Command = async (argv, io, report) => {
  const parsed = parseCommandLine({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }, io, usage);
  if (!parsed) return 0;
  const { positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one DIR, got ${positionals.length} arguments`);
  const dir = positionals[0] ?? join(root, 'dist');
  try {
    if (!isWorkTree(dir)) throw new UsageError(`${dir} is not a folder in a git work tree`);
  } catch (e) {
    if (e instanceof GitMissing) throw new UsageError(e.message);
    throw e;
  }
  const found = differences(dir);
  if (found.length === 0) {
    io.err(okLine({ ja: `${dir} は最後のコミットと同じ`, en: `${dir} equals its last commit` }));
    return 0;
  }
  for (const d of found) report.error('release:dist-not-committed', { file: d.path, line: 0 }, { how: d.how });
  io.err(
    `check failed: ${bilingual({
      ja: `新しいビルドの ${found.length} 個のファイルがコミットと違う。npm run build を実行し、dist/ をコミットする（CI とリリースはもう一度ビルドし、同じバイトを求める）`,
      en: `${found.length} file(s) of the fresh build differ from the commit: run npm run build, then commit dist/ (CI and a release build it again and require the same bytes)`,
    })}\n`,
  );
  return 1;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
