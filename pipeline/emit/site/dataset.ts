// dataset/: the DCAT dataset — every table and every download. dataset/<table>/: one table — what a
// row is, its files, every row (sortable, filterable and faceted with explore.js: emit/site/explore.ts) and
// the column dictionary (the same text as the reference in docs/datasets.md, from the zod model).
import { tableNames, tables, type TableName } from '../../tables/registry.ts';
import { type Column, codebookOf } from '../codebook.ts';
import { alternate, downloadsTable, tableFileLinks } from './blocks.ts';
import type { Site } from './context.ts';
import { formatNumber, html, type Html } from './html.ts';
import { renderPage } from './layout.ts';
import { exploreTable } from './explore.ts';
import { datasetPage, DATASETS, EXPLORER_SCRIPT, HOME, KPI_PROGRESS, KPIS } from './page-paths.ts';
import { withoutRepositoryPaths } from './source-files.ts';

const typeNames = { string: '文字列', integer: '整数', number: '数値', boolean: '真偽値' } as const;

/** What a column's cells hold, in words: its type, or the values it allows, and whether a cell may be empty. */
const valueKind = (c: Column): Html =>
  html`${c.enum ? html`${c.enum.map((v, i) => html`${i > 0 ? '・' : ''}<code>${String(v)}</code>`)}のどれか` : (typeNames[c.type as keyof typeof typeNames] ?? c.type)}${c.nullable ? '（空欄あり）' : ''}`;

export const datasetsPage = (site: Site): string =>
  renderPage(site, {
    path: DATASETS,
    title: 'データ（表とファイル）',
    description: `${site.source.title}のオープンデータ: ${tableNames.length}の表（CSV・BOM付きCSV・JSON・JSON Schema、全表の Excel ブック）と計画全体の JSON・JSON-LD・メタデータ。`,
    breadcrumbs: [['ホーム', HOME]],
    alternates: ['catalog.jsonld', 'datapackage.json'].map((path) => alternate(site, path)),
    body: (
      link,
    ) => html`<p class="lead">計画の本文を${tableNames.length}の表に分けて公開しています。表ごとのページに、1行が何を表すか、すべての行（並べ替え・絞り込み・表示中の行の CSV 保存ができます）と各列の意味を載せています。</p>
<div class="scroll" tabindex="0" role="region" aria-label="表の一覧"><table class="stack"><thead><tr><th scope="col">表</th><th scope="col">1行が表すもの</th><th scope="col">行数</th></tr></thead>
<tbody>${tableNames.map((name) => html`<tr><th scope="row"><a href="${link.to(datasetPage(name))}">${tables[name].title}</a><br><code>${name}</code></th><td data-label="1行が表すもの">${withoutRepositoryPaths(site, tables[name].description.ja)}</td><td class="num" data-label="行数">${formatNumber(site.t[name].length)}</td></tr>`)}</tbody></table></div>
<p class="muted">各表の英語の説明は、表ごとのページにあります。</p>
<p><a href="${link.to(KPIS)}">成果指標の基準値と目標値（グラフ）</a>・<a href="${link.to(KPI_PROGRESS)}">成果指標の実績値と進捗（評価 S・A・B・C）</a></p>
<h2 id="downloads">ダウンロード</h2>
${downloadsTable(site, link)}`,
  });

export const datasetPageOf = (site: Site, name: TableName): string => {
  const def = tables[name];
  const rows = site.t[name];
  return renderPage(site, {
    path: datasetPage(name),
    kicker: 'データの表',
    title: def.title,
    description: `${site.source.title}の表「${def.title}」（${name}、${rows.length}行）: ${def.description.ja}`,
    breadcrumbs: [
      ['ホーム', HOME],
      ['データ', DATASETS],
    ],
    scripts: rows.length > 0 ? [EXPLORER_SCRIPT] : [],
    body: (link) => html`<p class="lead">${withoutRepositoryPaths(site, def.description.ja)}</p>
<p class="muted" lang="en">${def.titleEn}: ${withoutRepositoryPaths(site, def.description.en, 'en')}</p>
<dl class="facts"><dt>表の名前</dt><dd><code>${name}</code></dd><dt>行数</dt><dd>${formatNumber(rows.length)}</dd>
<dt>ファイル</dt><dd>${tableFileLinks(site, link, name)}</dd>
${def.foreignKeys.length > 0 ? html`<dt>参照</dt><dd>${def.foreignKeys.map((fk, i) => html`${i > 0 ? '、' : ''}<code>${fk.field}</code> → <a href="${link.to(datasetPage(fk.table))}">${tables[fk.table as TableName]?.title ?? fk.table}</a>`)}</dd>` : ''}</dl>
<h2 id="rows">すべての行</h2>
${exploreTable(site, link, name, 'rows')}
<h2 id="columns">列</h2>
<div class="scroll" tabindex="0" role="region" aria-label="列の定義"><table class="stack columns"><thead><tr><th scope="col">CSV の見出し</th><th scope="col">JSON のキー</th><th scope="col">値</th><th scope="col">意味</th><th scope="col" lang="en">Meaning</th></tr></thead>
<tbody>${codebookOf(name).map((c) => html`<tr><th scope="row">${c.title}</th><td data-label="JSON のキー"><code>${c.key}</code></td><td data-label="値">${valueKind(c)}</td><td data-label="意味">${withoutRepositoryPaths(site, c.descriptionJa)}</td><td data-label="英語" lang="en">${withoutRepositoryPaths(site, c.description, 'en')}</td></tr>`)}</tbody></table></div>`,
  });
};
