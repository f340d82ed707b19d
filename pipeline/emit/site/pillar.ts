// pillar/<code>/: a 施策の柱 — its departments and actions (主な取組), where the priority projects cite
// it, and the KPIs of its policy.
import type { Row } from '../../tables/registry.ts';
import { departmentLinks, entityAlternates, iriOfRecord, jsonLdOf, policyTrail } from './blocks.ts';
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { recordPage } from './page-paths.ts';
import { gradeHistory, latestGradeCompact } from './progress.ts';
import { qualityEntryFor } from './quality.ts';

export const pillarPage = (site: Site, x: Row<'pillars'>): string => {
  const policy = site.links.row('policies', x.policyId);
  const departments = site.links.children('pillar_departments', x.id);
  const actions = site.links.children('pillar_actions', x.id);
  const cited = site.links.naming('project_items', 'pillarId', x.id);
  const initiatives = [...new Set(cited.map((i) => i.initiativeId))].map((id) => site.links.row('project_initiatives', id));
  const kpis = site.links.children('indicators', policy.id);
  return renderPage(site, {
    path: recordPage('pillars', x.id),
    kicker: `施策の柱 ${x.code}`,
    title: x.name,
    description: `${site.source.title} 施策の柱 ${x.code}「${x.name}」（施策 ${policy.code} ${policy.name}）`,
    breadcrumbs: policyTrail(site, policy.id),
    iri: iriOfRecord(site, 'pillars', x.id),
    alternates: entityAlternates(site, 'pillars'),
    jsonLd: [jsonLdOf(site, [iriOfRecord(site, 'pillars', x.id)])],
    body: (
      link,
    ) => html`<p class="muted">施策 <a href="${link.to(recordPage('policies', policy.id))}">${policy.code} ${policy.name}</a> の柱（第２章${sourceLink(link, x.sourceLine)}）</p>
<section aria-labelledby="departments"><h2 id="departments">担当課</h2>
${departments.length > 0 ? html`${departmentLinks(link, departments, true)}<p class="muted">${sourceLink(link, departments[0]!.sourceLine)}</p>` : html`<p class="note">抽出テキストにはこの柱の担当課（第３章の施策のページ）が含まれていません。</p>`}
</section>
<section aria-labelledby="actions"><h2 id="actions">主な取組</h2>
${actions.length > 0 ? html`<ul>${actions.map((a) => html`<li id="${a.id}">${a.restated ? html`<span class="tag">再掲</span>` : ''}${a.text}${sourceLink(link, a.sourceLine)}</li>`)}</ul>` : html`<p class="note">抽出テキストにはこの柱の主な取組が含まれていません。</p>`}
</section>
${
  initiatives.length > 0
    ? html`<section aria-labelledby="projects"><h2 id="projects">重点プロジェクトでの取組</h2>
${initiatives.map((i) => {
  const project = site.links.row('projects', i.projectId);
  const items = cited.filter((c) => c.initiativeId === i.id);
  const differs = items.find((c) => !c.citedNameMatches);
  const entry = differs ? qualityEntryFor(site, differs.id) : undefined;
  return html`<h3><a href="${link.to(recordPage('project_initiatives', i.id))}">${project.name}: ${i.name}</a></h3>
${differs ? html`<p class="note warn">プロジェクトではこの柱を「${differs.citedName}」と書いています（第２章の名称は「${x.name}」）${entry ? html`。<a href="${link.to(entry)}">品質レポート</a>` : ''}</p>` : ''}
<ul>${items.map((c) => html`<li>${c.restated ? html`<span class="tag">再掲</span>` : ''}${c.actionText}${sourceLink(link, c.sourceLine)}</li>`)}</ul>`;
})}</section>`
    : ''
}
${kpis.length > 0 ? html`<section aria-labelledby="kpis"><h2 id="kpis">施策 ${policy.code} の成果指標</h2><ul class="kpi-grades">${kpis.map((k) => html`<li><a href="${link.to(recordPage('indicators', k.id))}">${k.name}</a>: ${k.baselineNotation}（${k.baselineFiscalYear}年度）→ ${k.targetNotation}（${k.targetFiscalYear}年度）<br>最新の評価: ${latestGradeCompact(site, link, k)}${gradeHistory(site, link, k)}</li>`)}</ul><p class="muted">成果指標は施策ごとに定められています。</p></section>` : ''}`,
  });
};
