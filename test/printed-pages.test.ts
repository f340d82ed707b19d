// The printed page numbers the extracted text kept (parse/printed-pages.ts, issue 21 §5): read from the running
// header and the number after it, never counted from lines; each page runs to the next page break the text
// shows; a page the text does not number gets none. The site shows the page beside a source line of a
// numbered page (969行・p.13), and no page beside any other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceLine } from '../pipeline/parse/lines.ts';
import { printedPages } from '../pipeline/parse/printed-pages.ts';
import { sourceLink } from '../pipeline/emit/site/layout.ts';
import { Linker } from '../pipeline/emit/site/page-paths.ts';
import { seedBuild, seedText, textOf } from './helpers.ts';

const linesOf = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

describe('printed page numbers', () => {
  it('finds the three pages of the committed text whose number survived: p.10 from line 563, p.13 from 916, p.33 from 2121', () => {
    assert.deepEqual(printedPages(linesOf(seedText())), [
      { page: 10, firstLine: 563, lastLine: 799 },
      { page: 13, firstLine: 916, lastLine: 948 },
      { page: 33, firstLine: 2121, lastLine: 2195 },
    ]);
  });

  it('ends a page at the next page break the text shows: a chapter, a goal’s or a policy’s page, the next header, the end of the file', () => {
    const text = [
      '第３部 前期基本計画',
      '',
      '7',
      '本文',
      '第３部 前期基本計画',
      '８',
      '次のページ',
      '',
      ' 施策 4-1 健康・保健',
      '番号のないページ',
      '第３部 前期基本計画',
      '12',
      '最後のページ',
      '',
    ].join('\n');
    assert.deepEqual(printedPages(linesOf(text)), [
      { page: 7, firstLine: 1, lastLine: 4 },
      { page: 8, firstLine: 5, lastLine: 7 },
      { page: 12, firstLine: 11, lastLine: 13 },
    ]);
  });

  it('gives no number where the text shows none: a header without a number, a number without a header, a header followed by text', () => {
    assert.deepEqual(printedPages(linesOf(['第３部 前期基本計画', '', '本文', '10', '本文'].join('\n'))), []);
    assert.deepEqual(printedPages(linesOf(['本文', '', '10', '本文'].join('\n'))), []);
    assert.deepEqual(printedPages(linesOf(['第３部 前期基本計画', '10 本文'].join('\n'))), []);
  });

  it('follows the text, not a line count: blank lines added before a page move it, and a page removed is gone', () => {
    const lines = seedText().split('\n');
    const moved = [...lines.slice(0, 100), ...Array(7).fill(''), ...lines.slice(100)].join('\n');
    assert.deepEqual(
      printedPages(linesOf(moved)).map((p) => [p.page, p.firstLine]),
      [
        [10, 570],
        [13, 923],
        [33, 2128],
      ],
    );
    const without = lines.map((l, i) => (i + 1 === 916 ? '' : l)).join('\n');
    assert.deepEqual(
      printedPages(linesOf(without)).map((p) => p.page),
      [10, 33],
    );
  });
});

describe('printed pages on the site', () => {
  it('shows the page beside a source line of a numbered page, in words in its title, and none beside the others', async () => {
    const files = (await seedBuild()).files;
    // Pillar 5-3-1 is read from p.33 (its 【担当課】 at line 2129); KPI 4-1-1 from line 969, on no numbered page.
    const pillar = textOf(files, 'site/pillar/5-3-1/index.html');
    assert.match(pillar, /<a class="src" href="[^"]*#L2129" title="抽出テキストの2129行目（PDF の p\.33）"><span class="vh">出典 <\/span>2129行・p\.33<\/a>/);
    const kpi = textOf(files, 'site/kpi/4-1-1/index.html');
    assert.match(kpi, /<dt>出典<\/dt><dd><a href="[^"]*#L969">抽出テキストの969行目<\/a><\/dd>/);
    assert.doesNotMatch(kpi, /・p\.\d+<\/a>|PDF の p\.\d+/);
    const source = textOf(files, 'site/source/index.html');
    for (const [page, from, to] of [
      [10, 563, 799],
      [13, 916, 948],
      [33, 2121, 2195],
    ])
      assert.ok(source.includes(`>p.${page}</a><span class="muted">（${from}〜${to}行）</span>`), `p.${page}`);
  });

  it('shows no page for a line of no numbered page, and the page of one that is', () => {
    const pages = [{ page: 13, firstLine: 916, lastLine: 948 }];
    const link = new Linker('kpi/4-1-1/index.html', pages);
    assert.equal(
      sourceLink(link, 969).text,
      '<a class="src" href="../../source/index.html#L969" title="抽出テキストの969行目"><span class="vh">出典 </span>969行</a>',
    );
    assert.match(sourceLink(link, 948).text, />948行・p\.13<\/a>$/);
    assert.match(sourceLink(link, 916).text, />916行・p\.13<\/a>$/);
    assert.match(sourceLink(link, 915).text, />915行<\/a>$/);
    assert.match(sourceLink(new Linker('kpi/4-1-1/index.html'), 920).text, />920行<\/a>$/, 'a text without printed numbers');
  });
});
