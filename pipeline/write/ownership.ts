// Whose a directory is. The build replaces a directory only when it is absent, empty, or a previous
// output of its own: every entry is a file its manifest lists (or, for builds older than the manifest,
// its SHA256SUMS lists next to a quality-report.json), and every file is unchanged since the build wrote
// it (its SHA-256 is the one SHA256SUMS states). Anything else — a file of the user's, an edited file, a
// symbolic link, a folder holding .git — makes the directory foreign.
import { join } from 'node:path';
import { MANIFEST, parseManifest } from '../manifest.ts';
import { parseSha256Sums, sha256Hex } from '../sha256.ts';
import type { WriteFs } from './fs.ts';

export type DirState =
  | { state: 'absent' }
  | { state: 'not-a-directory'; what: string }
  | { state: 'empty' }
  | { state: 'ours' }
  | { state: 'foreign'; why: string };

export const SUMS = 'SHA256SUMS';
export const REPORT = 'quality-report.json';
/** The manifest, SHA256SUMS and the quality report are read only up to this size; a larger one is not ours. */
const MARK_MAX_BYTES = 64 * 1024 * 1024;

const examples = (paths: string[]): string => {
  const shown = paths.slice(0, 5).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
};

export const kindOf = (stat: NonNullable<ReturnType<WriteFs['lstat']>>): string =>
  stat.isFile()
    ? 'a file'
    : stat.isSymbolicLink()
      ? 'a symbolic link'
      : stat.isFIFO()
        ? 'a FIFO'
        : stat.isSocket()
          ? 'a socket'
          : stat.isCharacterDevice() || stat.isBlockDevice()
            ? 'a device'
            : 'not a directory';

/** Relative paths of the regular files under `dir`, and the entries that are neither such files nor folders on the way to a listed one. */
const walk = (dir: string, listed: ReadonlySet<string>, fs: WriteFs): { files: string[]; strangers: string[] } => {
  const folders = new Set<string>();
  for (const f of listed) for (let i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i));
  const files: string[] = [];
  const strangers: string[] = [];
  const visit = (prefix: string): void => {
    for (const name of fs.readdir(prefix ? join(dir, prefix) : dir).sort()) {
      const rel = prefix ? `${prefix}/${name}` : name;
      const stat = fs.lstat(join(dir, rel));
      if (stat?.isDirectory() && folders.has(rel)) visit(rel);
      else if (stat?.isFile() && listed.has(rel)) files.push(rel);
      else strangers.push(stat?.isDirectory() ? `${rel}/` : rel);
    }
  };
  visit('');
  return { files, strangers };
};

/** SHA256SUMS as path → digest, or undefined when the text is not in `sha256sum` format. */
const parseSums = (text: string): Map<string, string> | undefined => {
  try {
    return parseSha256Sums(text);
  } catch {
    return undefined;
  }
};

/** A quality report of this pipeline (the mark of a build made before the manifest existed). */
const isOurReport = (text: string): boolean => {
  try {
    const r = JSON.parse(text) as Record<string, unknown>;
    return (
      typeof r.datasetVersion === 'string' &&
      typeof (r.source as { sha256?: unknown } | null)?.sha256 === 'string' &&
      Array.isArray(r.entries) &&
      typeof r.summary === 'object'
    );
  } catch {
    return false;
  }
};

export interface InspectOptions {
  /** Check every file against SHA256SUMS (default). The writer's own side folders are checked by name only. */
  digests?: boolean;
  /** Accept a folder holding only an unreadable manifest: a write stopped while writing it. */
  partialManifest?: boolean;
}

/** What `dir` is, from the build's point of view. Reads, never writes. */
export const inspectDir = (dir: string, fs: WriteFs, options: InspectOptions = {}): DirState => {
  const stat = fs.lstat(dir);
  if (!stat) return { state: 'absent' };
  if (!stat.isDirectory()) return { state: 'not-a-directory', what: kindOf(stat) };
  const names = fs.readdir(dir).sort();
  if (names.length === 0) return { state: 'empty' };
  if (fs.lstat(join(dir, '.git'))) return { state: 'foreign', why: 'holds .git (a repository)' };
  const isFile = (name: string): boolean => fs.lstat(join(dir, name))?.isFile() === true;
  const read = (name: string): string | undefined => (isFile(name) ? fs.readFile(join(dir, name), MARK_MAX_BYTES) : undefined);
  const manifestText = read(MANIFEST);
  const manifest = manifestText === undefined ? undefined : parseManifest(manifestText);
  const sumsText = read(SUMS);
  const sums = sumsText === undefined ? undefined : parseSums(sumsText);
  let listed: Set<string>;
  if (manifest) listed = new Set(manifest.files);
  else if (options.partialManifest && names.length === 1 && names[0] === MANIFEST && isFile(MANIFEST)) return { state: 'ours' };
  else if (sums?.has(REPORT) && isOurReport(read(REPORT) ?? '')) listed = new Set([...sums.keys(), SUMS]);
  else return { state: 'foreign', why: `is not empty and is not an output of this build (it has no ${MANIFEST}): it holds ${examples(names)}` };

  const { files, strangers } = walk(dir, listed, fs);
  if (strangers.length > 0) {
    const n = strangers.length;
    return {
      state: 'foreign',
      why: `holds ${n} ${n === 1 ? 'entry' : 'entries'} that no build wrote (${examples(strangers)}); move ${n === 1 ? 'it' : 'them'} elsewhere first`,
    };
  }
  if (options.digests === false) return { state: 'ours' };
  if (!sums)
    return { state: 'foreign', why: `has lost its ${SUMS}, so the build cannot tell whether its files were changed by hand; restore it or remove the folder` };
  const changed = files.filter((f) => f !== SUMS && sums.get(f) !== sha256Hex(fs.readBytes(join(dir, f))));
  if (changed.length > 0) {
    const n = changed.length;
    return {
      state: 'foreign',
      why: `holds ${n} ${n === 1 ? 'file' : 'files'} changed since the build wrote ${n === 1 ? 'it' : 'them'} (${examples(changed)}: not the SHA-256 in ${SUMS}); move ${n === 1 ? 'it' : 'them'} elsewhere or restore ${n === 1 ? 'it' : 'them'} first`,
    };
  }
  return { state: 'ours' };
};
