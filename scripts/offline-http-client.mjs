// Bundled in place of @digitalbazaar/http-client (scripts/bundle.mjs: alias). jsonld.js imports it — and
// with it undici, half a megabyte of bundle to load and compile on every build — only for its default
// document loader, which the build never uses: emit/rdf.ts hands jsonld.js a loader that refuses every URL.
export const httpClient = () => {
  throw new Error('offline: the build loads no document over the network');
};
