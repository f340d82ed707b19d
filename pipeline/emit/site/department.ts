// department/<id>/: everything one 担当課 is in charge of across the plan — pillars, priority-project
// initiatives, KPIs — a view no page of the PDF gives. organization/<code>/: the city and every
// department, with the pillars the plan gives to 全課 (all departments).
import type { Row } from '../../tables/registry.ts';
import { linkedIris } from '../jsonld.ts';
import { entityAlternates, iriOfRecord, jsonLdOf } from './blocks.ts';
import type { Site } from './context.ts';
import { numberRanges, pillarsWithoutDepartments } from './gaps.ts';
import { html, type Html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { departmentsPage, GRADE_RULES, HOME, KPI_PROGRESS, type Linker, recordPage } from './page-paths.ts';
import { qualityRule } from './quality.ts';
import { gradeHistory, latestGradeCompact } from './progress.ts';

const countsOf = (site: Site, id: string) => ({
  pillars: site.links.naming('pillar_departments', 'departmentId', id),
  initiatives: site.links.naming('project_initiative_departments', 'departmentId', id),
  kpis: site.links.naming('indicators', 'departmentId', id),
});

/**
 * What the counts cannot show: the pillars whose departments the text does not name (their policy's page is
 * not in it), so a department may be in charge of more than it is counted for. Nothing when every pillar has its departments.
 */
const unknownDepartmentsNote = (site: Site, link: Linker): Html => {
  const pillars = pillarsWithoutDepartments(site);
  if (pillars.length === 0) return html``;
  const goals = [...new Set(pillars.map((x) => site.links.row('goals', site.links.row('policies', x.policyId).goalId).number))];
  const entry = qualityRule(site, 'unresolved:policy-page');
  return html`<p class="note warn gap-note">施策の柱の担当課は、第３章の施策のページにだけ書かれています。抽出テキストには基本目標${numberRanges(goals)}の施策のページがないため、その施策の柱${pillars.length}件の担当課は分かりません。ここに数えた施策の柱はそれ以外のものだけで、実際にはもっと多くを担当している課があり得ます${entry ? html`（<a href="${link.to(entry)}">品質レポート</a>）` : ''}。</p>`;
};

export const departmentPage = (site: Site, d: Row<'departments'>): string => {
  const { pillars, initiatives, kpis } = countsOf(site, d.id);
  const list = departmentsPage(site.config.municipality.code);
  return renderPage(site, {
    path: recordPage('departments', d.id),
    kicker: '担当課',
    title: d.name,
    description: `${site.source.title}で${d.name}が担当する施策の柱 ${pillars.length}件、重点プロジェクトの取組 ${initiatives.length}件、成果指標 ${kpis.length}件。`,
    breadcrumbs: [
      ['ホーム', HOME],
      [`${site.config.municipality.name}の担当課`, list],
    ],
    iri: iriOfRecord(site, 'departments', d.id),
    alternates: entityAlternates(site, 'departments'),
    jsonLd: [jsonLdOf(site, [iriOfRecord(site, 'departments', d.id)])],
    body: (
      link,
    ) => html`<p class="lead">計画のなかで${d.name}が担当課として名前を挙げられているもの: 施策の柱 ${pillars.length}件、重点プロジェクトの取組 ${initiatives.length}件、成果指標 ${kpis.length}件。</p>
<p class="muted">計画で最初に名前が出る行${sourceLink(link, d.sourceLine)}。このほか「全課」とされた施策の柱は<a href="${link.to(`${list}#all`)}">担当課の一覧</a>にあります。</p>
${unknownDepartmentsNote(site, link)}
<section aria-labelledby="pillars"><h2 id="pillars">施策の柱</h2>
${
  pillars.length > 0
    ? html`<ul>${pillars.map((r) => {
        const x = site.links.row('pillars', r.pillarId);
        const others = site.links.children('pillar_departments', x.id).filter((o) => o.id !== r.id);
        return html`<li><a href="${link.to(recordPage('pillars', x.id))}"><span class="code">${x.code}</span>${x.name}</a>${sourceLink(link, r.sourceLine)}${others.length > 0 ? html`<br><span class="muted">ほかに担当する${others.length}課: ${others.map((o, i) => html`${i > 0 ? '、' : ''}${o.departmentId ? html`<a href="${link.to(recordPage('departments', o.departmentId))}">${o.departmentName}</a>` : o.departmentName}`)}</span>` : ''}</li>`;
      })}</ul>`
    : html`<p>なし</p>`
}
</section>
<section aria-labelledby="initiatives"><h2 id="initiatives">重点プロジェクトの取組</h2>
${
  initiatives.length > 0
    ? html`<ul>${initiatives.map((r) => {
        const i = site.links.row('project_initiatives', r.initiativeId);
        const p = site.links.row('projects', i.projectId);
        return html`<li><a href="${link.to(recordPage('project_initiatives', i.id))}">${i.name}</a><span class="muted">（${p.name}）</span>${sourceLink(link, r.sourceLine)}</li>`;
      })}</ul>`
    : html`<p>なし</p>`
}
</section>
<section aria-labelledby="kpis"><h2 id="kpis">成果指標</h2>
${kpis.length > 0 ? html`<ul class="kpi-grades">${kpis.map((k) => html`<li><a href="${link.to(recordPage('indicators', k.id))}">${k.name}</a>: ${k.baselineNotation}（${k.baselineFiscalYear}年度）→ ${k.targetNotation}（${k.targetFiscalYear}年度）${sourceLink(link, k.sourceLine)}<br>最新の評価: ${latestGradeCompact(site, link, k)}${gradeHistory(site, link, k)}</li>`)}</ul><p class="muted"><a href="${link.to(GRADE_RULES)}">評価の基準（S・A・B・C）</a>・<a href="${link.to(KPI_PROGRESS)}">すべての実績値</a></p>` : html`<p>なし</p>`}
</section>`,
  });
};

export const departmentsListPage = (site: Site): string => {
  const { t, config } = site;
  const all = t.pillar_departments.filter((d) => d.allDepartments);
  return renderPage(site, {
    path: departmentsPage(config.municipality.code),
    title: `${config.municipality.name}の担当課`,
    description: `${site.source.title}に担当課として名前の出る${t.departments.length}の課と、それぞれが担当する施策の柱・重点プロジェクトの取組・成果指標の数。`,
    breadcrumbs: [['ホーム', HOME]],
    iri: linkedIris(config).city,
    alternates: entityAlternates(site, 'departments'),
    jsonLd: [jsonLdOf(site, [linkedIris(config).city])],
    body: (
      link,
    ) => html`<p class="lead">計画に担当課として名前の出る${t.departments.length}の課（最初に名前が出る順）。課ごとのページに、その課が担当する施策の柱・重点プロジェクトの取組・成果指標をまとめています。</p>
${unknownDepartmentsNote(site, link)}
<div class="scroll" tabindex="0" role="region" aria-label="担当課の一覧"><table class="stack"><thead><tr><th scope="col">担当課</th><th scope="col">施策の柱</th><th scope="col">重点プロジェクトの取組</th><th scope="col">成果指標</th></tr></thead>
<tbody>${t.departments.map((d) => {
      const c = countsOf(site, d.id);
      return html`<tr><th scope="row"><a href="${link.to(recordPage('departments', d.id))}">${d.name}</a></th><td class="num" data-label="施策の柱">${c.pillars.length}</td><td class="num" data-label="重点プロジェクトの取組">${c.initiatives.length}</td><td class="num" data-label="成果指標">${c.kpis.length}</td></tr>`;
    })}</tbody></table></div>
<h2 id="all">全課が担当する施策の柱</h2>
${
  all.length > 0
    ? html`<p>次の施策の柱は、担当課が「全課」（すべての課）とされています。</p><ul>${all.map((r) => {
        const x = site.links.row('pillars', r.pillarId);
        return html`<li><a href="${link.to(recordPage('pillars', x.id))}"><span class="code">${x.code}</span>${x.name}</a>${sourceLink(link, r.sourceLine)}</li>`;
      })}</ul>`
    : html`<p>なし</p>`
}`,
  });
};
