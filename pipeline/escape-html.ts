// Text → HTML text or attribute value: the one escaper of the site's templates (emit/site/html.ts) and of
// the release's root page (release/github-pages.ts). A leaf, so the release does not import the site.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value. */
export const escapeHtml = (text: string): string => (/[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => entities[c]!) : text);
