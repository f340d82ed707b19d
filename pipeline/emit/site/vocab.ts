// vocab/: the project vocabulary (yp:), one entry per term at the anchor of its IRI's fragment, so
// `{baseIri}vocab#Goal` dereferences to vocab/index.html#Goal: its labels and comments in Japanese and English,
// its domain and range (a property), superclasses (a class) or code list (a concept). The Turtle is dist/vocab.ttl.
import { vocabNamespace } from '../namespaces.ts';
import { vocabularyNodes } from '../vocab.ts';
import type { Site } from './context.ts';
import { type Html, html, raw } from './html.ts';
import { renderPage } from './layout.ts';
import { HOME, VOCAB } from './page-paths.ts';
import { withoutRepositoryPaths } from './source-files.ts';

type Literal = { '@value': string; '@language'?: string };
const literals = (v: unknown): Literal[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as Literal[]) : typeof v === 'string' ? [{ '@value': v }] : [v as Literal];
const inLanguage = (v: unknown, lang: string): string | undefined => literals(v).find((l) => l['@language'] === lang)?.['@value'];

/** A term named in a domain, range or superclass: `yp:Goal` linked to its entry, any other compact name or IRI as it is. */
const named = (value: unknown, namespace: string): Html[] => {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => named(v, namespace));
  if (typeof value === 'object' && value !== null) {
    // A union of classes (owl:unionOf), or a node given by its @id.
    const node = value as Record<string, unknown>;
    const union = (node['owl:unionOf'] as { '@list'?: unknown[] } | undefined)?.['@list'];
    if (union) return [html`${named(union, namespace).flatMap((h, i) => (i === 0 ? [h] : [raw(' または '), h]))}`];
    return named(node['@id'], namespace);
  }
  const name = String(value);
  if (name.startsWith(namespace)) {
    const term = name.slice(namespace.length);
    return [html`<a href="#${term}"><code>yp:${term}</code></a>`];
  }
  return [html`<code>${name}</code>`];
};
const joined = (items: Html[]): Html => html`${items.flatMap((h, i) => (i === 0 ? [h] : [raw('、'), h]))}`;

export const vocabPage = (site: Site): string => {
  const namespace = vocabNamespace(site.config);
  const nodes = vocabularyNodes(site.config);
  const terms = nodes.filter((n) => String(n['@id']).startsWith(namespace));
  const ontology = nodes.find((n) => !String(n['@id']).startsWith(namespace));
  /** A fact of a term's entry (its type, domain, range, …): its name in Japanese and English, and what it holds. */
  const fact = (ja: string, en: string, value: Html) => (value.text === '' ? '' : html`<span>${ja} <span lang="en">${en}</span>: ${value}</span> `);
  return renderPage(site, {
    path: VOCAB,
    title: 'プロジェクト語彙（yp:）',
    description: `${site.source.title}のオープンデータが使う独自の語彙（${namespace}）。`,
    breadcrumbs: [['ホーム', HOME]],
    alternates: [{ path: 'vocab.ttl', type: 'text/turtle', title: 'プロジェクト語彙（Turtle）' }],
    jsonLd: [{ '@context': site.context, '@graph': nodes }],
    body: (
      link,
    ) => html`<p class="lead">標準の語彙（SKOS、W3C Data Cube、W3C ORG、PROV、DCAT、Dublin Core）にない用語だけを <code>${namespace}</code> に定義しています。各用語には日本語と英語のラベルと説明、性質には定義域（domain）と値域（range）があります。Turtle 版: <a href="${link.file('vocab.ttl')}" type="text/turtle">vocab.ttl</a></p>
${ontology ? html`<p lang="en">${withoutRepositoryPaths(site, inLanguage(ontology['rdfs:comment'], 'en') ?? '', 'en')}</p>` : ''}
<p>目次: ${joined(terms.map((n) => named(n['@id'], namespace)[0]!))}</p>
${terms.map((n) => {
  const id = String(n['@id']).slice(namespace.length);
  const ja = inLanguage(n['rdfs:label'], 'ja');
  const en = inLanguage(n['rdfs:label'], 'en');
  const commentEn = inLanguage(n['rdfs:comment'], 'en');
  // Each term folded to its heading (124 terms would make a page three times the height of the longest other):
  // the heading, its comments and facts are one click, and a link to #term lands on its heading.
  return html`<section class="vocab-term" id="${id}"><details>
<summary><h2><code>yp:${id}</code> ${ja ?? ''}${en === undefined ? '' : html` <span lang="en">(${en})</span>`}</h2></summary>
<p>${withoutRepositoryPaths(site, inLanguage(n['rdfs:comment'], 'ja') ?? '')}</p>${commentEn === undefined ? '' : html`<p lang="en">${withoutRepositoryPaths(site, commentEn, 'en')}</p>`}
<p class="muted">${fact('種類', 'type', joined(named(n['@type'], namespace)))}${fact('上位クラス', 'subclass of', joined(named(n['rdfs:subClassOf'], namespace)))}${fact('定義域', 'domain', joined(named(n['rdfs:domain'], namespace)))}${fact('値域', 'range', joined(named(n['rdfs:range'], namespace)))}${fact('コードリスト', 'in scheme', joined(named(n['skos:inScheme'], namespace)))}</p>
</details></section>`;
})}`,
  });
};
