// Where a table's records are shown on the site, declared in its module: on a page of their own (at the
// path of their IRI), as an anchor (their ID) on the page of the record a column names, or as an anchor on
// one of the site's own pages. Every table must say which (tables/table.ts makes the field required); the
// quality report, the search and the dataset pages link each record through it (emit/site/page-paths.ts).

/** The site's pages that are no record's: the home page (the plan at a glance), the glossary, the KPI progress data set. */
export type SitePage = 'home' | 'glossary' | 'kpi-progress';

/**
 * The path of each of those pages after the base IRI (the page is `site/{path}/index.html`, the home page
 * `site/index.html`): a record shown there as an anchor has the IRI `{baseIri}{path}#{its ID}`.
 */
export const sitePagePaths: Record<SitePage, string> = { home: '', glossary: 'glossary', 'kpi-progress': 'dataset/kpi-progress' };

export type SitePlace = { kind: 'own-page' } | { kind: 'on-page-of'; column: string } | { kind: 'on-site-page'; page: SitePage };

/** Each record on a page of its own, at the path of its IRI (`policy/4-1/index.html`). */
export const ownPage = (): SitePlace => ({ kind: 'own-page' });
/** Each record at its ID's anchor on the page of the record `column` names (`pillar/4-1-1/index.html#pillar-action-4-1-1-1`). */
export const onPageOf = (column: string): SitePlace => ({ kind: 'on-page-of', column });
/** Each record at its ID's anchor on one of the site's own pages. */
export const onSitePage = (page: SitePage): SitePlace => ({ kind: 'on-site-page', page });
