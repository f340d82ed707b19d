// Japanese throughout (issue 21 §1), as a reader meets the pages: every page of the site, built from the seed and
// with the fixture actuals, parsed as a browser parses it (parse5), has no English outside an element marked
// lang="en" — found by its shape (test/site-text.ts), so a new English sentence anywhere is caught, not only
// the ones seen before. English the plan itself writes (「KGI：Key Goal Indicator」) is the plan's words, quoted.
// The quality page says every rule and every entry in Japanese (the entry's message from its rule's template), the
// English beside it in lang="en".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { buildWithActuals, seedBuild, seedText, textOf } from './helpers.ts';
import { englishIn, englishOutsideEnglish, textRuns } from './site-text.ts';

const collapse = (s: string): string => s.replace(/\s+/g, ' ');
/** The plan text as one string, white space collapsed: English found in it is the plan's own. */
const plan = collapse(seedText());
const quotedFromPlan = (english: string): boolean => plan.includes(collapse(english));

/** Every page of a build: path → HTML. */
const pagesOf = (files: ReadonlyMap<string, unknown>): [string, string][] =>
  [...files.keys()].filter((p) => p.startsWith('site/') && p.endsWith('.html')).map((p) => [p, textOf(files as never, p)]);

/** The English a Japanese reader meets on a page, where it is. */
const englishOn = (html: string): string[] =>
  englishOutsideEnglish(html)
    .filter((r) => !quotedFromPlan(r.english))
    .map((r) => `${r.where}: ${r.text.slice(0, 160)}`);

describe('the detector of English (test/site-text.ts)', () => {
  const page = (body: string) => `<!DOCTYPE html><html lang="ja"><head><title>品質レポート</title></head><body>${body}</body></html>`;
  it('finds an English sentence anywhere: a paragraph, a table cell, a caption, an attribute, a description', () => {
    for (const body of [
      '<main><p>This page was updated.</p></main>',
      '<table><tr><td>string or empty</td></tr></table>',
      '<p>施策の柱 1-2-2 の名称: project item cites pillar as written</p>',
      '<figure><figcaption>Outcome indicators</figcaption></figure>',
      '<a href="x" title="Open the source line">969行</a>',
      '<p><span>利用できます（</span><span>Public Data License (Version 1.0)</span>）</p>',
    ])
      assert.notDeepEqual(englishOn(page(body)), [], body);
    assert.notDeepEqual(englishOn('<html lang="ja"><head><meta name="description" content="Every KPI of the plan"></head></html>'), []);
  });
  it('leaves Japanese, English marked lang="en", code, URLs, file names, IDs and acronyms alone', () => {
    for (const body of [
      '<p>成果指標（KPI）の CSV・JSON・JSON-LD と JSON Schema。Excel 用 CSV。</p>',
      '<p lang="en">Every inconsistency of the source is listed.</p>',
      '<div lang="en"><p>The data is derived from the plan.</p><p lang="ja">日本語</p></div>',
      '<p><code>string or empty</code></p>',
      '<p>IRI: <a href="https://w3id.org/yonezawa-plan/kpi/4-1-1">https://w3id.org/yonezawa-plan/kpi/4-1-1</a></p>',
      '<p>表 <a href="x">indicator_progress</a>、ファイル 062022_plan.jsonld、department-811cfd3de6、skos:Concept</p>',
      '<p>地域幸福度（Well-Being）の SDGs 8〜17</p>',
    ])
      assert.deepEqual(englishOn(page(body)), [], body);
  });
  it('reads every text node and the read attributes, each in the language its element states', () => {
    const runs = textRuns('<html lang="ja"><body><p title="見出し">本文<span lang="en">English here</span></p><img alt="図"></body></html>');
    assert.deepEqual(
      runs.map((r) => [r.text, r.lang]),
      [
        ['見出し', 'ja'],
        ['本文', 'ja'],
        ['English here', 'en'],
        ['図', 'ja'],
      ],
    );
    assert.equal(englishIn('基準値と目標値'), undefined);
  });
});

describe('the site speaks Japanese (English only in lang="en")', () => {
  it('every page of the committed plan’s site: no English outside lang="en" but the plan’s own words', async () => {
    const pages = pagesOf((await seedBuild()).files);
    assert.ok(pages.length > 200, `${pages.length} pages`);
    const found = pages.flatMap(([path, html]) => englishOn(html).map((e) => `${path} ${e}`));
    assert.deepEqual(found, []);
  });
  it('every page built with the fixture actuals (grades, warnings, actuals’ pages) too', async () => {
    const result = await buildWithActuals('test/fixtures/indicator-actuals.csv');
    assert.ok(result.ok);
    const found = pagesOf(result.files).flatMap(([path, html]) => englishOn(html).map((e) => `${path} ${e}`));
    assert.deepEqual(found, []);
  });
  it('the English summary page is in English, its Japanese quotations marked lang="ja"', async () => {
    const html = textOf((await seedBuild()).files, 'site/en/index.html');
    const main = textRuns(html).filter((r) => r.where.includes('main'));
    assert.ok(
      main.some((r) => r.lang === 'en' && /open data|tables/.test(r.text)),
      'English content',
    );
    assert.deepEqual(
      // (「加工」 is the licence's own word, which the dataset's English description quotes.)
      main.filter((r) => r.lang === 'en' && /[\u3040-\u30FF\u4E00-\u9FFF〜]/.test(r.text.replace(/\(加工\)/g, ''))).map((r) => r.text),
      [],
      'Japanese inside English is marked lang="ja"',
    );
  });
});

describe('the quality page in Japanese', () => {
  type Element = DefaultTreeAdapterMap['element'];
  const elements = (node: DefaultTreeAdapterMap['parentNode'], test: (e: Element) => boolean): Element[] =>
    node.childNodes.flatMap((c) => ('tagName' in c ? [...(test(c) ? [c] : []), ...elements(c, test)] : []));
  const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
  const text = (e: DefaultTreeAdapterMap['parentNode']): string =>
    e.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in c ? text(c) : '')).join('');

  type Entry = { ruleId: string; line: number; reason: string; ja: { reason: string } };
  it('gives every entry its Japanese message, a Japanese sentence naming its place, and its English message beside it in lang="en", folded under its rule', async () => {
    const result = await buildWithActuals('test/fixtures/indicator-actuals.csv');
    const document = parse(textOf(result.files, 'site/quality/index.html'));
    const report = JSON.parse(textOf(result.files, 'quality-report.json')) as { entries: Entry[] };
    const entries = elements(document, (e) => /^entry-\d+$/.test(attr(e, 'id') ?? ''));
    assert.equal(entries.length, report.entries.length);
    for (const entry of entries) {
      const [message, place, en] = elements(entry, (e) => e.tagName === 'p');
      const reported = report.entries[Number(attr(entry, 'id')!.slice(6)) - 1]!;
      assert.equal(text(message!), reported.ja.reason);
      assert.equal(attr(message!, 'lang'), undefined, 'the Japanese message is in the page’s language');
      assert.match(text(place!), /(抽出テキスト|記録ファイル).*が該当します。$/, text(place!));
      assert.equal(attr(en!, 'lang'), 'en');
      assert.equal(text(en!), reported.reason);
    }
    const details = elements(document, (e) => e.tagName === 'details');
    assert.ok(details.length >= 8 && details.every((d) => attr(d, 'open') === undefined), 'every rule’s entries folded');
  });
  it('shows the Japanese message of a real warning: the ※ at line 1066 that matches no footnote term (glossary:unknown-term)', async () => {
    const result = await seedBuild();
    const document = parse(textOf(result.files, 'site/quality/index.html'));
    const report = JSON.parse(textOf(result.files, 'quality-report.json')) as { entries: Entry[] };
    const i = report.entries.findIndex((e) => e.ruleId === 'glossary:unknown-term' && e.line === 1066);
    assert.ok(i >= 0, 'the seed reports glossary:unknown-term at line 1066');
    const [entry] = elements(document, (e) => attr(e, 'id') === `entry-${i + 1}`);
    assert.ok(entry, `entry-${i + 1} on the quality page`);
    const [message, , en] = elements(entry, (e) => e.tagName === 'p');
    assert.match(text(message!), /^「.+」の後の ※ が、どのページの脚注の用語とも一致しない$/);
    assert.equal(text(message!), report.entries[i]!.ja.reason);
    assert.equal(attr(en!, 'lang'), 'en');
    assert.match(text(en!), /^※ after 「.+」 matches no footnote term on any page$/);
  });
});
