// site/index.html: the plan at a glance — title, 将来像, KGIs, the goal → policy → pillar tree, the
// priority projects, every KPI, every download, the licence — and schema.org Dataset metadata so that
// dataset search engines can index it.
import { linkedIris } from '../jsonld.ts';
import { planJsonLdPath } from '../formats/plan-jsonld.ts';
import { changelogUrl, distFileUrl, siteUrl } from '../../publish/urls.ts';
import { catalogIris } from '../catalog.ts';
import { datasetTexts } from '../dataset-texts.ts';
import { alternate, downloadsTable, jsonLdOf } from './blocks.ts';
import type { Site } from './context.ts';
import { formatNumber, html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { DATASETS, GLOSSARY, GRADE_RULES, HOME, KPI_PROGRESS, KPIS, QUALITY, recordPage, SEARCH, SOURCE } from './page-paths.ts';
import { kpiCode, latestGradeCompact, progressSummary } from './progress.ts';

/** schema.org Dataset, as Google's dataset search and others read it. */
const schemaOrgDataset = (site: Site): Record<string, unknown> => {
  const { config, source } = site;
  const { startFiscalYear, endFiscalYear } = source.period;
  const texts = datasetTexts(config, source);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': catalogIris(config).dataset,
    name: `${source.title}（構造化データ）`,
    alternateName: texts.titleEn,
    description: texts.descriptionJa,
    url: siteUrl(config),
    identifier: catalogIris(config).dataset,
    version: config.version,
    datePublished: config.issued,
    inLanguage: 'ja',
    isAccessibleForFree: true,
    license: config.license.url,
    creditText: config.license.attribution,
    keywords: [source.publisher, source.planTitle, source.part, '総合計画', '施策', '成果指標', 'KPI'],
    creator: { '@type': 'Organization', name: config.contactPoint.name, url: config.contactPoint.url },
    publisher: { '@type': 'Organization', name: config.contactPoint.name, url: config.contactPoint.url },
    isBasedOn: {
      '@type': 'CreativeWork',
      name: source.title,
      author: { '@type': 'GovernmentOrganization', name: config.municipality.name, alternateName: config.municipality.nameEn },
    },
    temporalCoverage: `${startFiscalYear}-04-01/${endFiscalYear + 1}-03-31`,
    spatialCoverage: {
      '@type': 'Place',
      name: config.municipality.name,
      address: { '@type': 'PostalAddress', addressRegion: '山形県', addressLocality: '米沢市', addressCountry: 'JP' },
    },
    distribution: site.downloads
      .filter((d) => d.bytes !== undefined)
      .map((d) => ({
        '@type': 'DataDownload',
        name: d.title,
        contentUrl: distFileUrl(config, d.path),
        encodingFormat: d.mediaType,
        contentSize: `${d.bytes} B`,
      })),
  };
};

export const homePage = (site: Site): string => {
  const { t, config, source } = site;
  const code = config.municipality.code;
  const vision = site.vision;
  return renderPage(site, {
    path: HOME,
    title: source.title,
    description: `米沢市の総合計画「${source.planTitle}」${source.part}を、基本目標・施策・施策の柱・成果指標・重点プロジェクトごとに読めるページと、CSV・JSON・JSON-LD のオープンデータにしたものです。`,
    jsonLd: [schemaOrgDataset(site), jsonLdOf(site, [linkedIris(config).scheme])],
    alternates: [planJsonLdPath(code), 'catalog.jsonld', 'catalog.ttl'].map((path) => alternate(site, path)),
    body: (
      link,
    ) => html`<p class="lead">${source.municipalityName}の総合計画「${source.planTitle}」（${source.visionPeriod.startFiscalYear}〜${source.visionPeriod.endFiscalYear}年度）のうち、${source.part}（${source.period.startFiscalYear}〜${source.period.endFiscalYear}年度）の本文を、計画の言葉のまま構造化して公開しています。すべての記述に原文の行番号を添えています。</p>
<p class="note">${config.license.derivationNote}</p>
<section aria-labelledby="vision"><h2 id="vision">将来像</h2>
${vision ? html`<p class="vision">${vision.text}${sourceLink(link, vision.line)}</p>` : html`<p>（原文に将来像が見つかりません）</p>`}
</section>
<section aria-labelledby="kgis"><h2 id="kgis">重要目標達成指標（KGI）</h2>
<ul>${t.kgis.map((k) => html`<li id="${k.id}">${k.name}${sourceLink(link, k.sourceLine)}</li>`)}</ul>
</section>
<section aria-labelledby="system"><h2 id="system">施策の体系</h2>
<p>${t.goals.length}の基本目標、${t.policies.length}の施策、${t.pillars.length}の施策の柱。</p>
<ol class="tree">${t.goals.map(
      (
        g,
      ) => html`<li><a href="${link.to(recordPage('goals', g.id))}"><strong>基本目標${g.number} ${g.name}</strong></a><br><span class="muted">${g.statement}</span>
<ul>${site.links.children('policies', g.id).map(
        (p) => html`<li><a href="${link.to(recordPage('policies', p.id))}"><span class="code">${p.code}</span>${p.name}</a>
<ul class="pillars">${site.links.children('pillars', p.id).map((x) => html`<li><a href="${link.to(recordPage('pillars', x.id))}"><span class="code">${x.code}</span>${x.name}</a></li>`)}</ul></li>`,
      )}</ul></li>`,
    )}</ol>
</section>
<section aria-labelledby="projects"><h2 id="projects">前期重点プロジェクト</h2>
<ol>${t.projects.map((p) => html`<li><a href="${link.to(recordPage('projects', p.id))}">${p.name}</a><br><span class="muted">${p.summary}</span></li>`)}</ol>
</section>
<section aria-labelledby="kpis"><h2 id="kpis">成果指標（KPI）</h2>
<p>各成果指標の最新の評価と、基準値・目標値。${progressSummary(site)}<a href="${link.to(KPIS)}">すべての成果指標をグラフで見る</a>・<a href="${link.to(KPI_PROGRESS)}">実績値と進捗</a>・<a href="${link.to(GRADE_RULES)}">評価の基準（S・A・B・C）</a></p>
<div class="scroll" tabindex="0" role="region" aria-label="成果指標の一覧"><table class="kpi-table">
<thead><tr><th scope="col">指標と担当課</th><th scope="col">最新の評価</th><th scope="col">基準値</th><th scope="col">目標値</th></tr></thead>
<tbody>${t.indicators.map(
      (k) =>
        html`<tr><th scope="row"><a href="${link.to(recordPage('indicators', k.id))}"><span class="code">${kpiCode(k.id)}</span>${k.name}</a><br><span class="muted">${k.departmentName}</span></th><td class="grade-cell">${latestGradeCompact(site, link, k)}</td><td class="num">${k.baselineNotation}<br><span class="muted">${k.baselineFiscalYear}年度</span></td><td class="num">${k.targetNotation}<br><span class="muted">${k.targetFiscalYear}年度</span></td></tr>`,
    )}</tbody></table></div>
</section>
<section aria-labelledby="search"><h2 id="search">検索</h2>
<form class="site-search" role="search" aria-label="計画の全文検索" action="${link.to(SEARCH)}" method="get"><label for="home-q">施策・主な取組・成果指標・市民の意見・担当課などを全文検索（JavaScript を使います）</label> <input type="search" id="home-q" name="q" placeholder="例: 食塩"> <button type="submit">検索</button></form>
</section>
<section aria-labelledby="downloads"><h2 id="downloads">ダウンロード</h2>
<p>データ版 ${config.version}（公開 ${config.issued}）。${formatNumber(t.indicators.length)}件の成果指標を含む${formatNumber(Object.keys(t).length)}の表と、計画全体のファイルです。<a href="${link.to(DATASETS)}">表ごとの説明と項目の定義</a>。</p>
${downloadsTable(site, link)}
</section>
<section aria-labelledby="licence"><h2 id="licence">ライセンスと出典</h2>
<p><a href="${config.license.url}">${config.license.title}</a>（${config.license.titleEn}）のもとで利用できます。利用の際は次の出典表記をしてください。</p>
<p class="note">${config.license.attribution}</p>
<p>${config.license.derivationNote}</p>
<p>データ版 ${config.version}・公開日 ${config.issued}・<a href="${changelogUrl(config)}">変更履歴</a>・<a href="${link.to(QUALITY)}">品質レポート</a>（原文の不整合と未確定の事項）・<a href="${link.to(SOURCE)}">原文（抽出テキスト）</a>・<a href="${link.to(GLOSSARY)}">用語</a></p>
</section>`,
  });
};
