// SemVer for data: parsing versions and naming the bump between two of them. The version lives only in
// dataset.config.json (read by pipeline/read/settings.ts); what a version may be is ../semver.ts's.
import { parseVersion as parseReleaseVersion, type Version } from '../semver.ts';

export type { Version };

/** How big a change is, smallest first, so bumps compare by index. */
export const bumpOrder = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof bumpOrder)[number];

export const bumpRank = (bump: Bump): number => bumpOrder.indexOf(bump);
export const largerBump = (a: Bump, b: Bump): Bump => (bumpRank(a) >= bumpRank(b) ? a : b);

/** `1.2.3` (an optional leading `v`, as in a tag) → its parts; undefined when not a release version MAJOR.MINOR.PATCH. */
export const parseVersion = (text: string): Version | undefined => parseReleaseVersion(text.startsWith('v') ? text.slice(1) : text);

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

/** The git tag that publishes a version. */
export const tagOf = (version: string): string => `v${version}`;
