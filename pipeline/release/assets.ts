// What a release attaches and where it lives. GitHub release assets have no folders, so every dist/
// file gets a flat name that never changes between versions; the zip keeps dist/'s folders.
// The names and URLs themselves live in publish/urls.ts, which the catalog uses too, so both agree.
//
//   062022_goals.csv                       → 062022_goals.csv          (top-level files keep their name)
//   excel/062022_goals.csv                 → 062022_goals.excel.csv    (a folder becomes a name part)
//   schemas/062022_goals.schema.json       → 062022_goals.schema.json  (already says what it is)
//   SHA256SUMS (if dist/ has one)          → in the zip only; the release's own SHA256SUMS covers every asset
import { assetName, checksumsName } from '../publish/urls.ts';

export { assetName, checksumsName, downloadUrl, latestUrl } from '../publish/urls.ts';

/** The one versioned asset name: the zip of the whole dist/ folder. */
export const zipName = (municipalityCode: string, version: string): string => `${municipalityCode}_plan_v${version}.zip`;

/**
 * What an asset may be called: GitHub keeps such a name as it is (it renames others, which would break
 * the stable URLs), and the publish job's sh check passes no other (pipeline/release/listed-assets.sh).
 */
export const plainAssetName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Asset name → dist path for a whole build; fails when two files would share a name, or a name is not plain. */
export const assetMap = (distPaths: readonly string[], municipalityCode: string, version: string): Map<string, string> => {
  const out = new Map<string, string>();
  const reserved = new Set([checksumsName, zipName(municipalityCode, version)]);
  for (const path of [...distPaths].sort()) {
    const name = assetName(path);
    if (name === undefined) continue;
    if (!plainAssetName.test(name))
      throw new Error(
        `dist/${path} would be published as ${JSON.stringify(name)}; an asset name has only letters, digits, '.', '_' and '-', and starts with a letter or digit`,
      );
    if (reserved.has(name)) throw new Error(`dist/${path} would be published as ${name}, a name the release keeps for itself`);
    const taken = out.get(name);
    if (taken !== undefined) throw new Error(`dist/${path} and dist/${taken} would both be published as ${name}`);
    out.set(name, path);
  }
  return out;
};
