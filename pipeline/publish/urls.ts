// Stable names and download URLs of published files. A GitHub release holds flat assets, so a file in
// a dist/ sub-folder gets a flat name that never changes between versions. The release tooling and the
// catalog both use these, so a catalog URL always names an asset the release attaches.
import type { Config } from '../config.ts';
import { MANIFEST } from '../emit/manifest.ts';

/** The checksum file a release attaches: `sha256sum -c SHA256SUMS` verifies every other asset. */
export const checksumsName = 'SHA256SUMS';

/** The flat release-asset name of a dist/ file (a `/`-separated path), or undefined when it is only in the zip. */
export const assetName = (distPath: string): string | undefined => {
  const parts = distPath.split('/');
  const base = parts.pop()!;
  // The build manifest describes the folder (the CLI recognises its own output by it): in the zip only.
  if (parts.length === 0) return base === checksumsName || base === MANIFEST ? undefined : base;
  if (parts.length === 1 && parts[0] === 'schemas' && base.endsWith('.schema.json')) return base;
  const dot = base.indexOf('.');
  const [stem, ext] = dot < 0 ? [base, ''] : [base.slice(0, dot), base.slice(dot)];
  return `${stem}.${parts.join('.')}${ext}`;
};

type Urls = Pick<Config, 'downloadBaseUrl'>;

/** The permanent URL of an asset of one version: `…/releases/download/vX.Y.Z/<asset>`. */
export const downloadUrl = (config: Urls, version: string, asset: string): string => `${config.downloadBaseUrl}/download/v${version}/${encodeURIComponent(asset)}`;

/** The URL that always serves the newest release's asset: `…/releases/latest/download/<asset>`. */
export const latestUrl = (config: Urls, asset: string): string => `${config.downloadBaseUrl}/latest/download/${encodeURIComponent(asset)}`;

/** The release page of the configured version (the DCAT access URL). */
export const releasePageUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>): string => `${config.downloadBaseUrl}/tag/v${config.version}`;

/** The versioned download URL of a dist/ file, for the configured version. */
export const distFileUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>, distPath: string): string => {
  const asset = assetName(distPath);
  if (asset === undefined) throw new Error(`dist/${distPath} is not a release asset of its own`);
  return downloadUrl(config, config.version, asset);
};
