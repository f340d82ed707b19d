// Stable names and download URLs of published files. A GitHub release holds flat assets, so a file in
// a dist/ sub-folder gets a flat asset name that never changes between versions.
import type { Config } from '../config.ts';

/** dist-relative path → release asset name: `excel/062022_goals.csv` → `062022_goals.excel.csv`, `schemas/x.schema.json` → `x.schema.json`. */
export const assetName = (distPath: string): string => {
  const excel = /^excel\/(.+)\.csv$/.exec(distPath);
  if (excel) return `${excel[1]}.excel.csv`;
  const schema = /^schemas\/(.+\.schema\.json)$/.exec(distPath);
  if (schema) return schema[1]!;
  if (distPath.includes('/')) throw new Error(`no asset name for ${distPath}: add a rule to pipeline/publish/urls.ts`);
  return distPath;
};

/** The versioned download URL of a published file: …/releases/download/vX.Y.Z/<asset>. */
export const downloadUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>, distPath: string): string =>
  `${config.downloadBaseUrl}/download/v${config.version}/${assetName(distPath)}`;

/** The moving alias of the newest release: …/releases/latest/download/<asset>. */
export const latestUrl = (config: Pick<Config, 'downloadBaseUrl'>, distPath: string): string =>
  `${config.downloadBaseUrl}/latest/download/${assetName(distPath)}`;

/** The release page of the configured version (the DCAT access URL). */
export const releasePageUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>): string => `${config.downloadBaseUrl}/tag/v${config.version}`;
