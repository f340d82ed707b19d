// Search as a reader meets it: the committed site's search page in Debian's Chromium (test/consumers.ts),
// opened from disk (file://) and served over http on 127.0.0.1, queries typed into the box, the results read
// back from the page — how many, in what order, what is marked — and the status line screen readers announce
// (role=status, aria-live); the keyboard alone reaches and opens a result; axe-core finds no serious or critical
// violation with results shown. The same search in Node, rule by rule: test/search.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { searchIndexScript } from '../pipeline/emit/site/search-index.ts';
import { chromiumPath, needs } from './consumers.ts';
import { root } from './helpers.ts';

const require = createRequire(import.meta.url);
const site = join(root, 'dist', 'site');
const skipBrowser = needs('Chromium', chromiumPath());
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** dist/site over http on 127.0.0.1 (an ephemeral port), as Pages serves it: files only, nothing outside site/. */
const serve = (): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      const path = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)));
      try {
        if (!path.startsWith(site + sep)) throw new Error('outside');
        const body = readFileSync(path);
        response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

/** What the page shows for the query in the box: the status line, and per result its kind, link, title (marks in [ ]) and snippet. */
// (No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.)
const shown = (page: Page) =>
  page.evaluate(() =>
    ((marked: (el: Element | null) => string) => ({
      status: document.getElementById('search-status')!.textContent ?? '',
      results: [...document.querySelectorAll('#search-results > li')].map((li) => ({
        kind: li.querySelector('.tag')?.textContent ?? '',
        href: li.querySelector('a')!.getAttribute('href') ?? '',
        title: marked(li.querySelector('a')),
        snippet: marked(li.querySelector('p')),
      })),
    }))((el) => (el ? [...el.childNodes].map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.nodeType === 3 ? n.textContent : '')).join('') : '')),
  );

/** Types a query into the search box as a reader does (a key at a time) and waits until the status line names it. */
const search = async (page: Page, query: string) => {
  await page.fill('#q', '');
  await page.locator('#q').pressSequentially(query);
  await page.waitForFunction((q) => (document.getElementById('search-status')!.textContent ?? '').includes(`「${q.trim()}」`), query);
  return shown(page);
};

describe('search in Chromium, typed', { skip: skipBrowser }, () => {
  let browser: Browser;
  let server: Server;
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  before(async () => {
    server = await serve();
    browser = await chromium.launch({
      executablePath: chromiumPath()!,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--js-flags=--max-opt=1'],
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** The search page in a new tab (from disk or over http), given to `run`; then nothing must have gone wrong while it loaded and ran. */
  const withPage = async (how: 'file' | 'http', run: (page: Page) => Promise<void>) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.addInitScript({ content: axeSource });
    const problems: string[] = [];
    const origin = how === 'http' ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : undefined;
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    page.on('request', (r) => !r.url().startsWith(origin ?? 'file://') && problems.push(`outside request: ${r.url()}`));
    const url = origin ? `${origin}/search/index.html` : pathToFileURL(join(site, 'search', 'index.html')).href;
    try {
      await page.goto(url, { waitUntil: 'load' });
      await run(page);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  };
  const axe = (page: Page) =>
    page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(
        document,
        // No preload: axe would fetch the stylesheet with XMLHttpRequest, which file:// refuses (a console error of axe's, not the page's).
        { resultTypes: ['violations'], preload: false },
      );
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact})`);
    });

  for (const how of ['file', 'http'] as const) {
    it(`${how}: words are all required, readings find kanji, half-width and katakana fold, titles first, matches marked`, () =>
      withPage(how, async (page) => {
        // 高齢者 健康: both words in every result; the first holds one in its title.
        const elderly = await search(page, '高齢者 健康');
        assert.match(elderly.status, /^「高齢者 健康」: \d+件/);
        assert.ok(elderly.results.length >= 2, JSON.stringify(elderly.results));
        assert.match(elderly.results[0]!.title, /\[高齢者\]|\[健康\]/);
        for (const r of elderly.results) assert.ok(/\[高齢者/.test(r.title + r.snippet) && /健康\]/.test(r.title + r.snippet), JSON.stringify(r));

        // 減塩　健診 (U+3000): no one record holds both; the policy, its pillar and its goal do between their records.
        const salt = await search(page, '減塩　健診');
        assert.deepEqual(salt.results.map((r) => r.href.replace(/^\.\.\//, '')).sort(), [
          'goal/4/index.html',
          'pillar/4-1-1/index.html',
          'policy/4-1/index.html',
        ]);
        for (const r of salt.results) assert.match(r.snippet, /\[減塩\][\s\S]*\[健診\]|\[健診\][\s\S]*\[減塩\]/);

        // けんこう, ｹﾝｺｳ, ケンコウ: the same results, 健康 marked in the first title.
        const readings = [];
        for (const q of ['けんこう', 'ｹﾝｺｳ', 'ケンコウ']) {
          const r = await search(page, q);
          assert.match(r.results[0]!.title, /\[健康\]/, q);
          readings.push(r.results.map((x) => x.href));
        }
        assert.ok(readings[0]!.length >= 10);
        assert.deepEqual(readings[1], readings[0]);
        assert.deepEqual(readings[2], readings[0]);

        // げんえん: 減塩, marked in the text of policy 4-1.
        const genen = await search(page, 'げんえん');
        const policy = genen.results.find((r) => r.href === '../policy/4-1/index.html');
        assert.match(policy?.snippet ?? '', /\[減塩\]の推進/);

        // A department by its reading, a KPI by a fragment of its name: their own page first.
        const tourism = await search(page, 'かんこうか');
        assert.deepEqual([tourism.results[0]!.kind, tourism.results[0]!.title], ['担当課', '[観光課]']);
        const salt2 = await search(page, '食塩摂取');
        assert.deepEqual([salt2.results[0]!.href, salt2.results[0]!.title], ['../kpi/4-1-2/index.html', '推定一日[食塩摂取]量']);

        // Nothing: said so, and the list is empty.
        const none = await search(page, 'ぴよぴよ 健康');
        assert.equal(none.results.length, 0);
        assert.match(none.status, /一致するものはありません/);
      }));
  }

  it('file: the keyboard alone types, reaches the first result and opens it; the status is a live region', () =>
    withPage('file', async (page) => {
      const status = page.locator('#search-status');
      assert.equal(await status.getAttribute('role'), 'status');
      assert.equal(await status.getAttribute('aria-live'), 'polite');
      assert.equal(await page.locator('#search-results').getAttribute('aria-label'), '検索結果');
      // Tab from the top of the page until the search box has the focus.
      for (let k = 0; k < 30 && !(await page.evaluate(() => document.activeElement?.id === 'q')); k += 1) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
      await page.keyboard.type('げんえん');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /「げんえん」: \d+件/.test(document.getElementById('search-status')!.textContent ?? ''));
      assert.match(page.url(), /search\/index\.html$/, 'Enter searches in place');
      await page.keyboard.press('Tab'); // the button
      await page.keyboard.press('Tab'); // the first result
      const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
      assert.equal(first, (await shown(page)).results[0]!.href);
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => !u.pathname.endsWith('search/index.html'));
      assert.ok(page.url().endsWith(first!.replace(/^\.\.\//, '')), page.url());
    }));

  it('http: a link with ?q= shows its results on arrival, and axe passes on them (a page found by two of its records, marked as such)', () =>
    withPage('http', async (page) => {
      await page.goto(`${new URL(page.url()).origin}/search/index.html?q=${encodeURIComponent('減塩　健診')}`);
      const { status, results } = await shown(page);
      assert.match(status, /「減塩　健診」: 3件/);
      assert.equal(await page.inputValue('#q'), '減塩　健診');
      assert.equal(results.length, 3);
      assert.equal(await page.locator('#search-results li .muted').count(), 3, 'each names why it is there');
      assert.deepEqual(await axe(page), []);
    }));

  it('http: text in the index is shown as text, marks and all, never as markup', () =>
    withPage('http', async (page) => {
      const hostile = '<img src=x onerror="document.title=1">健康<b>太字</b>';
      const index = searchIndexScript([{ kind: '施策', title: hostile, text: `${hostile}の推進`, path: 'policy/4-1/index.html' }], () => '');
      await page.route('**/search-index.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: index }));
      await page.reload();
      const { results } = await search(page, '健康');
      assert.deepEqual(
        results.map((r) => [r.title, r.snippet]),
        [['<img src=x onerror="document.title=1">[健康]<b>太字</b>', '<img src=x onerror="document.title=1">[健康]<b>太字</b>の推進']],
      );
      assert.equal(await page.locator('#search-results img, #search-results b').count(), 0);
      // The markup itself as the query: marked, as text.
      const markup = await search(page, '<b>太字</b>');
      assert.equal(markup.results[0]?.title, '<img src=x onerror="document.title=1">健康[<b>太字</b>]');
      assert.equal(await page.locator('#search-results img, #search-results b').count(), 0);
    }));
});
