// vocab/: the project vocabulary (yp:), one entry per term at the anchor of its IRI's fragment, so
// `{baseIri}vocab#Goal` dereferences to vocab/index.html#Goal. The Turtle is dist/vocab.ttl.
import { vocabNamespace } from '../namespaces.ts';
import { vocabularyNodes } from '../vocab.ts';
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage } from './layout.ts';
import { HOME, VOCAB } from './page-paths.ts';
import { withoutRepositoryPaths } from './source-files.ts';

type Literal = { '@value': string; '@language'?: string };
const literals = (v: unknown): Literal[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as Literal[]) : typeof v === 'string' ? [{ '@value': v }] : [v as Literal];
const inLanguage = (v: unknown, lang: string): string | undefined => literals(v).find((l) => l['@language'] === lang)?.['@value'];
const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export const vocabPage = (site: Site): string => {
  const namespace = vocabNamespace(site.config);
  const nodes = vocabularyNodes(site.config);
  const terms = nodes.filter((n) => String(n['@id']).startsWith(namespace));
  const ontology = nodes.find((n) => !String(n['@id']).startsWith(namespace));
  return renderPage(site, {
    path: VOCAB,
    title: 'プロジェクト語彙（yp:）',
    description: `${site.source.title}のオープンデータが使う独自の語彙（${namespace}）。`,
    breadcrumbs: [['ホーム', HOME]],
    alternates: [{ path: 'vocab.ttl', type: 'text/turtle', title: 'プロジェクト語彙（Turtle）' }],
    jsonLd: [{ '@context': site.context, '@graph': nodes }],
    body: (
      link,
    ) => html`<p class="lead">標準の語彙（SKOS、W3C Data Cube、W3C ORG、DCAT、Dublin Core）にない用語だけを <code>${namespace}</code> に定義しています。Turtle 版: <a href="${link.file('vocab.ttl')}" type="text/turtle">vocab.ttl</a></p>
${ontology ? html`<p lang="en">${inLanguage(ontology['rdfs:comment'], 'en') ?? ''}</p>` : ''}
<dl class="vocab">${terms.map((n) => {
      const id = String(n['@id']).slice(namespace.length);
      return html`<dt id="${id}"><code>yp:${id}</code> ${inLanguage(n['rdfs:label'], 'ja') ?? ''}</dt><dd><span class="muted">${list(n['@type']).join(', ')}</span>${inLanguage(n['rdfs:comment'], 'en') ? html`<br><span lang="en">${withoutRepositoryPaths(site, inLanguage(n['rdfs:comment'], 'en')!, 'en')}</span>` : ''}</dd>`;
    })}</dl>`,
  });
};
