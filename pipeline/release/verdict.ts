// Whether a release's version bump is large enough for its data diff. The new build states its
// version (read from dataset.config.json when it was built), the old build states its own.
import type { DataDiff } from './diff.ts';
import { bumpBetween, bumpRank, parseVersion, type Bump } from './version.ts';

export interface Verdict {
  ok: boolean;
  required: Bump;
  /** The bump from the old build's version to the new one's. */
  configured: Bump | 'downgrade';
  message: string;
}

const label = (b: Bump | 'downgrade'): string => (b === 'none' ? 'no bump' : b.toUpperCase());

export const judgeBump = (diff: DataDiff): Verdict => {
  const from = parseVersion(diff.old.version ?? '');
  const to = parseVersion(diff.new.version ?? '');
  if (!from || !to) throw new Error(`cannot read the dataset versions (old ${diff.old.version ?? 'none'}, new ${diff.new.version ?? 'none'})`);
  const required = diff.requiredBump;
  const configured = bumpBetween(from, to);
  const step = `${diff.old.version} → ${diff.new.version}`;
  const why = diff.reasons.find((r) => r.bump === required)?.text;
  if (configured === 'downgrade')
    return { ok: false, required, configured, message: `the version goes backwards (${step}); set "version" in dataset.config.json above ${diff.old.version}` };
  if (bumpRank(configured) < bumpRank(required))
    return {
      ok: false,
      required,
      configured,
      message: `the data needs a ${label(required)} bump (${why}), but the version bump is ${label(configured)} (${step}); raise "version" in dataset.config.json`,
    };
  if (bumpRank(configured) > bumpRank(required))
    return { ok: true, required, configured, message: `${label(configured)} bump (${step}) is larger than the ${label(required)} the data needs; allowed` };
  return {
    ok: true,
    required,
    configured,
    message: required === 'none' ? `no data changes and no version bump (${step})` : `${label(configured)} bump (${step}) matches the data changes`,
  };
};
