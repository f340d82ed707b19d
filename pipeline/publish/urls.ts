// Stable names and download URLs of published files. Two homes: GitHub Pages serves every version's
// dist/ as it is, at data/vX.Y.Z/<path> (for ever) and the newest at data/latest/<path>, with CORS, so
// browsers and notebooks can fetch them; the site is dist/site/ there. A GitHub release holds flat
// assets (no CORS), so a file in a dist/ sub-folder gets a flat name that never changes between
// versions. The release tooling, the catalog and the site all use these, so they name the same URLs.
import type { Config } from '../config.ts';
import { MANIFEST } from '../manifest.ts';

/** The checksum file a release attaches: `sha256sum -c SHA256SUMS` verifies every other asset. */
export const checksumsName = 'SHA256SUMS';

/** The folder of dist/ that holds the site: published on Pages and in the zip, never as release assets. */
export const siteFolder = 'site';

/** The flat release-asset name of a dist/ file (a `/`-separated path), or undefined when it is only in the zip. */
export const assetName = (distPath: string): string | undefined => {
  const parts = distPath.split('/');
  if (parts[0] === siteFolder) return undefined;
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
export const downloadUrl = (config: Urls, version: string, asset: string): string =>
  `${config.downloadBaseUrl}/download/v${version}/${encodeURIComponent(asset)}`;

/** The URL that always serves the newest release's asset: `…/releases/latest/download/<asset>`. */
export const latestUrl = (config: Urls, asset: string): string => `${config.downloadBaseUrl}/latest/download/${encodeURIComponent(asset)}`;

/** The release page of the configured version (the DCAT access URL). */
export const releasePageUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>): string => `${config.downloadBaseUrl}/tag/v${config.version}`;

const encodePath = (distPath: string): string => distPath.split('/').map(encodeURIComponent).join('/');

/** Where a version's dist/ lies under the Pages root: `data/vX.Y.Z`, or the newest's copy `data/latest`. */
export const pagesFolder = (version?: string): string => (version === undefined ? 'data/latest' : `data/v${version}`);

/** A dist/ file of one version on GitHub Pages, for ever: `{pagesUrl}data/vX.Y.Z/<path>`. */
export const pagesVersionUrl = (config: Pick<Config, 'pagesUrl'>, version: string, distPath: string): string =>
  `${config.pagesUrl}${pagesFolder(version)}/${encodePath(distPath)}`;

/** The site's home: the newest (`data/latest/site/`) or one version's (`data/vX.Y.Z/site/`). */
export const siteUrl = (config: Pick<Config, 'pagesUrl'>, version?: string): string => `${config.pagesUrl}${pagesFolder(version)}/${siteFolder}/`;

/** The stable download URL of a dist/ file, for the configured version: its Pages URL under data/vX.Y.Z/. */
export const distFileUrl = (config: Pick<Config, 'pagesUrl' | 'version'>, distPath: string): string => pagesVersionUrl(config, config.version, distPath);

/** The repository the releases belong to (downloadBaseUrl without its /releases). */
export const repositoryUrl = (config: Pick<Config, 'downloadBaseUrl'>): string => config.downloadBaseUrl.replace(/\/releases$/, '');

/** A file of the repository as of the configured version's tag (`sources/indicator-actuals.csv`): where a reader sees what the build read. */
export const repositoryFileUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>, path: string): string =>
  `${repositoryUrl(config)}/blob/v${config.version}/${encodePath(path)}`;

/** CHANGELOG.md as of the configured version's tag. */
export const changelogUrl = (config: Pick<Config, 'downloadBaseUrl' | 'version'>): string => repositoryFileUrl(config, 'CHANGELOG.md');
