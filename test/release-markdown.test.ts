// The release notes and the data diff carry text from the plan (a changed name, an ID, a value) into
// Markdown that GitHub renders (issue 22 point 7). Rendered by micromark with GFM — the dialect GitHub
// renders, raw HTML allowed as GitHub allows much of it — such a text shows exactly as written: no
// link, image, tag, emphasis or heading of its own, whatever it holds.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { showHidden } from '../pipeline/characters.ts';
import { diffSnapshots } from '../pipeline/release/diff.ts';
import { diffMarkdown } from '../pipeline/release/diff-markdown.ts';
import { markdownCode, markdownText } from '../pipeline/release/markdown-text.ts';
import { releaseNotes } from '../pipeline/release/notes.ts';
import { readSnapshot } from '../pipeline/release/snapshot.ts';
import { judgeBump } from '../pipeline/release/verdict.ts';
import { config } from './helpers.ts';
import { copyDist, editValue, tempDir } from './release-helpers.ts';

const work = tempDir('markdown');
after(() => rmSync(work, { recursive: true, force: true }));

const options = { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] };
const render = (markdown: string): string => micromark(markdown, options);
const decode = (html: string): string => html.replace(/&(lt|gt|quot|amp|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[e]!);
/** What a reader sees of one line of text: line breaks as spaces, hidden characters shown, leading spaces gone (Markdown drops them). */
const seen = (text: string): string => showHidden(text.replace(/\r\n|[\r\n\t]/g, ' ')).trimStart();

const hostile = [
  '[訂正版](https://evil.example/fix)',
  '![t](https://evil.example/t.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<https://evil.example>',
  'https://evil.example/x and www.evil.example and someone@evil.example',
  '**太字** _斜体_ ~~取消~~ `code` $x^2$',
  '# 見出し',
  '> 引用',
  '- 項目',
  '+ 項目',
  '1. 項目',
  '2) 項目',
  '---',
  '===',
  '    字下げ',
  '| a | b |',
  '&amp; &lt;b&gt; &#x41;',
  '改行\n# injected heading\n[x](https://evil.example)',
  'bidi \u202Eevil\u202C and NUL \u0000',
  '\\[not a link\\](x)',
  '[ref]: https://evil.example',
  'a_b_c snake_case _lead trail_ __dunder__',
  '指標[1]',
  '[^1] footnote',
];

describe('markdownText: one line of text renders exactly as written (micromark, GFM, raw HTML on)', () => {
  for (const text of hostile) {
    it(JSON.stringify(text), () => {
      for (const [markdown, open, close] of [
        [markdownText(text), '<p>', '</p>'],
        [`- ${markdownText(text)}`, '<ul>\n<li>', '</li>\n</ul>'],
        [`x ${markdownText(text)}`, '<p>x ', '</p>'],
      ] as const) {
        const html = render(markdown).trim();
        assert.ok(html.startsWith(open) && html.endsWith(close), `${markdown}\n→ ${html}`);
        const inner = html.slice(open.length, html.length - close.length);
        assert.doesNotMatch(inner, /</, `no tag of its own: ${inner}`);
        assert.equal(decode(inner), seen(text).trimEnd(), markdown);
      }
    });
  }
  it('as a cell of a GFM table too', () => {
    for (const text of hostile) {
      const html = render(`| a |\n|---|\n| ${markdownText(text)} |\n`);
      const cell = /<td>(.*)<\/td>/s.exec(html)?.[1] ?? '';
      assert.doesNotMatch(cell, /</, `${text}: ${cell}`);
      assert.equal(decode(cell), seen(text).trim(), text);
    }
  });
  it('for any text of markup characters, letters and spaces (fast-check)', () => {
    const alphabet = fc.constantFrom(...'\\`*_[]()!<>&~|$@#:.-+=/ "\'{}^%\n1aw名'.split(''), 'www.', 'http://', '://');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          const html = render(`x ${markdownText(text)} y`).trim();
          assert.ok(html.startsWith('<p>') && html.endsWith('</p>'), html);
          const inner = html.slice('<p>'.length, -'</p>'.length);
          assert.doesNotMatch(inner, /</);
          assert.equal(decode(inner), `x ${seen(text)} y`);
        },
      ),
      { numRuns: 500, seed: 22 },
    );
  });
});

describe('markdownCode: a code span that no text can leave', () => {
  it('shows backticks, pipes and markup as written, in a paragraph and in a table cell', () => {
    for (const text of [...hostile, '`', '``a``', 'a`b', ' ` ', 'x|y', '']) {
      const html = render(`x ${markdownCode(text)}`).trim();
      const code = /^<p>x <code>(.*)<\/code><\/p>$/s.exec(html)?.[1];
      assert.equal(code === undefined ? undefined : decode(code), showHidden(text.replace(/\r\n|[\r\n\t]/g, ' ')) || ' ', `${text}: ${html}`);
      const cell = /<td><code>(.*)<\/code><\/td>/s.exec(render(`| a |\n|---|\n| ${markdownCode(text, true)} |\n`))?.[1];
      assert.equal(cell === undefined ? undefined : decode(cell), showHidden(text.replace(/\r\n|[\r\n\t]/g, ' ')) || ' ', `in a table: ${text}`);
    }
  });
});

describe('release notes and the data diff with a changed name that holds markup', () => {
  it('render no link, image or tag from the name: the name shows as written, every link is a download link', () => {
    const name = '[訂正版](https://evil.example/fix) ![t](https://evil.example/t.png) <img src=x onerror=alert(1)>\n# 見出し';
    const old = copyDist(work, 'old');
    const next = copyDist(work, 'new');
    editValue(next, '062022_indicators', 'kpi-4-1-1', 'name', name);
    const diff = diffSnapshots(readSnapshot(old), readSnapshot(next));
    const markdown = diffMarkdown(diff, judgeBump(diff));
    const notes = releaseNotes({
      version: config.version,
      municipalityCode: config.municipality.code,
      downloadBaseUrl: config.downloadBaseUrl,
      entry: { version: config.version, date: '2026-12-01', body: 'The maintainers’ own **Markdown**.', line: 1 },
      diff: markdown,
    });
    for (const html of [render(markdown), render(notes)]) {
      assert.doesNotMatch(html, /<img|<script|evil\.example\/fix"|<h1>見出し/i);
      for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) assert.ok(href!.startsWith(`${config.downloadBaseUrl}/`), href);
      assert.ok(decode(html).includes(seen(name)), 'the name is shown as written');
    }
    assert.match(render(notes), /<strong>Markdown<\/strong>/, 'the CHANGELOG entry stays Markdown');
  });
});
