// SemVer for data: parsing versions, naming the bump between two of them, and reading the one
// configured version. The version lives only in dataset.config.json; everything else reads it here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Config } from '../config.ts';

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** How big a change is, smallest first, so bumps compare by index. */
export const bumpOrder = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof bumpOrder)[number];

export const bumpRank = (bump: Bump): number => bumpOrder.indexOf(bump);
export const largerBump = (a: Bump, b: Bump): Bump => (bumpRank(a) >= bumpRank(b) ? a : b);

const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `1.2.3` (an optional leading `v`, as in a tag) → its parts; undefined when not MAJOR.MINOR.PATCH. */
export const parseVersion = (text: string): Version | undefined => {
  const m = semver.exec(text.startsWith('v') ? text.slice(1) : text);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
};

/** Negative when `a` is older than `b`, 0 when equal, positive when newer. */
export const compareVersions = (a: Version, b: Version): number => a.major - b.major || a.minor - b.minor || a.patch - b.patch;

/**
 * The bump that leads from `from` to `to`: 'none' when equal, 'downgrade' when `to` is older.
 * A change of MAJOR is a major bump whatever happens to MINOR and PATCH, and so on down.
 */
export const bumpBetween = (from: Version, to: Version): Bump | 'downgrade' => {
  const parts = ['major', 'minor', 'patch'] as const;
  for (const p of parts) {
    if (to[p] > from[p]) return p;
    if (to[p] < from[p]) return 'downgrade';
  }
  return 'none';
};

/** The dataset settings of a checkout, checked by the same zod schema the build uses. */
export const readConfig = (root: string): Config => Config.parse(JSON.parse(readFileSync(join(root, 'dataset.config.json'), 'utf8')));

/** The configured dataset version, read from the one file that holds it. */
export const configuredVersion = (root: string): string => readConfig(root).version;

/** The git tag that publishes a version. */
export const tagOf = (version: string): string => `v${version}`;
