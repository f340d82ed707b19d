// source/: the plan text as the parsers read it, one list item per line, each with the anchor L<n> that every
// statement on every page links to; what the text is, where the official document is (as far as it is
// known, sources/source.json), and the pages whose printed number the text kept.
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage } from './layout.ts';
import { HOME, SOURCE } from './page-paths.ts';
import { sourceFileLink } from './source-files.ts';

/** What is known of the city's own page for the plan: found, or not found with what was found instead, each labelled. */
const officialSection = (site: Site) => {
  const official = site.source.officialPage;
  return html`<section aria-labelledby="official"><h2 id="official">計画の原本（市の公式掲載ページ）</h2>
${
  official === undefined
    ? html`<p>計画の原本が掲載されている市のページは記録していません。</p>`
    : official.status === 'found'
      ? html`<p>市はこの計画を <a href="${official.url}">${official.url}</a> に掲載しています（${official.checked} に確認）。</p>`
      : html`<p class="note warn"><strong>この計画の市の公式掲載ページは確認できていません</strong>（${official.checked} 時点）。${official.searched}。分かっているのは次のページです。</p>
<ul>${official.known.map((k) => html`<li><a href="${k.url}">${k.label}</a></li>`)}</ul>
${official.notThisPlan && official.notThisPlan.length > 0 ? html`<p class="muted">参考: ${official.notThisPlan.map((k, i) => html`${i > 0 ? '、' : ''}<a href="${k.url}">${k.label}</a>`)}。</p>` : ''}`
}
</section>`;
};

export const sourcePage = (site: Site): string =>
  renderPage(site, {
    path: SOURCE,
    title: '原文（抽出テキスト）',
    description: `${site.source.title}の PDF から抽出したテキスト（${site.lines.length}行）。データの出典の行番号はこのテキストの行です。`,
    breadcrumbs: [['ホーム', HOME]],
    body: (
      link,
    ) => html`<p class="lead">データはすべてこのテキストから作っています。市の計画の PDF から抽出したままのテキストで、レイアウト由来の空行や改行も残しています。各ページの「969行」のような行番号は、このテキストの何行目かを示し、リンクはその行を指します。</p>
<dl class="facts"><dt>ファイル</dt><dd>${sourceFileLink(site, site.source.file)}</dd><dt>行数</dt><dd>${site.lines.length}行</dd><dt>SHA-256</dt><dd><code class="hash">${site.sha256}</code></dd><dt>発行</dt><dd>${site.source.publisher}</dd></dl>
<p class="note" lang="en">${site.source.provenance}</p>
${officialSection(site)}
<section aria-labelledby="pages"><h2 id="pages">PDF のページ番号</h2>
${
  site.printedPages.length === 0
    ? html`<p>抽出テキストには、PDF に印刷されたページ番号が残っていません。</p>`
    : html`<p>PDF に印刷されたページ番号は、抽出テキストでは次のページにだけ残っています。これらのページの行には、行番号の横にページ番号（p.${site.printedPages[0]!.page} など）を添えています。ほかのページの番号は抽出で失われたため、推測では付けていません。</p>
<ul class="inline-list">${site.printedPages.map((p) => html`<li><a href="${link.source(p.firstLine)}">p.${p.page}</a><span class="muted">（${p.firstLine}〜${p.lastLine}行）</span></li>`)}</ul>`
}
</section>
<h2 id="text">テキスト</h2>
<ol class="source">${site.lines.map((l) => html`<li id="L${l.line}">${l.text}</li>`)}</ol>`,
  });
