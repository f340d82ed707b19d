// Puts a build into its output directory so that a stopped build never costs the previous output, and
// nothing a stop (a kill, a power cut) leaves behind keeps the next build from finishing:
//   1. take the lock beside the output (one build at a time) and recover what a stopped build left;
//   2. write every file into a staging folder beside the output (manifest first), then fsync every file
//      and folder of it;
//   3. swap: a new or empty output is replaced by one rename; a previous output is renamed aside,
//      the staging folder renamed into place;
//   4. remove the previous output: renamed to a name only a removal uses, then emptied one entry at a
//      time with its manifest last, so that what a stop leaves is still recognisably the build's own and
//      the next build finishes the removal.
// A previous output that already holds exactly these files, byte for byte, is left as it is: nothing is
// written (a rebuild of unchanged sources costs no write, no fsync and no removal).
// Only between the two renames of step 3 is there no folder at the output's path; a build stopped
// there leaves the previous output complete beside it, and the next build puts it back first. Files
// are strings (UTF-8) or bytes.
import { basename, dirname, join } from 'node:path';
import { type BuiltContent, bytesOf, isSpilled, sizeOf } from '../file-content.ts';
import type { Message } from '../rules.ts';
import { sha256Hex } from '../sha256.ts';
import { MANIFEST, parseManifest } from '../manifest.ts';
import { asIoError, OutRefused } from './errors.ts';
import { nodeFs, type WriteFs } from './fs.ts';
import { acquireLock, type LockOptions } from './lock.ts';
import { inspectDir, REPORT, SUMS } from './ownership.ts';

/** The files of a build: held, or spilled (already on disk, in the build's spill folder: renamed into the new output). */
export type BuildFiles = ReadonlyMap<string, BuiltContent>;

/** The folders and files beside the output that the writer owns, named after it. */
export const sideNames = (dir: string) => ({
  staging: `${dir}.dataset-build-new`,
  previous: `${dir}.dataset-build-old`,
  removing: `${dir}.dataset-build-removing`,
  lock: `${dir}.dataset-build-lock`,
  /** Followed by the PID of the build that made it: the folder a build spills its site into while it runs (cli.ts). */
  spill: `${dir}.dataset-build-spill-`,
});

/** Points where a test may stop the writer as a kill would (see PLAN_TEST_STOP_AFTER in cli.ts). */
export type WriteStep = 'locked' | 'recovered' | 'staged' | 'moved-aside' | 'swapped';

export interface WriteOptions extends LockOptions {
  fs?: WriteFs;
  /** Called after each step; a test hook. */
  after?: (step: WriteStep) => void;
  /** What recovery did, one sentence each in Japanese and English (the CLI prints them). */
  note?: (message: Message) => void;
  /** The folder the build spilled files into (`sideNames(dir).spill` and its PID): removed once they are staged, or not wanted. */
  spillFolder?: string;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The manifest must list exactly the files written, or the next build would not recognise them. */
const checkManifest = (files: BuildFiles): void => {
  const text = files.get(MANIFEST);
  const manifest = typeof text === 'string' ? parseManifest(text) : undefined;
  if (!manifest) throw new Error(`the build has no ${MANIFEST}; the output could not be recognised later`);
  const listed = new Set(manifest.files);
  const unlisted = [...files.keys()].filter((p) => !listed.has(p));
  const missing = manifest.files.filter((p) => !files.has(p));
  if (unlisted.length || missing.length)
    throw new Error(`${MANIFEST} does not match the files built (unlisted: ${unlisted.join(', ') || '-'}; missing: ${missing.join(', ') || '-'})`);
};

/** What makes a folder recognisably the build's (ownership.ts): removed last, in this order, the manifest last of all. */
const marks = [REPORT, SUMS, MANIFEST];

/**
 * Removes a folder of the build's own one entry at a time: everything but its marks (deepest first), then
 * the marks, then the folder. Wherever it stops, what is left is still recognisably the build's (notOwn).
 */
const removeOwn = (dir: string, fs: WriteFs): void => {
  const empty = (folder: string, top: boolean): void => {
    for (const name of fs.readdir(folder).sort()) {
      const path = join(folder, name);
      if (fs.lstat(path)?.isDirectory()) {
        empty(path, false);
        fs.rmdir(path);
      } else if (!(top && marks.includes(name))) fs.unlink(path);
    }
  };
  empty(dir, true);
  for (const mark of marks) if (fs.lstat(join(dir, mark))) fs.unlink(join(dir, mark));
  fs.rmdir(dir);
};

/** Removes `path`, an output beside `dir` that was replaced: first renamed to the name only a removal uses, so that it is never put back half-removed. */
const removeReplaced = (path: string, dir: string, fs: WriteFs): void => {
  const { removing } = sideNames(dir);
  fs.rename(path, removing);
  removeOwn(removing, fs);
};

/**
 * Why `path`, a folder under one of the writer's names, is not the writer's to remove; undefined when it
 * is: absent, empty, a folder of the build's own, whole or partly removed (its manifest is still there:
 * removeOwn takes it last), or a folder holding nothing but files a build writes (`known`; what the CLI
 * of v2.0.0 left when stopped while removing an old output, its manifest already gone).
 */
const notOwn = (path: string, fs: WriteFs, known: ReadonlySet<string>, partialManifest = false): string | undefined => {
  const state = inspectDir(path, fs, { digests: false, partialManifest });
  if (state.state === 'absent' || state.state === 'empty' || state.state === 'ours') return undefined;
  if (state.state === 'foreign') return onlyKnownFiles(path, fs, known) ? undefined : state.why;
  return `is ${state.what}`;
};

/** Puts back or removes what a stopped build left beside `dir`. Runs under the lock. */
export const recover = async (
  dir: string,
  fs: WriteFs,
  note: (message: Message) => void = () => {},
  alive: (pid: number) => boolean = defaultAlive,
  known: ReadonlySet<string> = new Set(),
): Promise<void> => {
  const side = sideNames(dir);
  const ownOrRefuse = (path: string, partialManifest = false): void => {
    const why = notOwn(path, fs, known, partialManifest);
    if (why) throw new OutRefused(`${path} is in the way: it ${why}; move it elsewhere`);
  };
  if (fs.lstat(side.removing)) {
    ownOrRefuse(side.removing);
    removeOwn(side.removing, fs);
    note({
      ja: `止まったビルドが置き換えた出力 ${basename(side.removing)} の削除を終えた`,
      en: `finished removing ${basename(side.removing)}, the output a stopped build had replaced`,
    });
  }
  if (fs.lstat(side.previous)) {
    const whole = inspectDir(side.previous, fs, { digests: false }).state;
    if (!fs.lstat(dir) && (whole === 'ours' || whole === 'empty')) {
      fs.rename(side.previous, dir);
      await fs.sync([], [dirname(dir)]);
      note({
        ja: `入れ替えの途中で止まったビルドがあったので、前の出力を ${basename(side.previous)} から戻した`,
        en: `put back the previous output from ${basename(side.previous)}: a build was stopped while swapping it`,
      });
    } else {
      ownOrRefuse(side.previous);
      removeReplaced(side.previous, dir, fs);
      note({
        ja: `止まったビルドがすでに置き換えていた出力 ${basename(side.previous)} を削除した`,
        en: `removed ${basename(side.previous)}, the output a stopped build had already replaced`,
      });
    }
  }
  if (fs.lstat(side.staging)) {
    ownOrRefuse(side.staging, true);
    removeOwn(side.staging, fs);
    note({
      ja: `止まったビルドの書きかけの出力 ${basename(side.staging)} を削除した`,
      en: `removed ${basename(side.staging)}, the unfinished output of a stopped build`,
    });
  }
  // Drafts and moved-aside locks of lock takers that were killed (their PID in the name): regular files only.
  const lockName = basename(side.lock);
  for (const name of fs.readdir(dirname(dir))) {
    const m = name.startsWith(`${lockName}.`) ? /^\.(?:(\d+)\.new|stale-(\d+))$/.exec(name.slice(lockName.length)) : null;
    const path = join(dirname(dir), name);
    if (m && !alive(Number(m[1] ?? m[2])) && fs.lstat(path)?.isFile()) fs.unlink(path);
  }
  // Spill folders of builds that were killed (their PID in the name): files a build set aside, never published.
  const spillName = basename(side.spill);
  for (const name of fs.readdir(dirname(dir)).sort()) {
    const pid = name.startsWith(spillName) ? /^\d+$/.exec(name.slice(spillName.length))?.[0] : undefined;
    if (pid === undefined || alive(Number(pid))) continue;
    const path = join(dirname(dir), name);
    if (onlyKnownFiles(path, fs, known)) {
      removeOwn(path, fs);
      note({
        ja: `止まったビルドが途中で書き出していたフォルダ ${name} を削除した`,
        en: `removed ${name}, the files a stopped build had set aside while it ran`,
      });
    } else {
      note({
        ja: `${name} には手を付けなかった。止まったビルドが書き出すフォルダの名前だが、ビルドが書かないものを含む。中を確かめて自分で削除してください`,
        en: `left ${name} alone: it is named like the folder a stopped build set files aside in, but holds something no build writes; look at it and remove it yourself`,
      });
    }
  }
  recoverLegacy(dir, fs, note, known);
};

/**
 * What the CLI of v1.0.0 left when it was stopped: `DIR.old-<pid>-<ms>` (a complete previous output,
 * renamed aside) and `DIR.tmp-<pid>-<ms>` (a new output, maybe unfinished). An old output is put back
 * when DIR is missing, else removed; an unfinished one is removed when every file in it is a file a
 * build writes (`known`). Anything else there is left alone, and said.
 */
const recoverLegacy = (dir: string, fs: WriteFs, note: (message: Message) => void, known: ReadonlySet<string>): void => {
  const parent = dirname(dir);
  const prefix = `${basename(dir)}.`;
  for (const name of fs.readdir(parent).sort()) {
    const kind = name.startsWith(prefix) ? /^(old|tmp)-\d+-\d+$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (!kind) continue;
    const path = join(parent, name);
    if (kind === 'old' && inspectDir(path, fs).state === 'ours') {
      if (!fs.lstat(dir)) {
        fs.rename(path, dir);
        note({
          ja: `以前の版のビルドが止まって残した ${name} から前の出力を戻した`,
          en: `put back the previous output from ${name}, left by an earlier version of the build that was stopped`,
        });
      } else {
        removeReplaced(path, dir, fs);
        note({
          ja: `以前の版のビルドがすでに置き換えていた出力 ${name} を削除した`,
          en: `removed ${name}, an output an earlier version of the build had already replaced`,
        });
      }
    } else if (kind === 'tmp' && onlyKnownFiles(path, fs, known)) {
      removeOwn(path, fs);
      note({ ja: `以前の版のビルドの書きかけの出力 ${name} を削除した`, en: `removed ${name}, the unfinished output of an earlier version of the build` });
    } else {
      note({
        ja: `${name} には手を付けなかった。以前の版のビルドの残りのような名前だが、ビルドが書いていないもの（または変更されたファイル）を含む。中を確かめて自分で削除してください`,
        en: `left ${name} alone: it is named like a leftover of an earlier version of the build, but holds something no build wrote (or a changed file); look at it and remove it yourself`,
      });
    }
  }
};

/** Every entry under `path` is a regular file whose relative path is in `known` (or a folder on the way to one). */
const onlyKnownFiles = (path: string, fs: WriteFs, known: ReadonlySet<string>): boolean => {
  const stat = fs.lstat(path);
  if (!stat?.isDirectory()) return false;
  const visit = (prefix: string): boolean =>
    fs.readdir(prefix ? join(path, prefix) : path).every((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      const s = fs.lstat(join(path, rel));
      return s?.isDirectory() ? visit(rel) : s?.isFile() === true && known.has(rel);
    });
  return visit('');
};

const defaultAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * `dir` (a previous output of this build, checked) holds exactly `files`: the same paths, the same bytes.
 * An output of v1.0.0, recognised by its SHA256SUMS, has no manifest: it never holds a build of today's.
 */
const holdsExactly = (dir: string, files: BuildFiles, fs: WriteFs): boolean => {
  // Read no more than the new manifest's size: a larger one cannot be the same.
  const listed = files.get(MANIFEST);
  const text = fs.readFile(join(dir, MANIFEST), listed === undefined ? 0 : sizeOf(listed));
  const manifest = text === undefined ? undefined : parseManifest(text);
  if (!manifest || manifest.files.length !== files.size || !manifest.files.every((p) => files.has(p))) return false;
  for (const [path, content] of files) {
    const stat = fs.lstat(join(dir, path));
    if (!stat?.isFile() || stat.size !== sizeOf(content)) return false;
    if (isSpilled(content)) {
      // Not held: the same bytes are the same SHA-256.
      if (sha256Hex(fs.readBytes(join(dir, path))) !== content.facts.sha256) return false;
      continue;
    }
    const bytes = bytesOf(content);
    if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(fs.readBytes(join(dir, path)))) return false;
  }
  return true;
};

/**
 * Writes `files` into the staging folder (just made, empty): the manifest first, so a stopped write is
 * recognisable; a spilled file is renamed in from the build's spill folder (beside the output: the same file
 * system); then fsyncs every file and every folder, so the swap never makes a file the output whose bytes or name
 * a power cut could still lose.
 */
const stage = async (staging: string, files: BuildFiles, fs: WriteFs): Promise<void> => {
  const paths = [MANIFEST, ...[...files.keys()].filter((p) => p !== MANIFEST).sort(byCodeUnit)];
  const folders = new Set<string>([staging]);
  const folder = (path: string): void => {
    if (folders.has(path)) return;
    folder(dirname(path));
    fs.mkdir(path);
    folders.add(path);
  };
  for (const path of paths) {
    const target = join(staging, path);
    folder(dirname(target));
    const content = files.get(path)!;
    if (isSpilled(content)) fs.rename(content.spilledTo, target);
    else fs.writeFile(target, content);
  }
  await fs.sync(
    paths.map((p) => join(staging, p)),
    [...folders],
  );
};

/**
 * Replaces `dir` (absent, empty, or a previous output of this build; checked again under the lock) by
 * `files`; 'unchanged' when it already held exactly them and nothing was written. Throws OutRefused,
 * OutBusy, or IoError naming the path and the OS error; after any of them the previous output is still
 * in place.
 */
export const writeOutput = async (dir: string, files: BuildFiles, options: WriteOptions = {}): Promise<'written' | 'unchanged'> => {
  const fs = options.fs ?? nodeFs;
  const after = options.after ?? (() => {});
  const side = sideNames(dir);
  checkManifest(files);
  let lock: Awaited<ReturnType<typeof acquireLock>> | undefined;
  const releaseLock = (): void => {
    try {
      lock?.release();
    } catch {
      // a lock that cannot be removed is stale once this process ends; the next build takes it over
    }
  };
  let staged = false;
  let replaced = false;
  /** The build's spill folder, once its files are staged or not wanted: it is the build's own (cli.ts made it). */
  const removeSpill = (): void => {
    if (options.spillFolder !== undefined && fs.lstat(options.spillFolder)) removeOwn(options.spillFolder, fs);
  };
  try {
    fs.mkdir(dirname(dir), true);
    lock = await acquireLock(side.lock, fs, options);
    after('locked');
    await recover(dir, fs, options.note, options.alive, new Set(files.keys()));
    after('recovered');
    const state = inspectDir(dir, fs);
    if (state.state === 'foreign') throw new OutRefused(`${dir} ${state.why}`);
    if (state.state === 'not-a-directory') throw new OutRefused(`${dir} is ${state.what}, not a directory`);
    if (state.state === 'ours' && holdsExactly(dir, files, fs)) {
      removeSpill();
      releaseLock();
      return 'unchanged';
    }
    fs.mkdir(side.staging); // not -p: fails when anything has appeared there since recover()
    staged = true;
    await stage(side.staging, files, fs);
    removeSpill();
    after('staged');
    replaced = state.state === 'ours';
    if (replaced) {
      fs.rename(dir, side.previous);
      after('moved-aside');
      try {
        fs.rename(side.staging, dir);
      } catch (e) {
        fs.rename(side.previous, dir); // put the previous output back before saying what failed
        throw e;
      }
    } else {
      // Absent, or an empty folder: rename replaces an empty directory in one step.
      fs.rename(side.staging, dir);
    }
    staged = false;
  } catch (e) {
    if (staged) {
      try {
        removeOwn(side.staging, fs);
      } catch {
        // the next build removes it (recover)
      }
    }
    try {
      removeSpill();
    } catch {
      // the next build removes it (recover)
    }
    releaseLock();
    throw asIoError(e, dir);
  }
  // The new output is in place: what follows cannot fail the build, only leave work for the next one.
  const note = options.note ?? (() => {});
  try {
    await fs.sync([], [dirname(dir)]);
    after('swapped');
    if (replaced) removeReplaced(side.previous, dir, fs);
  } catch (e) {
    const err = asIoError(e, side.previous);
    const why = err instanceof Error ? err.message : String(err);
    note({
      ja: `新しい出力は置いたが、置き換えた前の出力を削除できなかった（${why}）。次のビルドが削除する`,
      en: `the new output is in place, but the output it replaced could not be removed (${why}); the next build removes it`,
    });
  } finally {
    releaseLock();
  }
  return 'written';
};
