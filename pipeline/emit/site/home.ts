// site/index.html: the plan at a glance, about three screens — what the plan is, its 将来像, the goals (and
// which of them the text lacks), the KGIs and the progress of the KPIs, where to go next — and schema.org
// Dataset metadata so that dataset search engines can index it. The policy tree is plan/, the downloads are
// dataset/, the licence is every page's footer.
import { distFileUrl, siteUrl } from '../../publish/urls.ts';
import { catalogIris } from '../catalog.ts';
import { datasetTexts } from '../dataset-texts.ts';
import { type Row, tableNames } from '../../tables/registry.ts';
import { alternate } from './blocks.ts';
import type { Site } from './context.ts';
import { goalsWithoutPage, kgiValuesNote, missingPagesNote } from './gaps.ts';
import { formatNumber, html, type Html } from './html.ts';
import { officialPageNote, renderPage, sourceLink } from './layout.ts';
import { DATASETS, departmentsPage, GLOSSARY, GRADE_RULES, HOME, KPI_PROGRESS, KPIS, type Linker, PLAN, QUALITY, recordPage, SOURCE } from './page-paths.ts';
import { gradeMark, latestGradeCounts, progressSummary } from './progress.ts';

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

/** A goal as a card of the home page: its number and name, what the data holds of it, and whether the text lacks its page. */
const goalCard = (site: Site, link: Linker, g: Row<'goals'>, withoutPage: boolean): Html => {
  const policies = site.links.children('policies', g.id);
  const pillars = policies.flatMap((p) => site.links.children('pillars', p.id));
  const kpis = policies.flatMap((p) => site.links.children('indicators', p.id));
  return html`<li class="goal-card"><a href="${link.to(recordPage('goals', g.id))}"><span class="code">基本目標${g.number}</span><strong>${g.name}</strong></a>
<p class="muted">施策 ${policies.length}・施策の柱 ${pillars.length}・成果指標 ${kpis.length}</p>${withoutPage ? html`<p class="gap">抽出テキストに第３章のページがありません</p>` : ''}</li>`;
};

export const homePage = (site: Site): string => {
  const { t, config, source } = site;
  const vision = site.vision;
  const missing = new Set(goalsWithoutPage(site).map((g) => g.id));
  return renderPage(site, {
    path: HOME,
    title: source.title,
    description: `米沢市の総合計画「${source.planTitle}」${source.part}を、基本目標・施策・施策の柱・成果指標・重点プロジェクトごとに読めるページと、CSV・JSON・JSON-LD のオープンデータにしたものです。`,
    jsonLd: [schemaOrgDataset(site)],
    alternates: ['catalog.jsonld', 'catalog.ttl'].map((path) => alternate(site, path)),
    body: (
      link,
    ) => html`<p class="lead">${source.municipalityName}の総合計画「${source.planTitle}」（${source.visionPeriod.startFiscalYear}〜${source.visionPeriod.endFiscalYear}年度）のうち、${source.part}（${source.period.startFiscalYear}〜${source.period.endFiscalYear}年度）の本文を、計画の言葉のまま表とページにしたオープンデータです。すべての記述に、原文（市の PDF から抽出したテキスト）の行番号を添えています。</p>
${vision ? html`<p class="vision"><span class="kicker">将来像</span> ${vision.text}${sourceLink(link, vision.line)}</p>` : html`<p>（原文に将来像が見つかりません）</p>`}
<section aria-labelledby="goals"><h2 id="goals">${t.goals.length}つの基本目標</h2>
<ol class="goal-cards">${t.goals.map((g) => goalCard(site, link, g, missing.has(g.id)))}</ol>
${missingPagesNote(site, link)}
</section>
<section aria-labelledby="progress"><h2 id="progress">目標と進捗</h2>
<p id="kgis"><strong>重要目標達成指標（KGI）</strong>: ${t.kgis.map((k, i) => html`${i > 0 ? '・' : ''}<span id="${k.id}">${k.name}${sourceLink(link, k.sourceLine)}</span>`)}</p>
${kgiValuesNote(site)}
<p><strong>成果指標（KPI）</strong>: 施策のページに掲げられた${formatNumber(t.indicators.length)}件。${progressSummary(site)}</p>
${t.indicator_progress.length > 0 ? html`<p class="grade-counts">最新の評価: ${latestGradeCounts(site).map(([g, n], i) => html`${i > 0 ? '、' : ''}${gradeMark(site, g)}${n}指標`)}</p>` : ''}
<ul class="inline-list"><li><a href="${link.to(KPIS)}">成果指標の一覧とグラフ</a></li><li><a href="${link.to(KPI_PROGRESS)}">実績値と進捗</a></li><li><a href="${link.to(GRADE_RULES)}">評価の基準（S・A・B・C）</a></li></ul>
</section>
<section aria-labelledby="next"><h2 id="next">ここから読む</h2>
<ul class="next-cards">
<li><a href="${link.to(PLAN)}">施策の体系</a><span class="muted">基本目標・${t.policies.length}の施策・${t.pillars.length}の施策の柱と、${t.projects.length}つの前期重点プロジェクト</span></li>
<li><a href="${link.to(departmentsPage(config.municipality.code))}">担当課</a><span class="muted">${t.departments.length}の課が担当する施策の柱・取組・成果指標</span></li>
<li><a href="${link.to(DATASETS)}">データのダウンロード</a><span class="muted">${tableNames.length}の表（CSV・JSON・Excel）と計画全体のファイル、データ版 ${config.version}</span></li>
<li><a href="${link.to(QUALITY)}">品質レポート</a><span class="muted">原文の不整合と、テキストから決まらない事項</span></li>
<li><a href="${link.to(SOURCE)}">原文（抽出テキスト）</a><span class="muted">${officialPageNote(site, link)}</span></li>
<li><a href="${link.to(GLOSSARY)}">用語</a><span class="muted">本文で ※ の付いた${t.glossary.length}語</span></li>
</ul>
</section>`,
  });
};
