// goal/<n>/: a 基本目標 — its statement, its policies, 本市の現状と課題 by category and the Well-Being
// categories of its page.
import type { Row } from '../../tables/registry.ts';
import { entityAlternates, iriOfRecord, jsonLdOf } from './blocks.ts';
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { HOME, recordPage } from './page-paths.ts';

export const goalPage = (site: Site, g: Row<'goals'>): string => {
  const policies = site.links.children('policies', g.id);
  const issues = site.links.children('current_issues', g.id);
  const categories = [...new Set(issues.map((c) => c.category))];
  const wellbeing = site.links.children('wellbeing_categories', g.id);
  return renderPage(site, {
    path: recordPage('goals', g.id),
    kicker: `基本目標${g.number}`,
    title: g.name,
    description: `${site.source.title} 基本目標${g.number}「${g.name}」: ${g.statement}`,
    breadcrumbs: [['ホーム', HOME]],
    iri: iriOfRecord(site, 'goals', g.id),
    alternates: entityAlternates(site, 'goals'),
    jsonLd: [jsonLdOf(site, [iriOfRecord(site, 'goals', g.id)])],
    body: (link) => html`<p class="lead">${g.statement}${sourceLink(link, g.statementSourceLine)}</p>
<section aria-labelledby="policies"><h2 id="policies">施策</h2>
<ul>${policies.map(
      (p) =>
        html`<li><a href="${link.to(recordPage('policies', p.id))}"><span class="code">${p.code}</span>${p.name}</a>${p.visionTitle ? html`<br><span class="muted">目指す姿: ${p.visionTitle}</span>` : ''}</li>`,
    )}</ul>
</section>
<section aria-labelledby="issues"><h2 id="issues">本市の現状と課題</h2>
${
  categories.length === 0
    ? html`<p class="note">抽出テキストにはこの基本目標のページ（現状と課題）が含まれていません。</p>`
    : categories.map((category) => {
        const rows = issues.filter((c) => c.category === category);
        const policyId = rows[0]!.policyId;
        return html`<h3>${policyId ? html`<a href="${link.to(recordPage('policies', policyId))}">${category}</a>` : category}</h3><ul>${rows.map((c) => html`<li id="${c.id}">${c.text}${sourceLink(link, c.sourceLine)}</li>`)}</ul>`;
      })
}
</section>
${
  wellbeing.length > 0
    ? html`<section aria-labelledby="wellbeing"><h2 id="wellbeing">地域幸福度（Well-Being）のカテゴリー</h2>
<div class="scroll" tabindex="0" role="region" aria-label="地域幸福度のカテゴリー"><table class="stack"><thead><tr><th scope="col">カテゴリー</th><th scope="col">主観指標の例</th><th scope="col">客観指標の例</th><th scope="col">出典</th></tr></thead>
<tbody>${wellbeing.map((w) => html`<tr id="${w.id}"><th scope="row">${w.category}</th><td data-label="主観指標の例">${w.subjectiveExample ?? ''}</td><td data-label="客観指標の例">${w.objectiveExample ?? ''}</td><td data-label="出典">${w.survey ?? ''}${sourceLink(link, w.sourceLine)}</td></tr>`)}</tbody></table></div></section>`
    : ''
}`,
  });
};
