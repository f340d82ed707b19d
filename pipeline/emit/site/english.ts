// en/: the dataset described in English for readers abroad — what the plan is, what the data holds, what the
// source lacks, where the files and the licence are. Its content is lang="en" (the site's frame stays
// Japanese); the Japanese names it quotes are marked lang="ja".
import { datasetTexts } from '../dataset-texts.ts';
import { tableNames } from '../../tables/registry.ts';
import { alternate } from './blocks.ts';
import type { Site } from './context.ts';
import { goalsWithoutPage, kgisHaveValues, numberRanges, policiesWithoutPage } from './gaps.ts';
import { html } from './html.ts';
import { renderPage } from './layout.ts';
import { DATASETS, ENGLISH, HOME, KPIS, PLAN, QUALITY, SOURCE, VOCAB } from './page-paths.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const englishPage = (site: Site): string => {
  const { t, config, source } = site;
  const texts = datasetTexts(config, source);
  const goals = goalsWithoutPage(site);
  const policies = policiesWithoutPage(site);
  const official = source.officialPage;
  return renderPage(site, {
    path: ENGLISH,
    lang: 'en',
    title: `${config.municipality.nameEn}: the comprehensive plan as open data`,
    description: texts.descriptionEn,
    breadcrumbs: [['ホーム', HOME]],
    alternates: ['catalog.jsonld', 'datapackage.json'].map((path) => alternate(site, path)),
    body: (link) => html`<p class="lead">${texts.descriptionEn}</p>
<p>The plan: <span lang="ja">「${source.planTitle}」${source.part}</span> (“Yonezawa Shiawase Vision 2035”, its first-term basic plan for fiscal years ${source.period.startFiscalYear}–${source.period.endFiscalYear}; the vision runs to ${source.visionPeriod.endFiscalYear}), by ${config.municipality.nameEn} (local-government code ${config.municipality.code}). The rest of this site is in Japanese.</p>
<h2 id="holds">What the data holds</h2>
<ul>
<li>${plural(t.goals.length, 'goal')}, ${plural(t.policies.length, 'policy', 'policies')} and ${plural(t.pillars.length, 'pillar')} (the plan’s system: <a href="${link.to(PLAN)}" hreflang="ja" lang="ja">施策の体系</a>), ${plural(t.projects.length, 'priority project')} and ${plural(t.departments.length, 'department')} in charge.</li>
<li>${plural(t.indicators.length, 'outcome indicator')} (KPI) with baseline and target as the plan writes them and as numbers (<a href="${link.to(KPIS)}" hreflang="ja">charts</a>); actuals only where a person has recorded the city’s published figures, with their source.</li>
<li>${plural(tableNames.length, 'table')} as CSV, JSON, SQLite and an Excel workbook, each with a JSON Schema; the whole plan as JSON and JSON-LD; DCAT metadata and a Frictionless data package (<a href="${link.to(DATASETS)}" hreflang="ja">downloads</a>). Every record keeps the line of the source text it was read from (<a href="${link.to(SOURCE)}" hreflang="ja">source text</a>); the project vocabulary is at <a href="${link.to(VOCAB)}" hreflang="ja">vocab</a>.</li>
</ul>
<h2 id="lacks">What the source does not give</h2>
<ul>
${
  goals.length > 0 || policies.length > 0
    ? html`<li>The extracted text lacks the pages of ${
        goals.length > 0
          ? `goals ${numberRanges(
              goals.map((g) => g.number),
              { to: '–', and: ', ' },
            )} and `
          : ''
      }${plural(policies.length, 'policy', 'policies')}: they have no vision, KPIs, actions or departments in the data.</li>`
    : ''
}
${kgisHaveValues() ? '' : html`<li>The plan names its ${plural(t.kgis.length, 'key goal indicator')} (KGI) but gives no values for them.</li>`}
<li>Every inconsistency of the source and every fact the text does not determine is listed in the <a href="${link.to(QUALITY)}" hreflang="ja">quality report</a>; nothing is corrected in silence or invented.</li>
</ul>
<h2 id="official">The official document</h2>
<p>${
      official === undefined
        ? 'Where the city publishes the plan is not recorded.'
        : official.status === 'found'
          ? html`The city publishes the plan at <a href="${official.url}">${official.url}</a> (checked ${official.checked}).`
          : html`The city’s own page for this plan could not be established (checked ${official.checked}). Known: the city’s website, <a href="${official.known[0]!.url}">${official.known[0]!.url}</a>.`
    }</p>
<h2 id="licence">Licence</h2>
<p><a href="${config.license.url}">${config.license.titleEn}</a> (${config.license.id}). Attribution: <span lang="ja">${config.license.attribution}</span>. The data is derived from the plan by the open-data maintainers; it is not published by the city.</p>`,
  });
};
