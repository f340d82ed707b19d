// The frame of every page: head (title, description, style, linked data, alternates), a header with
// the site's navigation and search box, breadcrumbs, the page's own content, and a footer with the
// licence and its attribution line, the version and where the data comes from.
import { changelogUrl, repositoryUrl } from '../../publish/urls.ts';
import { entityDataFiles, pageIri } from '../formats/entity-data.ts';
import type { Site } from './context.ts';
import { html, scriptJson, type Html } from './html.ts';
import { DATASETS, departmentsPage, GLOSSARY, HOME, KPIS, Linker, QUALITY, SEARCH, SOURCE, STYLE } from './page-paths.ts';

export interface PageSpec {
  /** Path under site/ (…/index.html). */
  path: string;
  /** The page's heading, and the start of its <title>. */
  title: string;
  /** A short label above the heading (施策 4-1). */
  kicker?: string;
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
}

/** The data of the entity a page is the page of (formats/entity-data.ts writes them beside it), when the plan graph has one. */
const entityAlternates = (site: Site, path: string): { type: string; href: string; title: string }[] => {
  const iri = pageIri(site.config, path);
  return iri !== undefined && site.nodes.has(iri)
    ? entityDataFiles.map((f) => ({ type: f.kind.mediaType, href: f.file, title: `このページのデータ（${f.kind.label.ja}）` }))
    : [];
};

export const renderPage = (site: Site, spec: PageSpec): string => {
  const link = new Linker(spec.path);
  const { config, source } = site;
  const siteName = `${source.title} オープンデータ`;
  const nav: [string, string][] = [
    ['施策の体系', `${HOME}#system`],
    ['成果指標', KPIS],
    ['担当課', departmentsPage(config.municipality.code)],
    ['データ', DATASETS],
    ['品質レポート', QUALITY],
    ['原文', SOURCE],
    ['検索', SEARCH],
  ];
  const crumbs = spec.breadcrumbs ?? [];
  const page = html`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${spec.refresh ? html`<meta http-equiv="refresh" content="0; url=${link.to(spec.refresh)}">\n` : ''}<title>${spec.path === HOME ? siteName : `${spec.kicker ? `${spec.kicker} ` : ''}${spec.title} | ${siteName}`}</title>
<meta name="description" content="${spec.description}">
<link rel="stylesheet" href="${link.to(STYLE)}">
${(spec.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${link.file(a.path)}" title="${a.title}">\n`)}${entityAlternates(site, spec.path).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}" title="${a.title}">\n`)}${(spec.jsonLd ?? []).map((doc) => html`<script type="application/ld+json">${scriptJson(doc)}</script>\n`)}</head>
<body>
<a class="skip" href="#main">本文へ移動</a>
<header class="site-header">
<div class="wrap">
<p class="brand"><a href="${link.to(HOME)}">${source.title}<span class="brand-sub">オープンデータ</span></a></p>
<nav aria-label="サイト内"><ul class="nav">${nav.map(([label, path]) => html`<li><a href="${link.to(path)}"${path === spec.path ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<form class="site-search" role="search" aria-label="サイト内検索" action="${link.to(SEARCH)}" method="get"><label for="site-q">サイト内検索</label> <input type="search" id="site-q" name="q" placeholder="例: 食塩、子育て、健康課" autocomplete="off"> <button type="submit">検索</button></form>
</div>
</header>
<main id="main" class="wrap">
${crumbs.length > 0 ? html`<nav class="crumbs" aria-label="パンくずリスト"><ol>${crumbs.map(([label, path]) => html`<li><a href="${link.to(path)}">${label}</a></li>`)}<li aria-current="page">${spec.kicker ?? spec.title}</li></ol></nav>` : ''}
${spec.kicker ? html`<p class="kicker">${spec.kicker}</p>` : ''}<h1>${spec.title}</h1>
${spec.body(link)}
${
  spec.iri
    ? html`<section class="machine" aria-labelledby="machine-readable"><h2 id="machine-readable">機械可読なデータ</h2>
<p>IRI: <code>${spec.iri}</code></p>
<ul class="inline-list">${(spec.alternates ?? []).map((a) => html`<li><a href="${link.file(a.path)}" type="${a.type}">${a.title}</a></li>`)}</ul></section>`
    : ''
}
</main>
<footer class="site-footer">
<div class="wrap">
<p><strong>ライセンス</strong>: <a href="${config.license.url}">${config.license.title}</a>（${config.license.id}）。出典表記: ${config.license.attribution}</p>
<p>${config.license.derivationNote}</p>
<p>データ版 ${config.version}（公開 ${config.issued}）・<a href="${changelogUrl(config)}">変更履歴</a>・<a href="${link.to(QUALITY)}">品質レポート</a>・<a href="${link.to(GLOSSARY)}">用語</a>・<a href="${link.to(DATASETS)}">データのダウンロード</a>・<a href="${repositoryUrl(config)}">ソースコード</a></p>
<p>このサイトは公開データと同じ検証済みモデルから生成しています。各記述の行番号は<a href="${link.to(SOURCE)}">原文（抽出テキスト）</a>の行です。</p>
</div>
</footer>
${(spec.scripts ?? []).map((s) => html`<script src="${link.to(s)}"></script>\n`)}</body>
</html>
`;
  return page.text;
};

/** A link to a line of the plan text: every statement carries one. */
export const sourceLink = (link: Linker, line: number): Html => html`<a class="src" href="${link.source(line)}" aria-label="原文 ${line}行">${line}行</a>`;

/** A page that only sends the reader on (an IRI whose page is another): meta refresh and a link. */
export const redirectPage = (site: Site, path: string, to: string, title: string): string =>
  renderPage(site, {
    path,
    title,
    description: `${title}: ${site.source.title}`,
    refresh: to,
    body: (link) => html`<p>このページの内容は <a href="${link.to(to)}">${title}</a> にあります。</p>`,
  });
