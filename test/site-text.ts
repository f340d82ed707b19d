// What a reader reads on a page, as a browser's parser builds it (parse5, the WHATWG algorithm): every text
// node and every attribute a person hears or sees (title, alt, aria-label, placeholder, the description), each
// with the language it is in — the lang of its nearest element that states one. English written where the page
// says Japanese is found by its shape, not by a list of known sentences: a run of three or more English words
// in a row, or a text whose letters are mostly Latin. Code (<code>, <kbd>, <samp>, <pre>), scripts and styles are
// not prose; in a link's text, URLs, file names and record IDs are names, not English.
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface TextRun {
  /** The text as the reader meets it (white space collapsed). */
  text: string;
  /** Where: the element path (`main > section > p`), or the attribute (`a[aria-label]`). */
  where: string;
  /** The language the page states for it (`ja`, `en`, …). */
  lang: string;
}

/** Not prose: what they hold is code, markup or data. */
const notProse = new Set(['code', 'kbd', 'samp', 'pre', 'script', 'style', 'template', 'var']);
/** Attributes read to or shown to a person. */
const readAttributes = ['title', 'alt', 'aria-label', 'aria-description', 'placeholder', 'aria-roledescription'];

const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every run of text and every read attribute of an HTML document, with its language. */
export const textRuns = (document: string): TextRun[] => {
  const runs: TextRun[] = [];
  const walk = (node: Node, lang: string, path: string): void => {
    if ('tagName' in node) {
      const e = node as Element;
      if (notProse.has(e.tagName)) return;
      const here = attr(e, 'lang') ?? lang;
      const where = path ? `${path} > ${e.tagName}` : e.tagName;
      for (const name of readAttributes) {
        const v = attr(e, name);
        if (v !== undefined && collapse(v)) runs.push({ text: collapse(v), where: `${where}[${name}]`, lang: here });
      }
      if (
        e.tagName === 'meta' &&
        ['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'].includes(attr(e, 'name') ?? attr(e, 'property') ?? '')
      )
        runs.push({ text: collapse(attr(e, 'content') ?? ''), where: `${where}[content]`, lang: here });
      const children = e.tagName === 'template' ? [] : e.childNodes;
      for (const child of children) walk(child, here, where);
      return;
    }
    if (node.nodeName === '#text') {
      const text = collapse((node as DefaultTreeAdapterMap['textNode']).value);
      if (text) runs.push({ text, where: path, lang });
      return;
    }
    if ('childNodes' in node) for (const child of (node as DefaultTreeAdapterMap['parentNode']).childNodes) walk(child, lang, path);
  };
  walk(parse(document), '', '');
  return runs.filter((r) => r.text !== '');
};

/** URLs, file names, record IDs and prefixed names (skos:Concept): names a reader copies, not words. */
const withoutNames = (text: string): string =>
  text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
    .replace(/[\w./-]+\.(?:csv|json|jsonld|ttl|xlsx|sqlite|html|js|css|txt|md|png|svg|zip)\b/gi, ' ')
    .replace(/\b[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+\b/g, ' ')
    .replace(/\b[a-z]+:[A-Za-z][\w-]*/g, ' ');

/** A Latin word: two letters or more with a lower-case one (CSV, JSON, KPI are names, not words). */
const word = "[A-Za-z](?=[A-Za-z'’-]*[a-z])[A-Za-z'’-]*[A-Za-z]";
/** Three or more words in a row, apart only by spaces or ASCII punctuation. */
const threeWords = new RegExp(`(?<![A-Za-z])${word}(?:[\\s,;:()"&/]+${word}){2,}`);
const words = new RegExp(word, 'g');

/**
 * The English in a text, if it reads as English: its first run of three words in a row, or the whole text when two
 * words or more are four fifths of its letters or more. Undefined for a text that reads as Japanese (or names only).
 */
export const englishIn = (raw: string): string | undefined => {
  const text = withoutNames(raw);
  const run = threeWords.exec(text);
  if (run) return run[0];
  const found = text.match(words) ?? [];
  const latin = found.join('').length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return found.length >= 2 && latin / letters > 0.8 ? raw : undefined;
};

/** The runs a Japanese reader meets in English: not in an element marked lang="en" (or another language than Japanese), with the English found. */
export const englishOutsideEnglish = (document: string): (TextRun & { english: string })[] =>
  textRuns(document).flatMap((r) => {
    if (r.lang !== '' && !r.lang.startsWith('ja')) return [];
    const english = englishIn(r.text);
    return english === undefined ? [] : [{ ...r, english }];
  });
