// What a first visit to each type of page costs: `npm run bench:pages [-- site folder]` (dist/site by
// default) prints, per page type, the bytes of the page and of the style sheet and scripts it loads, as written
// (uncompressed) and as sent with gzip (node:zlib's default level, as test/site-server.ts sends them; GitHub
// Pages compresses text too), for the smallest, the median and the largest page of the type; then the search
// index alone. BENCHMARKS.md ("Page weight") has the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../pipeline/paths.ts';

const site = process.argv[2] ?? join(root, 'dist', 'site');
const sizes = new Map<string, { raw: number; gzip: number }>();
const size = (path: string) => {
  const known = sizes.get(path);
  if (known) return known;
  const bytes = readFileSync(join(site, path));
  const s = { raw: bytes.length, gzip: gzipSync(bytes).length };
  sizes.set(path, s);
  return s;
};
/** A page with what it loads (style sheets and scripts under site/; nothing is loaded from elsewhere). */
const weigh = (page: string) => {
  const html = readFileSync(join(site, page), 'utf8');
  const loads = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"/g)].map((m) =>
    posix.normalize(posix.join(posix.dirname(page), (m[1] ?? m[2])!)),
  );
  return [page, ...loads].map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
};
/** The pages of a type: `folder/<id>/index.html`, or one page. */
const pagesOf = (folder: string): string[] =>
  folder.endsWith('.html')
    ? [folder]
    : readdirSync(join(site, folder))
        .map((id) => `${folder}/${id}/index.html`)
        .filter((p) => existsSync(join(site, p)));

const types: [string, string][] = [
  ['home', 'index.html'],
  ['English summary', 'en/index.html'],
  ['goal', 'goal'],
  ['policy', 'policy'],
  ['pillar', 'pillar'],
  ['KPI', 'kpi'],
  ['department', 'department'],
  ['project', 'project'],
  ['initiative', 'initiative'],
  ['dataset (with its explorer)', 'dataset'],
  ['KPI overview', 'dataset/kpi/index.html'],
  ['quality report', 'quality/index.html'],
  ['source text', 'source/index.html'],
  ['search', 'search/index.html'],
];
const kb = (n: number) => (n / 1024).toFixed(1);
const out = ['| page type | pages | sent (gzip), KB: min / median / max | uncompressed, KB: min / median / max |', '|---|--:|--:|--:|'];
for (const [name, folder] of types) {
  if (!existsSync(join(site, folder))) continue;
  const w = pagesOf(folder).map(weigh);
  const pick = (key: 'raw' | 'gzip') => {
    const v = w.map((x) => x[key]).sort((a, b) => a - b);
    return `${kb(v[0]!)} / ${kb(v[Math.floor((v.length - 1) / 2)]!)} / ${kb(v.at(-1)!)}`;
  };
  out.push(`| ${name} | ${w.length} | ${pick('gzip')} | ${pick('raw')} |`);
}
const index = join(site, 'search-index.js');
if (existsSync(index)) {
  const s = size('search-index.js');
  out.push('', `search index (search-index.js, loaded by the search page only): ${kb(s.raw)} KB, ${kb(s.gzip)} KB sent`);
}
process.stdout.write(`${out.join('\n')}\n${dirname(site) === join(root, 'dist') ? '' : `(${site})\n`}`);
