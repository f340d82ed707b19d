// Text → HTML text or attribute value: the one escaper of the site's templates (emit/site/html.ts) and of
// the release's root page (release/github-pages.ts). A leaf, so the release does not import the site.
// A hidden character (a control, a bidirectional override, a separator: characters.ts) is shown as
// 〈U+XXXX〉, never raw, so it can neither reorder nor hide the text around it.
import { showHidden } from './characters.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value. */
export const escapeHtml = (text: string): string => {
  const shown = showHidden(text, true);
  return /[&<>"']/.test(shown) ? shown.replace(/[&<>"']/g, (c) => entities[c]!) : shown;
};
