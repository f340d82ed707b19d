// The dataset pages as people meet them (issue 21 §9): every row of every table in the page's own HTML, and
// explore.js in Debian's Chromium (playwright-core), the page opened from disk — sort by a number column and by
// codes (natural order), filter by text, choose facets, the count announced, the view kept in the URL and
// restored from it, the CSV of the rows shown equal to the published CSV's rows (papaparse reads both), all of
// it by keyboard alone, axe-core clean; and with JavaScript off the whole table is there. The pieces of the
// script that need no page (natural order, the CSV writer) run in Node against the CSV emitter itself.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { z } from 'zod';
import { toCsv } from '../pipeline/emit/csv.ts';
import { facetsOf } from '../pipeline/emit/site/explore.ts';
import { explorerScript } from '../pipeline/emit/site/explorer-script.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { chromiumArgs, chromiumPath, needs } from './consumers.ts';
import { seedBuild, textOf } from './helpers.ts';

const require = createRequire(import.meta.url);
const code = '062022';

/** The seed's build written out as dist/ is (the site beside the data files), once for the file. */
let written: Promise<string> | undefined;
const dist = (): Promise<string> =>
  (written ??= seedBuild().then((r) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-explore-'));
    for (const [path, content] of r.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }));
after(async () => {
  const dir = await written?.catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fileText = async (path: string): Promise<string> => textOf((await seedBuild()).files, path);
const jsonRows = async (table: string) => JSON.parse(await fileText(`${code}_${table}.json`)) as Record<string, unknown>[];
const csvRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

/** The explorer's rows of a page's HTML: each row's cells as text (tags dropped, entities read). */
const staticRows = (html: string): string[][] => {
  const body = /<table id="explore-table"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const textOfCell = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => textOfCell(c[1]!)));
};

describe('dataset pages: the whole table in the HTML', () => {
  it('every row of every table, each cell the value the JSON holds (574 rows today), with no script needed', async () => {
    let total = 0;
    let expected = 0;
    for (const name of tableNames) {
      const html = await fileText(`site/dataset/${name}/index.html`);
      const rows = await jsonRows(name);
      const cells = staticRows(html);
      expected += rows.length;
      total += cells.length;
      assert.equal(cells.length, rows.length, `${name}: rows`);
      for (const [i, row] of rows.entries())
        assert.deepEqual(
          cells[i],
          Object.values(row).map((v) => (v === null ? '' : String(v))),
          `${name} row ${i + 1}`,
        );
    }
    assert.equal(total, expected);
    assert.ok(total >= 574, `${total} rows`);
  });

  it('weighs about what its rows hold: the rows at most 4× the table’s CSV, the largest page under 150 KB', async () => {
    const sizes = await Promise.all(
      tableNames.map(async (name) => {
        const html = await fileText(`site/dataset/${name}/index.html`);
        const body = /<table id="explore-table"[\s\S]*?(<tbody>[\s\S]*?<\/tbody>)/.exec(html)?.[1] ?? '';
        return { name, page: Buffer.byteLength(html), rows: Buffer.byteLength(body), csv: Buffer.byteLength(await fileText(`${code}_${name}.csv`)) };
      }),
    );
    for (const s of sizes) assert.ok(s.rows <= 4 * s.csv, `${s.name}: ${s.rows} bytes of rows for a ${s.csv}-byte CSV`);
    const largest = sizes.reduce((a, b) => (b.page > a.page ? b : a));
    assert.ok(largest.page < 150_000, `${largest.name}: ${largest.page} bytes`);
  });

  it('derives the facets from the registry: goal, policy and department (named or reached through ref() columns), enums and booleans', () => {
    const keys = (name: (typeof tableNames)[number]) => facetsOf(name).map((f) => `${f.key}:${f.source.kind}`);
    assert.deepEqual(keys('indicators'), [
      'goal:reached',
      'policyId:column',
      'departmentId:column',
      'unit:column',
      'baselineFiscalYearFromHeader:column',
      'targetCondition:column',
      'targetFiscalYearFromHeader:column',
    ]);
    assert.deepEqual(keys('pillar_actions'), ['goal:reached', 'policy:reached', 'restated:column']);
    assert.deepEqual(keys('indicator_progress'), ['goal:reached', 'policy:reached', 'department:reached', 'unit:column', 'grade:column']);
    const goal = facetsOf('pillar_actions').find((f) => f.key === 'goal')!.source;
    assert.deepEqual(goal.kind === 'reached' ? goal.path.map((s) => s.column) : [], ['pillarId', 'policyId', 'goalId']);
    assert.deepEqual(keys('departments'), []);
    assert.deepEqual(keys('goals'), []);
  });

  it('offers 全課 rows of pillar_departments as the empty department, and labels options as the linked data names records', async () => {
    const html = await fileText('site/dataset/pillar_departments/index.html');
    assert.match(html, /<option value="_empty" data-label="（空欄）">（空欄）（\d+）<\/option>/);
    assert.match(await fileText('site/dataset/pillars/index.html'), /<option value="policy-4-1" data-label="4-1 健康・保健">4-1 健康・保健（\d+）<\/option>/);
  });
});

describe('explore.js without a page', () => {
  const load = () => {
    const window: {
      PlanExplorer?: {
        natural(a: string, b: string): number;
        compare(type: string, a: string, b: string): number;
        toCsv(columns: { title: string; type: string }[], rows: (string | null)[][]): string;
      };
    } = {};
    vm.runInNewContext(explorerScript, { window });
    return window.PlanExplorer!;
  };
  it('orders codes naturally: digits as numbers, then the text', () => {
    const { natural } = load();
    const sorted = ['4-1-10', '4-10-1', '4-1-9', 'kpi-4-2-1', '4-2-1', 'kpi-4-10-1', '4-1-1', 'sdg-marks-1-1-8-17', 'sdg-marks-1-1-1-7'].sort(natural);
    assert.deepEqual(sorted, ['4-1-1', '4-1-9', '4-1-10', '4-2-1', '4-10-1', 'kpi-4-2-1', 'kpi-4-10-1', 'sdg-marks-1-1-1-7', 'sdg-marks-1-1-8-17']);
  });
  it('compares numbers as numbers (2.7 after 2.10, -5 before 3), truth values false first', () => {
    const { compare } = load();
    assert.ok(compare('number', '2.7', '2.10') > 0);
    assert.ok(compare('number', '-5', '3') < 0);
    assert.ok(compare('integer', '1000', '999') > 0);
    assert.ok(compare('boolean', 'false', 'true') < 0);
    assert.ok(compare('string', 'kpi-4-1-9', 'kpi-4-1-10') < 0);
  });
  it('writes every table’s rows byte for byte as the published CSV', async () => {
    const { toCsv: clientCsv } = load();
    for (const name of tableNames) {
      const published = await fileText(`${code}_${name}.csv`);
      const { schema } = (await import('../pipeline/tables/registry.ts')).tables[name];
      const { columnsOf } = await import('../pipeline/tables/columns.ts');
      const columns = columnsOf(schema);
      const rows = (await jsonRows(name)).map((r) => columns.map((c) => (r[c.key] === null ? null : String(r[c.key]))));
      assert.equal(clientCsv(columns, rows), published, name);
    }
  });
  it('quotes and neutralises hostile text as the CSV emitter does (formulas, quotes, commas, spaces)', () => {
    const { toCsv: clientCsv } = load();
    const hostile = ['=1+2', '+81', '-3', '-2+3', '@SUM(A1)', 'a"b', 'a,b', ' lead', 'trail ', '\uFEFFx', '062022', 'TRUE', '1e5'];
    const schema = z.object({
      text: z.string().meta({ title: '文字, "列"' }),
      n: z.number().nullable().meta({ title: '数' }),
      b: z.boolean().meta({ title: 'b' }),
    });
    const rows = hostile.map((t, i) => ({ text: t, n: i % 3 === 0 ? null : i / 4, b: i % 2 === 0 }));
    const columns = [
      { title: '文字, "列"', type: 'string' },
      { title: '数', type: 'number' },
      { title: 'b', type: 'boolean' },
    ];
    assert.equal(
      clientCsv(
        columns,
        rows.map((r) => [r.text, r.n === null ? null : String(r.n), String(r.b)]),
      ),
      toCsv(schema, rows),
    );
  });
});

const skipBrowser = needs('Chromium', chromiumPath());

describe('dataset pages in Chromium, opened from disk', { skip: skipBrowser }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  before(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath()!,
      headless: true,
      args: chromiumArgs,
    });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: axeSource });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith('file://') && !r.url().startsWith('blob:') && problems.push(`outside request: ${r.url()}`));
  });
  after(async () => {
    await browser?.close();
  });

  const urlOf = async (table: string, fragment = '') => `${pathToFileURL(join(await dist(), 'site', 'dataset', table, 'index.html')).href}${fragment}`;
  const open = async (table: string, fragment = '') => {
    problems = [];
    await page.goto(await urlOf(table, fragment), { waitUntil: 'load' });
    await page.locator('#explore-controls:not([hidden])').waitFor();
  };
  /** The visible rows, each as its cells' text, in the order shown. */
  const visible = () =>
    page.$$eval('#explore-table tbody tr:not([hidden])', (trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent ?? '')));
  const headerIndex = async (title: string) =>
    page.$$eval('#explore-table thead th', (ths, t) => ths.findIndex((th) => th.getAttribute('data-key') === t), title);
  const status = () => page.textContent('#explore-status');
  const download = async (): Promise<string> => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#explore-csv')]);
    return readFileSync((await file.path())!, 'utf8');
  };
  const axe = () =>
    page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(
        document,
        {
          resultTypes: ['violations'],
        },
      );
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });

  it('shows every row, and the whole table downloads as the published CSV, byte for byte', async () => {
    await open('indicators');
    const published = await fileText(`${code}_indicators.csv`);
    assert.equal((await visible()).length, csvRows(published).length - 1);
    assert.equal(await status(), `全${csvRows(published).length - 1}行を表示`);
    assert.equal(await download(), published);
    // On a wide screen the explorer takes the width it needs beside the page's column, and no more than the window.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1280);
    assert.deepEqual(problems, []);
  });

  it('sorts a number column as numbers (aria-sort on its header), both ways, and codes in natural order', async () => {
    await open('indicators');
    const col = await headerIndex('baselineValue');
    const th = page.locator('#explore-table thead th').nth(col);
    await th.getByRole('button').click();
    assert.equal(await th.getAttribute('aria-sort'), 'ascending');
    const up = (await visible()).map((r) => Number(r[col]));
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a - b),
    );
    assert.ok(up.some((v) => v >= 100) && up.some((v) => v < 10), 'values of several magnitudes, so text order would differ');
    await th.getByRole('button').click();
    assert.equal(await th.getAttribute('aria-sort'), 'descending');
    assert.deepEqual(
      (await visible()).map((r) => Number(r[col])),
      [...up].sort((a, b) => b - a),
    );
    assert.equal(await page.locator('#explore-table thead th[aria-sort]').count(), 1, 'only the sorted column says so');

    // Codes with parts of two digits (the plan has none yet): the pillars page with each pillar number × 4.
    const natural = (a: string, b: string): number => {
      const x = a.split(/(\d+)/);
      const y = b.split(/(\d+)/);
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
        const c = i % 2 === 1 ? Number(x[i]) - Number(y[i]) : x[i]! < y[i]! ? -1 : x[i]! > y[i]! ? 1 : 0;
        if (c !== 0) return c;
      }
      return x.length - y.length;
    };
    const pillars = join(await dist(), 'site', 'dataset', 'pillars');
    writeFileSync(
      join(pillars, 'natural.html'),
      readFileSync(join(pillars, 'index.html'), 'utf8').replace(
        /<td>(\d+)-(\d+)-(\d+)<\/td>/g,
        (_, g: string, p: string, n: string) => `<td>${g}-${p}-${Number(n) * 4}</td>`,
      ),
    );
    problems = [];
    await page.goto(pathToFileURL(join(pillars, 'natural.html')).href, { waitUntil: 'load' });
    const codeCol = await headerIndex('code');
    await page.locator('#explore-table thead th').nth(codeCol).getByRole('button').click();
    const codes = (await visible()).map((r) => r[codeCol]!);
    assert.ok(codes.includes('4-1-8') && codes.includes('4-1-12'), codes.join(' '));
    assert.deepEqual(codes, [...codes].sort(natural));
    assert.notDeepEqual(codes, [...codes].sort(), 'not text order');
    assert.ok(codes.indexOf('4-1-8') < codes.indexOf('4-1-12'));
    assert.deepEqual(problems, []);
  });

  it('filters by text and facets, counts and announces, keeps the view in the URL and restores it, and saves the rows shown as CSV', async () => {
    await open('indicators');
    const all = (await visible()).length;
    assert.equal(await page.getAttribute('#explore-status', 'aria-live'), 'polite');
    await page.fill('#explore-q', '受診率');
    const text = await visible();
    assert.ok(text.length > 0 && text.length < all, `${text.length} of ${all}`);
    for (const r of text) assert.ok(r.join(' ').includes('受診率'), r.join(' '));
    assert.equal(await status(), `${all}行中 ${text.length}行を表示`);
    // Full width and katakana fold as a person expects: ＫＰＩ finds kpi, ケンコウ would find けんこう.
    await page.fill('#explore-q', 'ＫＰＩ-４-１');
    assert.ok((await visible()).every((r) => r[1]!.startsWith('kpi-4-1')) && (await visible()).length === 2);
    await page.fill('#explore-q', '');

    const dept = await headerIndex('departmentId');
    const chosen = (await page.locator('#facet-departmentId option').nth(1).getAttribute('value'))!;
    await page.selectOption('#facet-departmentId', chosen);
    const byDept = await visible();
    assert.ok(byDept.length > 0 && byDept.length < all);
    assert.ok(byDept.every((r) => r[dept] === chosen));
    assert.equal(await status(), `${all}行中 ${byDept.length}行を表示`);
    // The other facets count what this one leaves: the goal select's total is the department's rows.
    assert.match((await page.locator('#facet-goal option').first().textContent())!, new RegExp(`（${byDept.length}）$`));
    await page.selectOption('#facet-goal', 'goal-4');
    const target = await headerIndex('targetValue');
    await page.locator('#explore-table thead th').nth(target).getByRole('button').click();
    await page.locator('#explore-table thead th').nth(target).getByRole('button').click();
    const view = await visible();
    const url = page.url();
    assert.match(url, new RegExp(`#.*departmentId=${chosen}`));
    assert.match(url, /goal=goal-4/);
    assert.match(url, /_sort_desc=targetValue/);
    assert.equal(await page.getAttribute('#explore-link', 'href'), `#${url.split('#')[1]}`);

    // The CSV of the rows shown: the published CSV's header and exactly these rows, in this order.
    const saved = csvRows(await download());
    const published = csvRows(await fileText(`${code}_indicators.csv`));
    const byId = new Map(published.slice(1).map((r) => [r[1], r]));
    assert.deepEqual(saved[0], published[0]);
    assert.deepEqual(
      saved.slice(1),
      view.map((r) => byId.get(r[1]!)),
    );

    // Reopened from the URL (another page first), the view is back: rows, order, controls.
    await open('goals');
    problems = [];
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('#explore-controls:not([hidden])').waitFor();
    assert.deepEqual(await visible(), view);
    assert.equal(await page.inputValue('#facet-departmentId'), chosen);
    assert.equal(await page.inputValue('#facet-goal'), 'goal-4');
    assert.equal(await page.locator('#explore-table thead th').nth(target).getAttribute('aria-sort'), 'descending');
    // A search in the link too.
    await page.fill('#explore-q', '率');
    const searched = await visible();
    const again = page.url();
    assert.match(again, /_search=/);
    await open('goals');
    await page.goto(again, { waitUntil: 'load' });
    await page.locator('#explore-controls:not([hidden])').waitFor();
    assert.equal(await page.inputValue('#explore-q'), '率');
    assert.deepEqual(await visible(), searched);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(), []);
  });

  it('reads a view given as a query too (?_sort=…), and keeps it in the fragment from then on', async () => {
    await open('indicators', '?_sort=baselineValue');
    const col = await headerIndex('baselineValue');
    assert.equal(await page.locator('#explore-table thead th').nth(col).getAttribute('aria-sort'), 'ascending');
    assert.match(page.url(), /index\.html#_sort=baselineValue$/);
    assert.deepEqual(problems, []);
  });

  it('works by keyboard alone: Tab to the filter, type, choose a facet with the arrow keys, sort with Enter', async () => {
    await open('pillars');
    const all = (await visible()).length;
    const focused = () => page.evaluate(() => (document.activeElement?.id || document.activeElement?.tagName) ?? '');
    const tabTo = async (want: (id: string) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        if (want(await focused())) return;
      }
      assert.fail(`Tab never reached it (at ${await focused()})`);
    };
    await tabTo((id) => id === 'explore-q');
    await page.keyboard.type('推進');
    const typed = (await visible()).length;
    assert.ok(typed > 0 && typed < all);
    await tabTo((id) => id === 'facet-goal');
    await page.keyboard.press('ArrowDown');
    const goal = await page.inputValue('#facet-goal');
    assert.match(goal, /^goal-\d+$/);
    const faceted = await visible();
    assert.ok(faceted.length > 0 && faceted.length <= typed);
    // On to the first sort button (the first column's), then Enter sorts by it.
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('sort') ?? false)) break;
    }
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('sort')), 'a sort button has the focus');
    const th = page.locator('#explore-table thead th').first();
    await page.keyboard.press('Enter');
    assert.equal(await th.getAttribute('aria-sort'), 'ascending');
    await page.keyboard.press('Space');
    assert.equal(await th.getAttribute('aria-sort'), 'descending');
    assert.match(page.url(), new RegExp(`goal=${goal}`));
    assert.deepEqual(problems, []);
  });

  it('fits a 390 px phone: rows become cards, each value labelled by its column, nothing scrolls sideways, sorting stays; axe is clean', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open('indicators');
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
      assert.equal(await page.isVisible('#explore-hint'), false, 'no sideways-scroll hint where nothing scrolls');
      assert.ok(await page.evaluate(() => document.querySelector('#explore-table')!.parentElement!.scrollWidth <= 390), 'the table fits');
      const label = await page.evaluate(() => getComputedStyle(document.querySelector('#explore-table tbody td:nth-child(6)')!, '::before').content);
      assert.equal(label, '"指標名："', 'the 6th cell of a card is labelled 指標名');
      assert.ok(await page.isVisible('#explore-table thead button'), 'the sort buttons are still there');
      assert.deepEqual(problems, []);
      assert.deepEqual(await axe(), []);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('without JavaScript shows the whole table, and no control that would not work', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const tab = await noScript.newPage();
    try {
      for (const name of ['pillar_actions', 'indicators']) {
        await tab.goto(await urlOf(name), { waitUntil: 'load' });
        const rows = await tab.locator('#explore-table tbody tr').count();
        assert.equal(rows, (await jsonRows(name)).length, name);
        assert.equal(await tab.locator('#explore-table tbody tr:visible').count(), rows);
        assert.equal(await tab.isVisible('#explore-controls'), false);
      }
    } finally {
      await noScript.close();
    }
  });
});
