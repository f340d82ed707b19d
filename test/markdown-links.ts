// What test/markdown.test.ts checks in our Markdown, offline: every relative link and #anchor resolves, and no
// table row renders as text. A file is rendered as GitHub renders it (micromark with GFM, raw HTML kept), so a
// link inside code is no link, and a heading's anchor is GitHub's: its text lower-cased, punctuation dropped
// (Japanese brackets and ・ included; kana, kanji and ー kept), spaces as -, a repeated anchor numbered -1, -2.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const render = (markdown: string): string => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (html: string): string =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return entities[e.toLowerCase()] ?? whole;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

/** A heading's anchor as GitHub makes it (github-slugger), before numbering repeats. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

/** Every anchor a rendered page has: its headings' (repeats numbered) and every id or name its HTML gives. */
export const anchorsOf = (markdown: string): Set<string> => {
  const html = render(markdown);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of html.matchAll(/<h[1-6]>([\s\S]*?)<\/h[1-6]>/g)) {
    const base = slug(decode(m[1]!.replace(/<[^>]*>/g, '')));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*?\s(?:id|name)="([^"]+)"/gi)) anchors.add(decode(m[1]!));
  return anchors;
};

/** The links and images of a rendered page, as written (href or src). */
export const linksOf = (markdown: string): string[] => [...render(markdown).matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));

/** Table rows GFM did not read as a table (a paragraph between a table and its last rows): each as written. */
export const strayTableRows = (markdown: string): string[] =>
  [...render(markdown).matchAll(/<p>([\s\S]*?)<\/p>/g)].flatMap((m) => m[1]!.split('\n').filter((line) => /^\|.*\|$/.test(line.trim())));

/**
 * Every relative link of `file` (a path inside `root`) that does not resolve: a file or folder that is not there,
 * a path out of `root`, or an #anchor its Markdown target (or the file itself) lacks. Links with a scheme
 * (https:, mailto:) are not followed: the check needs no network.
 */
export const brokenLinks = (root: string, file: string): string[] => {
  const here = join(root, file);
  const text = readFileSync(here, 'utf8');
  const broken: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (path: string) => {
    if (!anchorCache.has(path)) anchorCache.set(path, anchorsOf(readFileSync(path, 'utf8')));
    return anchorCache.get(path)!;
  };
  for (const link of linksOf(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
    const hash = link.indexOf('#');
    const path = decodeURIComponent(hash < 0 ? link : link.slice(0, hash));
    const fragment = hash < 0 ? '' : decodeURIComponent(link.slice(hash + 1));
    const target = path === '' ? here : resolve(dirname(here), path);
    const inside = relative(root, target);
    if (inside.startsWith(`..${sep}`) || inside === '..') {
      broken.push(`${link}: outside the repository`);
      continue;
    }
    if (!existsSync(target)) {
      broken.push(`${link}: no such file`);
      continue;
    }
    if (fragment === '') continue;
    if (statSync(target).isDirectory()) broken.push(`${link}: an anchor in a folder`);
    else if (target.endsWith('.md')) {
      if (!anchorsIn(target).has(fragment)) broken.push(`${link}: no anchor #${fragment} in ${relative(root, target)}`);
    } else if (!readFileSync(target, 'utf8').includes(`id="${fragment}"`)) broken.push(`${link}: no id="${fragment}" in ${relative(root, target)}`);
  }
  return broken;
};
