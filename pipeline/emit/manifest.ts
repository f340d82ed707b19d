// The build manifest: the list of every file a build writes, written into the output beside them. It is
// how the CLI recognises a previous output of its own: a directory may be replaced only while it holds
// this manifest and nothing but the files the manifest lists. Deterministic (no time, no host, no PID),
// so the committed dist/ stays byte-identical to a fresh build.

/** Name of the manifest in the output directory (a dot file: it describes the folder, it is not data). */
export const MANIFEST = '.dataset-build.json';

/** What the manifest says wrote it; a manifest naming another generator is not ours. */
export const GENERATOR = 'yonezawa-plan-opendata build (npm run build)';

export interface Manifest {
  generator: string;
  /** Every file of the build, `/`-separated paths relative to the output directory, sorted; the manifest included. */
  files: string[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The manifest text for a build made of `paths` (the manifest's own name is added). */
export const toManifest = (paths: Iterable<string>): string => {
  const files = [...new Set([...paths, MANIFEST])].sort(byCodeUnit);
  const manifest = {
    $comment: `Written by ${GENERATOR}. The build replaces this folder only while it holds these files and nothing else; anything else in it makes the build stop and say so.`,
    generator: GENERATOR,
    files,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
};

/** The manifest in `text`, or undefined when it is not one of ours (any other JSON, or not JSON). */
export const parseManifest = (text: string): Manifest | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const m = value as Partial<Manifest> | null;
  if (typeof m !== 'object' || m === null || m.generator !== GENERATOR || !Array.isArray(m.files)) return undefined;
  if (!m.files.every((f) => typeof f === 'string' && f !== '' && !f.startsWith('/') && !f.split('/').some((part) => part === '' || part === '.' || part === '..'))) return undefined;
  return { generator: m.generator, files: m.files };
};
