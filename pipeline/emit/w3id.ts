// The redirect rules w3id.org needs for our IRIs (`{baseIri}` = https://w3id.org/<name>/): the `.htaccess` of
// the folder <name>/ of the w3id.org repository, committed as w3id/<name>/.htaccess and sent there as a pull
// request (docs/linked-data.md). It negotiates by the Accept header, in Apache's mod_rewrite, and answers
// 303 See Other (the IRI names a thing; the answer is a document about it): HTML to the entity's page on
// GitHub Pages, application/ld+json (or application/json) and text/turtle to the data files beside it
// (formats/entity-data.ts); the root to the whole plan graph, the vocabulary's Turtle to vocab.ttl, and the
// catalog — with the dataset, distributions and area only it describes — to catalog.jsonld/.ttl. Of the three kinds, the one the Accept header names first wins (mod_rewrite
// cannot weigh q-values); a header that names none gets HTML.
import type { Config } from '../config.ts';
import { pagesFolder, siteFolder } from '../publish/urls.ts';
import { planJsonLdPath } from './formats/plan-jsonld.ts';

/** The folder of the w3id.org repository the base IRI is under: https://w3id.org/yonezawa-plan/ → `yonezawa-plan`. */
export const w3idName = (config: Pick<Config, 'baseIri'>): string => {
  const m = /^https:\/\/w3id\.org\/([A-Za-z0-9][A-Za-z0-9._-]*)\/$/.exec(config.baseIri);
  if (!m) throw new Error(`baseIri ${config.baseIri} is not a w3id.org name (https://w3id.org/<name>/): no w3id.org rules to write`);
  return m[1]!;
};

/** Where the file sits in this repository. */
export const w3idHtaccessPath = (config: Pick<Config, 'baseIri'>): string => `w3id/${w3idName(config)}/.htaccess`;

// An Accept header that names the kind before either other kind (PCRE lookahead: no other kind precedes it).
const html = 'text/html';
const jsonLd = 'application/(ld\\+)?json';
const turtle = 'text/turtle';
const namesFirst = (kind: string, others: readonly string[]): string => `^((?!${others.join('|')}).)*(${kind})`;
const acceptsJsonLd = namesFirst(jsonLd, [html, turtle]);
const acceptsTurtle = namesFirst(turtle, [html, jsonLd]);

export const w3idHtaccess = (config: Pick<Config, 'baseIri' | 'pagesUrl' | 'municipality'>): string => {
  const name = w3idName(config);
  // A substitution of mod_rewrite reads $ and % as back-references and a space as its end: none may be in the URL.
  if (!/^https:\/\/[A-Za-z0-9.-]+\/[A-Za-z0-9._~/-]*$/.test(config.pagesUrl) || !config.pagesUrl.endsWith('/'))
    throw new Error(`pagesUrl ${config.pagesUrl} must be an https URL ending in / of letters, digits and . _ ~ / - only, to be written into a RewriteRule`);
  const data = `${config.pagesUrl}${pagesFolder()}/`;
  const site = `${data}${siteFolder}/`;
  /** The three rules of one IRI pattern: JSON-LD, Turtle, else HTML. */
  const negotiated = (pattern: string, to: { jsonLd: string; turtle: string; html: string }): string[] => [
    `RewriteCond %{HTTP_ACCEPT} ${acceptsJsonLd} [NC]`,
    `RewriteRule ${pattern} ${to.jsonLd} [R=303,L]`,
    `RewriteCond %{HTTP_ACCEPT} ${acceptsTurtle} [NC]`,
    `RewriteRule ${pattern} ${to.turtle} [R=303,L]`,
    `RewriteRule ${pattern} ${to.html} [R=303,L]`,
    '',
  ];
  const plan = planJsonLdPath(config.municipality.code).replace(/\.jsonld$/, '');
  return `${[
    `# w3id.org/${name}/: the IRIs of the plan's open data (${config.baseIri}), redirected to GitHub Pages.`,
    '# Written by `npm run w3id` from dataset.config.json (pipeline/emit/w3id.ts); see docs/linked-data.md.',
    '# Accept: the first of text/html, application/ld+json (or application/json), text/turtle it names wins;',
    '# none of them: HTML. 303 See Other: the IRI names a thing, the answer is a document about it.',
    'Options +FollowSymLinks',
    'RewriteEngine on',
    '',
    '# The root: the whole plan graph.',
    ...negotiated('^$', { jsonLd: `${data}${plan}.jsonld`, turtle: `${data}${plan}.ttl`, html: site }),
    '# The vocabulary (its terms are vocab#Term): its Turtle file, its data beside its page.',
    ...negotiated('^vocab/?$', { jsonLd: `${site}vocab/index.jsonld`, turtle: `${data}vocab.ttl`, html: `${site}vocab/` }),
    '# The DCAT catalog, and what only it describes: the dataset, its distributions (the files) and its area.',
    ...negotiated('^catalog/?$', { jsonLd: `${data}catalog.jsonld`, turtle: `${data}catalog.ttl`, html: `${site}catalog/` }),
    ...negotiated('^(dataset|distribution/.+?)/?$', { jsonLd: `${data}catalog.jsonld`, turtle: `${data}catalog.ttl`, html: `${site}dataset/` }),
    ...negotiated('^area/([^/]+)/?$', { jsonLd: `${data}catalog.jsonld`, turtle: `${data}catalog.ttl`, html: `${site}organization/$1/` }),
    '# Every other IRI: the page at its path, and the data files beside the page.',
    ...negotiated('^(.+?)/?$', { jsonLd: `${site}$1/index.jsonld`, turtle: `${site}$1/index.ttl`, html: `${site}$1/` }),
  ]
    .join('\n')
    .trimEnd()}\n`;
};
