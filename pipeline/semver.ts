// What a dataset version may be, for every place that reads one (dataset.config.json, git tags, the
// CHANGELOG, earlier releases' folders): SemVer 2.0.0 as semver.org's own regular expression defines it,
// limited to a release's MAJOR.MINOR.PATCH — no leading zeros (01.02.003 is not a version), no
// pre-release or build part (a published dataset is a release), each number exact in a double.

/** semver.org's regular expression (https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string). */
const semverOrg =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** Why `text` is not a release version MAJOR.MINOR.PATCH, or undefined when it is one. */
export const versionProblem = (text: string): string | undefined => {
  const m = semverOrg.exec(text);
  if (!m) return 'must be a SemVer version MAJOR.MINOR.PATCH: three numbers without leading zeros, e.g. 2.0.0 (semver.org)';
  if (m[4] !== undefined || m[5] !== undefined)
    return `must be a release version MAJOR.MINOR.PATCH (${m[1]}.${m[2]}.${m[3]}): a published dataset has no pre-release or build part`;
  if (m.slice(1, 4).some((n) => !Number.isSafeInteger(Number(n)))) return 'has a number too large to compare exactly (above 2^53 − 1)';
  return undefined;
};

/** `1.2.3` → its parts; undefined when it is not a release version (see versionProblem). */
export const parseVersion = (text: string): Version | undefined => {
  if (versionProblem(text) !== undefined) return undefined;
  const [major, minor, patch] = text.split('.').map(Number) as [number, number, number];
  return { major, minor, patch };
};
