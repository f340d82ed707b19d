// The build manifest: the list of every file a build writes, written into the output beside them. It is
// how the CLI recognises a previous output of its own: a directory may be replaced only while it holds
// this manifest and nothing but the files the manifest lists. Plain text, one path a line (like
// SHA256SUMS, it describes the folder; it is not data, so it has no JSON Schema). Deterministic: no
// time, no host, no PID, so the committed dist/ stays byte-identical to a fresh build.

/** Name of the manifest in the output directory (a dot file: it describes the folder). */
export const MANIFEST = '.dataset-build';

/** The first line, which says what wrote the file; a file starting otherwise is not ours. */
const HEADER = '# yonezawa-plan-opendata: the files of this build (npm run build), one a line.';
const NOTE = '# The build replaces this folder only while it holds these files, unchanged (SHA256SUMS), and nothing else.';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The manifest text for a build made of `paths` (the manifest's own name is added). */
export const toManifest = (paths: Iterable<string>): string =>
  [HEADER, NOTE, ...[...new Set([...paths, MANIFEST])].sort(byCodeUnit)].map((l) => `${l}\n`).join('');

const isRelativePath = (p: string): boolean => p !== '' && !p.startsWith('/') && !p.split('/').some((part) => part === '' || part === '.' || part === '..');

/** The files a manifest lists, or undefined when `text` is not a manifest of this build. */
export const parseManifest = (text: string): { files: string[] } | undefined => {
  const lines = text.split('\n');
  if (lines[0] !== HEADER || lines[lines.length - 1] !== '') return undefined;
  const files = lines.slice(1, -1).filter((l) => !l.startsWith('#'));
  return files.every(isRelativePath) ? { files } : undefined;
};
