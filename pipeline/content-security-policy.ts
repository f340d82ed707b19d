// The Content-Security-Policy of every page we publish (the site's pages and the Pages root), as a <meta>:
// GitHub Pages sends no headers. Scripts, styles, images, fonts and fetches from the site itself only, and
// nothing inline — no inline script or event handler, no style attribute or element. JSON-LD in
// <script type="application/ld+json"> is data, never run, so the policy does not touch it. Directives a
// <meta> cannot carry (frame-ancestors, report-uri, sandbox) are left out: a browser would only warn about
// them. A leaf, so the release's root page need not import the site.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');
