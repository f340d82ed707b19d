// plan/ (the concept scheme `{baseIri}plan`): the plan's system — every goal with its policies and their
// pillars, marking the policies whose page the text lacks — and the priority projects. The page the home
// page sends a reader to for the whole tree.
import { planJsonLdPath } from '../formats/plan-jsonld.ts';
import { linkedIris } from '../jsonld.ts';
import { alternate, jsonLdOf } from './blocks.ts';
import type { Site } from './context.ts';
import { missingPagesNote } from './gaps.ts';
import { html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { HOME, PLAN, recordPage } from './page-paths.ts';

export const planPage = (site: Site): string => {
  const { t, config } = site;
  const scheme = linkedIris(config).scheme;
  return renderPage(site, {
    path: PLAN,
    title: '施策の体系',
    description: `${site.source.title}の${t.goals.length}の基本目標、${t.policies.length}の施策、${t.pillars.length}の施策の柱と、${t.projects.length}つの前期重点プロジェクト。`,
    breadcrumbs: [['ホーム', HOME]],
    iri: scheme,
    alternates: [planJsonLdPath(config.municipality.code), `${config.municipality.code}_plan.json`].map((path) => alternate(site, path)),
    jsonLd: [jsonLdOf(site, [scheme])],
    body: (
      link,
    ) => html`<p class="lead">${t.goals.length}の基本目標、${t.policies.length}の施策、${t.pillars.length}の施策の柱（第２章 施策体系）と、${t.projects.length}つの前期重点プロジェクト（第１章）です。</p>
${missingPagesNote(site, link)}
<ol class="tree">${t.goals.map(
      (
        g,
      ) => html`<li><h2 id="${g.id}"><a href="${link.to(recordPage('goals', g.id))}">基本目標${g.number} ${g.name}</a></h2><p class="muted">${g.statement}${sourceLink(link, g.statementSourceLine)}</p>
<ul class="policies">${site.links.children('policies', g.id).map(
        (
          p,
        ) => html`<li><a href="${link.to(recordPage('policies', p.id))}"><span class="code">${p.code}</span>${p.name}</a>${p.pageSourceLine === null ? html`<span class="tag">ページなし</span>` : ''}
<ul class="pillars">${site.links.children('pillars', p.id).map((x) => html`<li><a href="${link.to(recordPage('pillars', x.id))}"><span class="code">${x.code}</span>${x.name}</a></li>`)}</ul></li>`,
      )}</ul></li>`,
    )}</ol>
<p class="muted"><span class="tag">ページなし</span>は、抽出テキストに第３章の施策のページがない施策です。</p>
<section aria-labelledby="projects"><h2 id="projects">前期重点プロジェクト</h2>
<ol class="projects">${t.projects.map((p) => html`<li><a href="${link.to(recordPage('projects', p.id))}">${p.name}</a>${sourceLink(link, p.sourceLine)}<br><span class="muted">${p.summary}</span></li>`)}</ol>
</section>`,
  });
};
