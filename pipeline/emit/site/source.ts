// source/: the plan text as the parsers read it, one list item per line, each with the anchor L<n>
// that every statement on every page links to.
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage } from './layout.ts';
import { HOME, SOURCE } from './page-paths.ts';

export const sourcePage = (site: Site): string =>
  renderPage(site, {
    path: SOURCE,
    title: '原文（抽出テキスト）',
    description: `${site.source.title}の PDF から抽出したテキスト（${site.lines.length}行）。データの出典行はこの行番号です。`,
    breadcrumbs: [['ホーム', HOME]],
    body: () => html`<p class="lead">データはすべてこのテキストから作っています。PDF から抽出したままのテキストで、レイアウト由来の空行や改行も残しています。各ページの行番号のリンクはこの行を指します。</p>
<dl class="facts"><dt>ファイル</dt><dd><code>sources/${site.source.file}</code></dd><dt>SHA-256</dt><dd><code>${site.sha256}</code></dd><dt>発行</dt><dd>${site.source.publisher}</dd></dl>
<p class="note" lang="en">${site.source.provenance}</p>
<ol class="source">${site.lines.map((l) => html`<li id="L${l.line}">${l.text}</li>`)}</ol>`,
  });
