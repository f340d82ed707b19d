// `npm run release:check-on-main -- [COMMIT] [--main REF] [--repo DIR]`: the release workflow's gate
// against publishing from a side branch. A tag publishes only a commit that is on main: COMMIT (default
// HEAD, the tag the workflow checked out) must be MAIN (default origin/main) or one of its ancestors.
// It needs main's history: the workflow checks out with fetch-depth 0. In a shallow clone a commit that
// is not found on main may be beyond the fetched depth, so that is "cannot tell" (exit 2), never a pass.
// Exit 0 on main, 1 not on main (release:not-on-main), 2 usage errors or the history cannot tell
// (release:history-unknown).
import { root } from '../paths.ts';
import { isEntryPoint, okLine, parseCommandLine, runMain, shownPath, UsageError, type Command } from './cli-main.ts';
import { commitOf, git, GitMissing, isWorkTree } from './git.ts';

export const usage = `usage: npm run release:check-on-main -- [COMMIT] [--main REF] [--repo DIR]
  COMMIT      the commit to release (default HEAD: what the release workflow checked out for the tag)
  --main REF  the main branch as fetched (default origin/main)
  --repo DIR  the git repository (default: this project)
exit status: 0 COMMIT is on main, 1 it is not, 2 usage errors or a history too shallow to tell`;

export type OnMain = { status: 0 | 1 | 2; message: string };

/** Whether `commit` is `main` or an ancestor of it, in the repository at `repo`. */
export const onMain = (repo: string, commit: string, main: string): OnMain => {
  const c = commitOf(repo, commit);
  if (!c) return { status: 2, message: isWorkTree(repo) ? `${commit} names no commit in ${repo}` : `${repo} is not a git work tree` };
  const m = commitOf(repo, main);
  if (!m)
    return { status: 2, message: `${main} names no commit in ${repo}: fetch main first (actions/checkout with fetch-depth: 0, or git fetch origin main)` };
  const short = c.slice(0, 12);
  const ancestry = git(repo, ['merge-base', '--is-ancestor', c, m]);
  if (ancestry.status === 0) return { status: 0, message: `commit ${short} (${commit}) is on ${main} (${m.slice(0, 12)})` };
  if (ancestry.status !== 1) return { status: 2, message: `git merge-base failed: ${ancestry.stderr.trim()}` };
  if (git(repo, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true') {
    return {
      status: 2,
      message: `commit ${short} (${commit}) is not within the fetched history of ${main}, and the clone is shallow: fetch main's whole history (actions/checkout with fetch-depth: 0) to tell`,
    };
  }
  return {
    status: 1,
    message: `commit ${short} (${commit}) is not on ${main}: a release is made only from main; merge the change into main, then tag the merged commit (move the tag: git push --delete origin TAG, git tag -f TAG <commit on main>)`,
  };
};

export const command: Command = async (argv, io, report) => {
  const parsed = parseCommandLine(
    {
      args: argv,
      options: { main: { type: 'string', default: 'origin/main' }, repo: { type: 'string', default: root }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    },
    io,
    usage,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one COMMIT, got ${positionals.length} arguments`);
  let result: OnMain;
  try {
    result = onMain(values.repo, positionals[0] ?? 'HEAD', values.main);
  } catch (e) {
    if (!(e instanceof GitMissing)) throw e;
    result = { status: 2, message: e.message };
  }
  if (result.status === 0) io.err(okLine({ ja: `リリースするコミットは main にある: ${result.message}`, en: result.message }));
  else
    report.error(
      result.status === 1 ? 'release:not-on-main' : 'release:history-unknown',
      { file: shownPath(values.repo), line: 0 },
      { detail: result.message },
    );
  return result.status;
};

if (isEntryPoint(import.meta.url)) await runMain(command, usage);
