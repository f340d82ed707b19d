// glossary/: the ※ terms and every place each is used. Their definitions are masked (＊＊＊) in the
// source: the page says so and invents none.
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { GLOSSARY, HOME, recordPage } from './page-paths.ts';

export const glossaryPage = (site: Site): string => {
  const { t } = site;
  const masked = t.glossary.filter((g) => g.definitionMasked).length;
  return renderPage(site, {
    path: GLOSSARY,
    title: '用語',
    description: `${site.source.title}で ※ の付いた用語 ${t.glossary.length}語と、その使われている箇所。`,
    breadcrumbs: [['ホーム', HOME]],
    body: (link) => html`<p class="lead">計画の本文で ※ の付いた用語${t.glossary.length}語と、使われている箇所です。</p>
${masked > 0 ? html`<p class="note warn">原文の用語解説は${masked === t.glossary.length ? 'すべて' : `${masked}語で`}定義が伏字（＊＊＊）になっています。定義は公開せず、推測で補ってもいません。</p>` : ''}
<ul class="cards">${t.glossary.map((g) => {
      const usages = site.links.children('glossary_usages', g.id);
      return html`<li id="${g.id}"><h2 class="term">${g.term}</h2>
<p>${g.definition ?? html`<span class="muted">定義: 原文で伏字（＊＊＊）</span>`}${sourceLink(link, g.sourceLine)}</p>
${
  usages.length > 0
    ? html`<p class="muted">使われている箇所:</p><ul>${usages.map((u) => {
        const policy = site.links.row('policies', u.policyId);
        const place = site.places.get(u.recordId);
        return html`<li id="${u.id}"><a href="${link.to(place ?? recordPage('policies', policy.id))}">施策 ${policy.code} ${policy.name}</a>${sourceLink(link, u.sourceLine)}</li>`;
      })}</ul>`
    : html`<p class="muted">本文で ※ の付いた箇所が見つかりません。</p>`
}</li>`;
    })}</ul>`,
  });
};
