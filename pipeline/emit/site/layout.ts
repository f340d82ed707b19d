// The frame of every page: head (title, description, Content-Security-Policy, canonical URL, sharing
// preview, icons, style, linked data, alternates), a header with the site's navigation and search box,
// breadcrumbs, the page's own content, and a footer with the licence and its attribution line, the version
// and where the data comes from.
import { changelogUrl, repositoryUrl, siteUrl } from '../../publish/urls.ts';
import type { Config } from '../../config.ts';
import { contentSecurityPolicy } from '../../content-security-policy.ts';
import { entityDataFiles, pageIri } from '../formats/entity-data.ts';
import type { Site } from './context.ts';
import { html, scriptJson, type Html } from './html.ts';
import { cardPng } from './share-card.ts';
import {
  DATASETS,
  ENGLISH,
  departmentsPage,
  FAVICON_ICO,
  FAVICON_SVG,
  GLOSSARY,
  HOME,
  KPIS,
  Linker,
  PLAN,
  QUALITY,
  SEARCH,
  SITE_CARD,
  SOURCE,
  STYLE,
  TOUCH_ICON,
} from './page-paths.ts';

export interface PageSpec {
  /** Path under site/ (…/index.html). */
  path: string;
  /** The page's heading, and the start of its <title>. */
  title: string;
  /** A short label above the heading (施策 4-1). */
  kicker?: string;
  /** The language of the page's own content: Japanese, or English for readers abroad (the frame stays Japanese). */
  lang?: 'ja' | 'en';
  description: string;
  /** Where the page sits: [label, site path] from the home page down, the page itself excluded. */
  breadcrumbs?: [string, string][];
  body: (link: Linker) => Html;
  /** JSON-LD documents, each embedded in its own <script type="application/ld+json">. */
  jsonLd?: unknown[];
  /** Machine-readable files of dist/ this page is a view of. */
  alternates?: { path: string; type: string; title: string }[];
  /** The IRI this page is the page of: stated, with the alternates listed as links, at the end. */
  iri?: string;
  /** Scripts (site paths), loaded at the end of the body. */
  scripts?: string[];
  /** Send the reader on to this site path at once (an IRI whose content is on another page). */
  refresh?: string;
  /** The page's sharing preview (og:image): a PNG under site/; the site's card when absent. */
  image?: ShareImage;
}

/** An image a page shares: a PNG under site/, its size in pixels and what it shows. */
export interface ShareImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** The absolute URL of a site path on GitHub Pages — the newest version's (data/latest/site/…), or one version's for ever — without its index.html. */
export const pageUrl = (config: Pick<Config, 'pagesUrl'>, path: string, version?: string): string =>
  `${siteUrl(config, version)}${path
    .replace(/(^|\/)index\.html$/, '$1')
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;

/** The data of the entity a page is the page of (formats/entity-data.ts writes them beside it), when the plan graph has one. */
const entityAlternates = (site: Site, path: string): { type: string; href: string; title: string }[] => {
  const iri = pageIri(site.config, path);
  return iri !== undefined && site.nodes.has(iri)
    ? entityDataFiles.map((f) => ({ type: f.kind.mediaType, href: f.file, title: `このページのデータ（${f.kind.label.ja}）` }))
    : [];
};

export const renderPage = (site: Site, spec: PageSpec): string => {
  const link = new Linker(spec.path, site.printedPages);
  const { config, source } = site;
  const siteName = `${source.title} オープンデータ`;
  const lang = spec.lang ?? 'ja';
  // Where the page's language differs, the frame says which language it is in.
  const frame = lang === 'ja' ? '' : html` lang="ja"`;
  const nav: [string, string][] = [
    ['施策の体系', PLAN],
    ['成果指標', KPIS],
    ['担当課', departmentsPage(config.municipality.code)],
    ['データ', DATASETS],
    ['品質レポート', QUALITY],
    ['原文', SOURCE],
    ['検索', SEARCH],
  ];
  const crumbs = spec.breadcrumbs ?? [];
  const title = spec.path === HOME ? siteName : `${spec.kicker ? `${spec.kicker} ` : ''}${spec.title}`;
  // The canonical URL is the newest version's page (a redirecting page's: where it sends the reader); the
  // image is this version's, whose bytes never change, so a preview cached anywhere stays true to its page.
  const canonical = pageUrl(config, spec.refresh?.split('#')[0] ?? spec.path);
  const image = spec.image ?? { path: SITE_CARD, ...cardPng, alt: siteName };
  // The home page and its English summary name each other, and themselves, by absolute URL — the newest version's
  // on GitHub Pages: search engines ignore a relative hreflang (Lighthouse's SEO audit fails it).
  const languages = html`<link rel="alternate" hreflang="ja" href="${siteUrl(config)}">\n<link rel="alternate" hreflang="en" href="${siteUrl(config)}${ENGLISH.replace(/index\.html$/, '')}">\n`;
  const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${spec.refresh ? html`<meta http-equiv="refresh" content="0; url=${link.to(spec.refresh)}">\n` : ''}<title>${spec.path === HOME ? siteName : `${title} | ${siteName}`}</title>
<meta name="description" content="${spec.description}">
<link rel="canonical" href="${canonical}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${siteName}">
<meta property="og:locale" content="ja_JP">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${spec.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:image" content="${pageUrl(config, image.path, config.version)}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" href="${link.to(FAVICON_ICO)}" sizes="32x32 48x48">
<link rel="icon" href="${link.to(FAVICON_SVG)}" type="image/svg+xml">
<link rel="apple-touch-icon" href="${link.to(TOUCH_ICON)}">
<link rel="stylesheet" href="${link.to(STYLE)}">
${spec.path === HOME || spec.path === ENGLISH ? languages : ''}${(spec.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${link.file(a.path)}" title="${a.title}">\n`)}${entityAlternates(site, spec.path).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}" title="${a.title}">\n`)}${(spec.jsonLd ?? []).map((doc) => html`<script type="application/ld+json">${scriptJson(doc)}</script>\n`)}</head>
<body>
<a class="skip" href="#main"${frame}>本文へ移動</a>
<header class="site-header"${frame}>
<div class="wrap">
<p class="brand"><a href="${link.to(HOME)}">${source.title}<span class="brand-sub">オープンデータ</span></a></p>
<nav aria-label="サイト内"><ul class="nav">${nav.map(([label, path]) => html`<li><a href="${link.to(path)}"${path === spec.path ? html` aria-current="page"` : ''}>${label}</a></li>`)}<li><a href="${link.to(ENGLISH)}" lang="en" hreflang="en"${spec.path === ENGLISH ? html` aria-current="page"` : ''}>English</a></li></ul></nav>
<form class="site-search" role="search" aria-label="サイト内検索" action="${link.to(SEARCH)}" method="get"><label for="site-q">サイト内検索</label> <input type="search" id="site-q" name="q" placeholder="例: 食塩、子育て、健康課" autocomplete="off"> <button type="submit">検索</button></form>
</div>
</header>
<main id="main" class="wrap">
${crumbs.length > 0 ? html`<nav class="crumbs" aria-label="パンくずリスト"${frame}><ol>${crumbs.map(([label, path]) => html`<li><a href="${link.to(path)}">${label}</a></li>`)}<li aria-current="page"${lang === 'ja' ? '' : html` lang="${lang}"`}>${spec.title}</li></ol></nav>` : ''}
${spec.kicker ? html`<p class="kicker">${spec.kicker}</p>` : ''}<h1>${spec.title}</h1>
${spec.body(link)}
${
  spec.iri
    ? html`<section class="machine" aria-labelledby="machine-readable"><h2 id="machine-readable">機械可読なデータ</h2>
<p>IRI: <code>${breakAfterSlashes(spec.iri)}</code></p>
<ul class="inline-list">${(spec.alternates ?? []).map((a) => html`<li><a href="${link.file(a.path)}" type="${a.type}">${a.title}</a></li>`)}</ul></section>`
    : ''
}
</main>
<footer class="site-footer"${frame}>
<div class="wrap">
<p><strong>ライセンス</strong>: <a href="${config.license.url}">${config.license.title}</a>（<span lang="en">${config.license.id}</span>）。出典表記: ${config.license.attribution}</p>
<p>${config.license.derivationNote}</p>
<p>${officialPageNote(site, link)}</p>
<p>データ版 ${config.version}（公開 ${config.issued}）・<a href="${changelogUrl(config)}">変更履歴</a>・<a href="${link.to(QUALITY)}">品質レポート</a>・<a href="${link.to(GLOSSARY)}">用語</a>・<a href="${link.to(DATASETS)}">データのダウンロード</a>・<a href="${repositoryUrl(config)}">ソースコード</a></p>
<p>「969行」のような行番号は、計画の PDF から抽出したテキスト（<a href="${link.to(SOURCE)}">原文</a>）の何行目かを示します。「p.13」は PDF に印刷されたページ番号で、抽出テキストに番号が残っているページにだけ付けています。このサイトは公開データと同じ検証済みモデルから生成しています。</p>
</div>
</footer>
${(spec.scripts ?? []).map((s) => html`<script src="${link.to(s)}"></script>\n`)}</body>
</html>
`;
  return page.text;
};

/** A URL or a path that may wrap after each / and nowhere else (<wbr>): no word of it is cut. */
export const breakAfterSlashes = (text: string): Html => html`${text.split('/').map((part, i) => html`${i > 0 ? html`/<wbr>` : ''}${part}`)}`;

/** A line of the plan text in words, with its printed page when the text kept it: 抽出テキストの969行目（p.13）. */
export const lineInWords = (link: Linker, line: number): string => {
  const page = link.printedPage(line);
  return `抽出テキストの${line}行目${page === undefined ? '' : `（PDF の p.${page}）`}`;
};

/** A link to a line of the plan text, short (969行・p.13): every statement carries one; its title says it in words, its name starts 出典. */
export const sourceLink = (link: Linker, line: number): Html => {
  const page = link.printedPage(line);
  return html`<a class="src" href="${link.source(line)}" title="${lineInWords(link, line)}"><span class="vh">出典 </span>${line}行${page === undefined ? '' : `・p.${page}`}</a>`;
};

/** The same in words, for a 出典 field: 抽出テキストの969行目（PDF の p.13）, linking the line. */
export const sourceRef = (link: Linker, line: number): Html => html`<a href="${link.source(line)}">${lineInWords(link, line)}</a>`;

/** What is known of the city's own page for the plan (sources/source.json), in one sentence for every page's footer. */
export const officialPageNote = (site: Site, link: Linker): Html => {
  const official = site.source.officialPage;
  if (official === undefined) return html`計画の原本（市の公式掲載ページ）は記録していません。<a href="${link.to(`${SOURCE}#official`)}">原文について</a>`;
  if (official.status === 'found') return html`計画の原本: <a href="${official.url}">市の公式掲載ページ</a>（${official.checked} に確認）`;
  return html`この計画の市の公式掲載ページは確認できていません（${official.checked} 時点）。<a href="${link.to(`${SOURCE}#official`)}">分かっていること</a>`;
};

/** A page that only sends the reader on (an IRI whose page is another): meta refresh and a link. */
export const redirectPage = (site: Site, path: string, to: string, title: string): string =>
  renderPage(site, {
    path,
    title,
    description: `${title}: ${site.source.title}`,
    refresh: to,
    body: (link) => html`<p>このページの内容は <a href="${link.to(to)}">${title}</a> にあります。</p>`,
  });
