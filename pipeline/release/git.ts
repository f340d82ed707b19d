// The release checks' one door to git: run a git command in a repository and get its status and output.
// No shell, so a ref or path is never interpreted; a missing git is reported, not thrown as a stack.
import { spawnSync } from 'node:child_process';

export interface GitResult {
  status: number;
  stdout: string;
  stderr: string;
}

export class GitMissing extends Error {}

/** `git -C repo args…`: never throws for a failing command, only when git itself cannot be run. */
export const git = (repo: string, args: readonly string[]): GitResult => {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new GitMissing(`cannot run git: ${r.error.message}`);
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
};

/** The full commit id a revision names, or undefined when it names no commit here. */
export const commitOf = (repo: string, revision: string): string | undefined => {
  const r = git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  return r.status === 0 ? r.stdout.trim() : undefined;
};

export const isWorkTree = (repo: string): boolean => git(repo, ['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';
