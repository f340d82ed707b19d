// project/<n>/ and initiative/<p-i>/: a priority project with its initiatives — departments in charge,
// the pillars each cites (【施策 x-y-z】) and the actions under them. Where a citation names a pillar
// otherwise than 第２章, both names are shown and the quality-report entry is linked.
import type { Row } from '../../tables/registry.ts';
import { departmentLinks, entityAlternates, iriOfRecord, jsonLdOf } from './blocks.ts';
import type { Site } from './context.ts';
import { html, raw, type Html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { HOME, type Linker, recordPage } from './page-paths.ts';
import { qualityEntryFor } from './quality.ts';

const circled = (n: number): string => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`);

/** An initiative's departments and cited pillars; record anchors only on the initiative's own page. */
const initiativeBody = (site: Site, link: Linker, i: Row<'project_initiatives'>, own: boolean): Html => {
  // Under the project page's h3, or straight under the initiative page's h1.
  const h = own ? 'h2' : 'h4';
  const departments = site.links.children('project_initiative_departments', i.id);
  const items = site.links.children('project_items', i.id);
  const citations = [...new Set(items.map((x) => x.citationOrder))];
  return html`${departments.length > 0 ? html`<p class="muted">担当課${sourceLink(link, departments[0]!.sourceLine)}</p>${departmentLinks(link, departments, own)}` : ''}
${citations.map((c) => {
  const rows = items.filter((x) => x.citationOrder === c);
  const first = rows[0]!;
  const pillar = site.links.row('pillars', first.pillarId);
  const entry = first.citedNameMatches ? undefined : qualityEntryFor(site, first.id, 'integrity:pillar-name-mismatch');
  return html`${raw(`<${h}>`)}【施策 <a href="${link.to(recordPage('pillars', pillar.id))}">${first.citedPillarCode}</a>】${first.citedName}${sourceLink(link, first.citationSourceLine)}${raw(`</${h}>`)}
${first.citedNameMatches ? '' : html`<p class="note warn">第２章では施策の柱 ${pillar.code} の名称は「<a href="${link.to(recordPage('pillars', pillar.id))}">${pillar.name}</a>」です。原文のまま掲載しています${entry ? html`（<a href="${link.to(entry)}">品質レポート</a>）` : ''}。</p>`}
<ul>${rows.map((x) => html`<li${own ? html` id="${x.id}"` : ''}>${x.restated ? html`<span class="tag">再掲</span>` : ''}${x.actionText}${sourceLink(link, x.sourceLine)}</li>`)}</ul>`;
})}`;
};

export const projectPage = (site: Site, p: Row<'projects'>): string => {
  const initiatives = site.links.children('project_initiatives', p.id);
  return renderPage(site, {
    path: recordPage('projects', p.id),
    kicker: `前期重点プロジェクト ${p.number}`,
    title: p.name,
    description: `${site.source.title} 前期重点プロジェクト「${p.name}」: ${p.summary}`,
    breadcrumbs: [['ホーム', HOME]],
    iri: iriOfRecord(site, 'projects', p.id),
    alternates: entityAlternates(site, 'projects'),
    jsonLd: [jsonLdOf(site, [iriOfRecord(site, 'projects', p.id)])],
    body: (link) => html`<p class="lead">${p.summary}${sourceLink(link, p.sourceLine)}</p>
<h2 id="initiatives">主な取組</h2>
${initiatives.map(
  (
    i,
  ) => html`<section aria-labelledby="${i.id}-h"><h3 id="${i.id}-h"><a href="${link.to(recordPage('project_initiatives', i.id))}">${circled(i.number)}${i.name}</a>${sourceLink(link, i.sourceLine)}</h3>
${initiativeBody(site, link, i, false)}</section>`,
)}`,
  });
};

export const initiativePage = (site: Site, i: Row<'project_initiatives'>): string => {
  const p = site.links.row('projects', i.projectId);
  return renderPage(site, {
    path: recordPage('project_initiatives', i.id),
    kicker: `前期重点プロジェクト ${p.number} の取組 ${circled(i.number)}`,
    title: i.name,
    description: `${site.source.title} 前期重点プロジェクト「${p.name}」の主な取組「${i.name}」`,
    breadcrumbs: [
      ['ホーム', HOME],
      [p.name, recordPage('projects', p.id)],
    ],
    iri: iriOfRecord(site, 'project_initiatives', i.id),
    alternates: entityAlternates(site, 'project_initiatives'),
    jsonLd: [jsonLdOf(site, [iriOfRecord(site, 'project_initiatives', i.id)])],
    body: (link) => html`<p class="muted"><a href="${link.to(recordPage('projects', p.id))}">${p.name}</a> の主な取組${sourceLink(link, i.sourceLine)}</p>
${initiativeBody(site, link, i, true)}`,
  });
};
