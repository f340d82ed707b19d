// What a release attaches and where it lives. GitHub release assets have no folders, so every dist/
// file gets a flat name that never changes between versions; the zip keeps dist/'s folders.
// The catalog emitter imports the URL helpers from here, so the catalog and the release agree.
//
//   062022_goals.csv                       → 062022_goals.csv          (top-level files keep their name)
//   excel/062022_goals.csv                 → 062022_goals.excel.csv    (a folder becomes a name part)
//   schemas/062022_goals.schema.json       → 062022_goals.schema.json  (already says what it is)
//   SHA256SUMS (if dist/ has one)          → in the zip only; the release's own SHA256SUMS covers every asset
import type { Config } from '../config.ts';

/** The checksum file a release attaches: `sha256sum -c SHA256SUMS` verifies every other asset. */
export const checksumsName = 'SHA256SUMS';

/** The one versioned asset name: the zip of the whole dist/ folder. */
export const zipName = (municipalityCode: string, version: string): string => `${municipalityCode}_plan_v${version}.zip`;

/** The flat release-asset name of a dist/ file (a `/`-separated path), or undefined when it is only in the zip. */
export const assetName = (distPath: string): string | undefined => {
  const parts = distPath.split('/');
  const base = parts.pop()!;
  if (parts.length === 0) return base === checksumsName ? undefined : base;
  if (parts.length === 1 && parts[0] === 'schemas' && base.endsWith('.schema.json')) return base;
  const dot = base.indexOf('.');
  const [stem, ext] = dot < 0 ? [base, ''] : [base.slice(0, dot), base.slice(dot)];
  return `${stem}.${parts.join('.')}${ext}`;
};

/** Asset name → dist path for a whole build; fails when two files would share a name. */
export const assetMap = (distPaths: readonly string[], municipalityCode: string, version: string): Map<string, string> => {
  const out = new Map<string, string>();
  const reserved = new Set([checksumsName, zipName(municipalityCode, version)]);
  for (const path of [...distPaths].sort()) {
    const name = assetName(path);
    if (name === undefined) continue;
    if (reserved.has(name)) throw new Error(`dist/${path} would be published as ${name}, a name the release keeps for itself`);
    const taken = out.get(name);
    if (taken !== undefined) throw new Error(`dist/${path} and dist/${taken} would both be published as ${name}`);
    out.set(name, path);
  }
  return out;
};

type Urls = Pick<Config, 'downloadBaseUrl'>;

/** The permanent URL of an asset of one version: `…/releases/download/vX.Y.Z/<asset>`. */
export const downloadUrl = (config: Urls, version: string, asset: string): string => `${config.downloadBaseUrl}/download/v${version}/${encodeURIComponent(asset)}`;

/** The URL that always serves the newest release's asset: `…/releases/latest/download/<asset>`. */
export const latestUrl = (config: Urls, asset: string): string => `${config.downloadBaseUrl}/latest/download/${encodeURIComponent(asset)}`;
