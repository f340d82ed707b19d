// policy/<code>/: a 施策 as its page in the plan reads — 目指す姿, the KPIs with their charts, the pillars
// with their departments and actions, related plans, citizens' opinions, expected actions, the
// glossary terms it uses, what the SDG table proves, and its goal's 現状と課題 for this field.
import type { Row } from '../../tables/registry.ts';
import { departmentLinks, entityAlternates, iriOfRecord, jsonLdOf, kpiItem } from './blocks.ts';
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { GLOSSARY, HOME, recordPage } from './page-paths.ts';
import { qualityEntryFor, qualityRule } from './quality.ts';

export const policyPage = (site: Site, p: Row<'policies'>): string => {
  const goal = site.links.row('goals', p.goalId);
  const kpis = site.links.children('indicators', p.id);
  const pillars = site.links.children('pillars', p.id);
  const related = site.links.children('related_plans', p.id);
  const opinions = site.links.children('citizen_opinions', p.id);
  const expected = site.links.children('expected_actions', p.id);
  const marks = site.links.children('sdg_mark_counts', p.id);
  const links = site.links.children('sdg_links', p.id);
  const issues = site.links.naming('current_issues', 'policyId', p.id);
  const termIds = [...new Set(site.links.naming('glossary_usages', 'policyId', p.id).map((u) => u.termId))];
  const terms = termIds.map((id) => site.links.row('glossary', id));
  const hasPage = p.pageSourceLine !== null;
  const secondHalf = qualityRule(site, 'unresolved:sdg-goals-8-17');

  return renderPage(site, {
    path: recordPage('policies', p.id),
    kicker: `施策 ${p.code}`,
    title: p.name,
    description: `${site.source.title} 施策 ${p.code}「${p.name}」${p.visionTitle ? `: 目指す姿「${p.visionTitle}」` : ''}`,
    breadcrumbs: [
      ['ホーム', HOME],
      [`基本目標${goal.number} ${goal.name}`, recordPage('goals', goal.id)],
    ],
    iri: iriOfRecord(site, 'policies', p.id),
    alternates: entityAlternates(site, 'policies'),
    jsonLd: [jsonLdOf(site, [iriOfRecord(site, 'policies', p.id)])],
    body: (
      link,
    ) => html`<p class="muted">基本目標${goal.number}「<a href="${link.to(recordPage('goals', goal.id))}">${goal.name}</a>」の施策（第２章${sourceLink(link, p.sourceLine)}${hasPage ? html`、施策のページ${sourceLink(link, p.pageSourceLine!)}` : ''}）</p>
${hasPage ? '' : html`<p class="note warn">抽出テキストには、この施策のページ（第３章の目指す姿・成果指標・主な取組など）が含まれていません。ここには第２章の施策の体系にある情報だけを載せています。</p>`}
${p.visionTitle ? html`<section aria-labelledby="vision"><h2 id="vision">目指す姿</h2><p class="vision">${p.visionTitle}</p>${p.visionText ? html`<p>${p.visionText}</p>` : ''}</section>` : ''}
${kpis.length > 0 ? html`<section aria-labelledby="kpis"><h2 id="kpis">成果指標</h2><ul class="kpis">${kpis.map((k) => kpiItem(site, link, k))}</ul></section>` : ''}
<section aria-labelledby="pillars"><h2 id="pillars">施策の柱と主な取組</h2>
${pillars.map((x) => {
  const departments = site.links.children('pillar_departments', x.id);
  const actions = site.links.children('pillar_actions', x.id);
  return html`<h3><a href="${link.to(recordPage('pillars', x.id))}"><span class="code">${x.code}</span>${x.name}</a></h3>
${departments.length > 0 ? html`<p class="muted">担当課${sourceLink(link, departments[0]!.sourceLine)}</p>${departmentLinks(link, departments)}` : ''}
${actions.length > 0 ? html`<ul>${actions.map((a) => html`<li>${a.restated ? html`<span class="tag">再掲</span>` : ''}${a.text}${sourceLink(link, a.sourceLine)}</li>`)}</ul>` : ''}`;
})}
</section>
${related.length > 0 ? html`<section aria-labelledby="related"><h2 id="related">主な個別計画・方針等</h2><ul>${related.map((r) => html`<li id="${r.id}">${r.text}${sourceLink(link, r.sourceLine)}</li>`)}</ul></section>` : ''}
${opinions.length > 0 ? html`<section aria-labelledby="opinions"><h2 id="opinions">市民等からの意見・提案</h2><ul>${opinions.map((o) => html`<li id="${o.id}">${o.text}${sourceLink(link, o.sourceLine)}</li>`)}</ul><p class="muted">アンケートやまちづくりフォーラム等で寄せられた提案等（計画に掲載されたもの）。</p></section>` : ''}
${expected.length > 0 ? html`<section aria-labelledby="expected"><h2 id="expected">目指す姿に近付くために市民・事業者・団体等に期待したい行動</h2><ul>${expected.map((e) => html`<li id="${e.id}"><span class="tag">${e.actor}</span>${e.text}${sourceLink(link, e.sourceLine)}</li>`)}</ul></section>` : ''}
${terms.length > 0 ? html`<section aria-labelledby="terms"><h2 id="terms">このページの用語</h2><ul>${terms.map((g) => html`<li><a href="${link.to(`${GLOSSARY}#${g.id}`)}">${g.term}</a>${sourceLink(link, g.sourceLine)}</li>`)}</ul><p class="note">用語解説の定義は原文で伏字（＊＊＊）になっているため、定義は載せていません（作ってもいません）。</p></section>` : ''}
<section aria-labelledby="sdgs"><h2 id="sdgs">SDGs との対応</h2>
${marks.map((m) => {
  const entry = qualityEntryFor(site, m.id);
  return html`<p id="${m.id}">計画の SDGs 対応表で、この施策の行には SDGs ${m.firstSdg}〜${m.lastSdg} の欄に ● が ${m.markCount} 個あります${sourceLink(link, m.sourceLine)}。${m.markCount > 0 ? html`どの目標の欄かは抽出テキストから判別できません${entry ? html`（<a href="${link.to(entry)}">品質レポート</a>）` : ''}。` : ''}</p>`;
})}
${links.length > 0 ? html`<p>確認済みの対応:</p><ul>${links.map((l) => html`<li id="${l.id}">SDG ${l.sdg}<span class="muted">（${l.provenance}）</span></li>`)}</ul>` : html`<p>確認済みの対応（人が原本の PDF で確かめたもの）はまだありません。</p>`}
<p class="muted">SDGs 8〜17 の欄は抽出テキストで施策と対応づけられないため公開していません${secondHalf ? html`（<a href="${link.to(secondHalf)}">品質レポート</a>）` : ''}。</p>
</section>
${issues.length > 0 ? html`<section aria-labelledby="issues"><h2 id="issues">本市の現状と課題（基本目標${goal.number}「${issues[0]!.category}」）</h2><ul>${issues.map((c) => html`<li>${c.text}${sourceLink(link, c.sourceLine)}</li>`)}</ul><p class="muted"><a href="${link.to(`${recordPage('goals', goal.id)}#issues`)}">基本目標${goal.number}の現状と課題すべて</a></p></section>` : ''}`,
  });
};
