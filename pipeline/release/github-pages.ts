// The GitHub Pages tree of a release: every published version's dist/ as it is, at data/vX.Y.Z/ (a
// version's files never change once published), the newest version again at data/latest/, and a root
// index.html that sends readers to data/latest/site/ (each dist/ carries its site in site/, so the
// site links its downloads as ../<file>). Pages serves all of it with CORS, unlike release assets.
import { contentSecurityPolicy } from '../content-security-policy.ts';
import { escapeHtml } from '../escape-html.ts';
import { pagesFolder, siteFolder } from '../publish/urls.ts';
import { compareVersions, parseVersion } from './version.ts';

export interface Build {
  /** MAJOR.MINOR.PATCH. */
  version: string;
  /** dist/ path → bytes. */
  files: ReadonlyMap<string, Uint8Array>;
}

/** The root page: a meta refresh to the newest site and, for readers whose browser stays, every version. */
export const rootIndex = (versions: readonly { version: string; hasSite: boolean }[], title: string): string => `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${pagesFolder()}/${siteFolder}/">
<title>${escapeHtml(title)}</title>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p><a href="${pagesFolder()}/${siteFolder}/">最新版（v${escapeHtml(versions[0]!.version)}）のサイトへ</a></p>
<p>公開したすべての版のデータ（<code>data/vX.Y.Z/</code>）:</p>
<ul>
${versions.map(({ version, hasSite }) => `<li><a href="${pagesFolder(version)}/${hasSite ? `${siteFolder}/` : ''}">v${escapeHtml(version)}</a>${hasSite ? '' : '（データのみ）'}</li>`).join('\n')}
</ul>
</body>
</html>
`;

/**
 * Page path → bytes for every build given. Versions must be distinct; the newest is also `latest`.
 * A build released before the site existed has no site/: it is published as data, and the root page
 * links its folder instead.
 */
export const pagesTree = (builds: readonly Build[], title: string): Map<string, Uint8Array> => {
  if (builds.length === 0) throw new Error('no build to publish');
  const seen = new Set<string>();
  for (const b of builds) {
    if (!parseVersion(b.version)) throw new Error(`${b.version} is not a version MAJOR.MINOR.PATCH`);
    if (seen.has(b.version)) throw new Error(`version ${b.version} is given twice`);
    seen.add(b.version);
  }
  const ordered = [...builds].sort((a, b) => compareVersions(parseVersion(b.version)!, parseVersion(a.version)!));
  const out = new Map<string, Uint8Array>();
  for (const b of ordered) for (const [path, bytes] of b.files) out.set(`${pagesFolder(b.version)}/${path}`, bytes);
  for (const [path, bytes] of ordered[0]!.files) out.set(`${pagesFolder()}/${path}`, bytes);
  const versions = ordered.map((b) => ({ version: b.version, hasSite: b.files.has(`${siteFolder}/index.html`) }));
  out.set('index.html', new TextEncoder().encode(rootIndex(versions, title)));
  return out;
};
