// Charts people can use and share, as a reader meets them (issue 21 §6): the chart's axis, legend and notes
// for the plan's real KPIs (4-2-2's 130 → 135, 5-4-1's unitless 2.7 → 3.0, 5-5-1's baseline 94.8 that
// already meets 95以下); every KPI's SVG, PNG and CSV (the PNG decoded by resvg, the CSV read back by
// papaparse); the site's icon. Then Debian's Chromium, driven by playwright-core: the committed site's KPI
// pages show the legend and the notes, their downloads open as files that exist (the PNG decoded by the
// browser at 1200 × 630), the embed snippet names them; every page, parsed by the browser's DOMParser,
// carries the Content-Security-Policy, a canonical URL and og:/twitter: tags with absolute URLs under
// pagesUrl whose image exists at its stated size, and nothing inline that the policy would block; one page
// of every kind, opened in the browser, reports no violation while its scripts (search) still work.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import Papa from 'papaparse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fontCoverage, pngFontFiles, pngOf, pngSize, withDrawableText } from '../pipeline/emit/png.ts';
import { chartInputOf } from '../pipeline/emit/site/blocks.ts';
import { drawKpi, kpiChart, type KpiChartInput, valueAxis } from '../pipeline/emit/site/chart.ts';
import { contentSecurityPolicy } from '../pipeline/content-security-policy.ts';
import { chartFile } from '../pipeline/emit/site/page-paths.ts';
import { wrapLines } from '../pipeline/emit/site/svg-text.ts';
import type { Row } from '../pipeline/tables/registry.ts';
import { chromiumPath, needs } from './consumers.ts';
import { buildWithActuals, config, root, seedBuild, textOf } from './helpers.ts';

const code = config.municipality.code;
/** The plan with the fixture actuals of issue 13's worked cases, built once for the file. */
let actuals: ReturnType<typeof buildWithActuals> | undefined;
const actualsBuild = () => (actuals ??= buildWithActuals('test/fixtures/indicator-actuals.csv'));
const kpiOf = async (id: string): Promise<{ input: KpiChartInput; row: Row<'indicators'> }> => {
  const { model } = await seedBuild();
  const row = model!.tables.indicators.find((k) => k.id === id)!;
  return { input: chartInputOf(model!.tables, row), row };
};
const bytesOf = async (path: string): Promise<Uint8Array> => {
  const content = (await seedBuild()).files.get(path);
  assert.ok(content !== undefined, `the build has ${path}`);
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
};

describe('the KPI chart: an axis that shows change, a legend for every mark, notes', () => {
  it('keeps a zero-based axis where the change is visible on it, and spans the values where it would flatten them', () => {
    // 4-4-1: 51.6 → 20 and 4-5-1: 40 → 74 fill much of a zero-based axis.
    assert.deepEqual(valueAxis([51.6, 20]).ticks, [0, 20, 40, 60]);
    assert.equal(valueAxis([40, 74]).fromZero, true);
    assert.deepEqual(valueAxis([9.7, 7]).ticks, [0, 5, 10, 15]);
    assert.deepEqual(valueAxis([0, 100000]).ticks, [0, 50000, 100000, 150000]);
    // 4-1-1: 49.3 → 60 moves an eighth of 0–80 and more.
    assert.deepEqual(valueAxis([49.3, 60]).ticks, [0, 20, 40, 60, 80]);
    // 5-1-2: 7 → 8 件, counts: whole steps on a tight axis.
    assert.deepEqual(valueAxis([7, 8]).ticks, [6, 7, 8, 9]);
    // 4-2-2: 130 → 135 is 3 % of 0–150: the axis spans the values, on steps of the values' own grid.
    const a422 = valueAxis([130, 135]);
    assert.equal(a422.fromZero, false);
    assert.ok(a422.min <= 130 && a422.max >= 135 && a422.min > 100, JSON.stringify(a422));
    assert.ok((135 - 130) / (a422.max - a422.min) >= 0.25, 'the change fills a quarter of the axis or more');
    assert.ok(
      a422.ticks.every((t) => Number.isInteger(t)),
      'no tick between the grid of whole percents',
    );
    // 5-4-1: 2.7 → 3.0; 5-5-1: 94.8 → 95.
    assert.deepEqual(valueAxis([2.7, 3]).ticks, [2.6, 2.8, 3, 3.2]);
    assert.deepEqual(valueAxis([94.8, 95]).ticks, [94.7, 94.8, 94.9, 95, 95.1]);
    // Never below zero when no value is.
    for (const values of [
      [0.4, 0.5],
      [1, 1.1],
      [0.02, 0.021],
    ])
      assert.ok(valueAxis(values).min >= 0, JSON.stringify(values));
  });

  it('says on KPI 4-2-2’s chart that its axis starts at 125, not zero: a note, a legend entry and a break on the axis', async () => {
    const { input } = await kpiOf('kpi-4-2-2');
    const figure = kpiChart(input).text;
    // The break on the plot's axis (the chart's own SVG, before the legend's keys, which draw one too).
    const chart = figure.slice(0, figure.indexOf('</svg>'));
    assert.match(chart, /^<figure class="chart"><svg class="kpi-chart"/);
    assert.match(chart, /<g class="axis-break">/);
    assert.match(figure, /<li><svg class="legend-key"[^>]*>.*?<\/svg>縦軸の省略（0から始まっていません）<\/li>/);
    assert.match(figure, /<p class="chart-note">※縦軸は125から始まります（0からではありません）。<\/p>/);
    assert.match(figure, /<desc id="[^"]+">[^<]*縦軸は125から始まります（0からではありません）。<\/desc>/);
    // A zero-based chart (4-4-1) says nothing of the kind.
    const zero = kpiChart((await kpiOf('kpi-4-4-1')).input).text;
    assert.doesNotMatch(zero, /axis-break|縦軸/);
  });

  it('names every mark in the legend: the dotted baseline → target line is no trend; the range and actuals only where drawn', async () => {
    const labels = (k: KpiChartInput) => drawKpi(k).legend.map((l) => l.label);
    const { input } = await kpiOf('kpi-4-1-1');
    assert.deepEqual(labels(input), [
      '基準値（2023年度）',
      '目標値（2029年度）',
      '基準値から目標値への線（推移ではありません）',
      '目標を満たす範囲（60％以上。線上を含む）',
    ]);
    const figure = kpiChart(input).text;
    // Each legend entry's key draws the mark as the plot does (its class and colour).
    assert.match(figure, /<svg class="legend-key"[^>]*><line class="path"[^>]*stroke-dasharray="2 4"\/><\/svg>基準値から目標値への線（推移ではありません）/);
    assert.match(figure, /<line class="path" x1="[\d.]+" y1="[\d.]+" x2="[\d.]+" y2="[\d.]+" stroke="#8c8c8c"/);
    assert.deepEqual(labels({ ...input, target: { ...input.target, condition: '未満' } })[3], '目標を満たす範囲（60％以上。破線の境界を含まない）');
    const withActuals = labels({ ...input, actuals: [{ fiscalYear: 2024, value: 45 }] });
    assert.ok(withActuals.includes('実績値（実線は実績の推移）'), withActuals.join('|'));
    const noCondition = labels((await kpiOf('kpi-4-4-1')).input);
    assert.ok(!noCondition.some((l) => l.startsWith('目標を満たす範囲')), noCondition.join('|'));
  });

  it('notes that 5-5-1’s baseline 94.8％ already meets its target 95％以下, by the condition, and says so of no KPI whose baseline does not', async () => {
    const meets = (k: KpiChartInput) => drawKpi(k).notes.some((n) => n.includes('すでに目標'));
    const { input } = await kpiOf('kpi-5-5-1');
    assert.ok(drawKpi(input).notes.includes('基準値 94.8％ は、すでに目標「95％以下」を満たしています。'), drawKpi(input).notes.join('|'));
    const { model } = await seedBuild();
    const met = model!.tables.indicators.filter((k) => meets(chartInputOf(model!.tables, k))).map((k) => k.id);
    // 5-3-3: 25人 → 25人, a target equal to its baseline, is met too.
    assert.deepEqual(met, ['kpi-5-3-3', 'kpi-5-5-1']);
    // The condition decides: 未満 excludes the boundary, 以上 a baseline below.
    const at = (condition: '以上' | '以下' | '未満', baseline: number) =>
      meets({ ...input, baseline: { ...input.baseline, value: baseline }, target: { ...input.target, value: 95, condition } });
    assert.deepEqual([at('以下', 95), at('未満', 95), at('未満', 94.9), at('以上', 94.9), at('以上', 95.1)], [true, false, true, false, true]);
  });

  it('gives 5-4-1’s score a scale: ticks with its decimals (2.6 … 3.2) and a note that the plan states no unit or scale', async () => {
    const { input } = await kpiOf('kpi-5-4-1');
    const svg = kpiChart(input).text;
    const ticks = [...svg.matchAll(/<text class="tick" x="[\d.]+" y="[\d.]+" text-anchor="end" font-size="11">([\d.,]+)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(ticks, ['2.6', '2.8', '3.0', '3.2']);
    assert.match(svg, />（単位なし）<\/text>/);
    assert.match(svg, /この指標の値には単位がありません。計画は単位も尺度（最小値・最大値）も示していません。/);
  });

  it('breaks Japanese text as 禁則 asks: no line starts with 」 or 、, brackets move down whole, a cut title ends with …', () => {
    assert.deepEqual(wrapLines('基準値から目標値への線（推移ではありません）', 11.5, 190), ['基準値から目標値への線', '（推移ではありません）']);
    // 70 and 140 end a line just before 「、」 (7 and 14 characters of 10): it must not start the next.
    for (const width of [60, 70, 90, 120, 140, 150]) {
      const lines = wrapLines('障がいのある人への偏見や差別、または配慮のなさがあると思う市民の割合（2,100人）', 10, width);
      assert.ok(
        lines.every((l) => !/^[、。）」]/.test(l)),
        lines.join('|'),
      );
      assert.ok(
        lines.some((l) => l.includes('2,100人')),
        'digits stay whole',
      );
      assert.equal(lines.join(''), '障がいのある人への偏見や差別、または配慮のなさがあると思う市民の割合（2,100人）');
    }
    const cut = wrapLines('障がいのある人への偏見や差別、または配慮のなさがあると思う市民の割合', 20, 200, 2);
    assert.equal(cut.length, 2);
    assert.ok(cut[1]!.endsWith('…'));
  });
});

describe('every KPI’s chart as files: SVG, PNG, CSV', () => {
  let decode: (png: Uint8Array) => { width: number; height: number; pixels: Uint8Array };
  before(async () => {
    await initWasm(readFileSync(join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'))).catch(() => undefined);
    // resvg decodes a PNG it is given as an image: the pixels as a reader's viewer would show them.
    decode = (png) => {
      const size = pngSize(png)!;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image width="${size.width}" height="${size.height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
      const r = new Resvg(svg);
      try {
        const image = r.render();
        return { width: image.width, height: image.height, pixels: image.pixels };
      } finally {
        r.free();
      }
    };
  });

  it('renders each KPI’s card as a 1200 × 630 PNG; those of 4-1-1, 4-2-2, 5-4-1 and 5-5-1 decode, with the accent bar on top and the Japanese title drawn glyph by glyph', async () => {
    const { model } = await seedBuild();
    for (const k of model!.tables.indicators) {
      const png = await bytesOf(`site/${chartFile(code, k.id, 'png')}`);
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 }, k.id);
      if (!['kpi-4-1-1', 'kpi-4-2-2', 'kpi-5-4-1', 'kpi-5-5-1'].includes(k.id)) continue;
      const { width, height, pixels } = decode(png);
      assert.deepEqual([width, height], [1200, 630]);
      const at = (x: number, y: number) => [...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];
      assert.deepEqual(at(600, 4), [0x0d, 0x5c, 0x3f], `${k.id}: the accent bar`);
      // The title's first line (20 units of 600: 40 px tall, its baseline at 108 px) holds text only: its dark
      // pixels are glyphs of Noto Sans JP, the one font the renderer has (no system font reaches it).
      const columns = new Set<number>();
      for (let y = 64; y < 120; y += 1) for (let x = 0; x < width; x += 1) if (pixels[(y * width + x) * 4]! < 128) columns.add(x);
      assert.ok(columns.size > 150, `${k.id}: ${columns.size} columns of the title inked`);
      // 経常収支比率: six full-width glyphs of 40 px from x = 40, every one drawn (a glyph the font lacks would be left out).
      if (k.id === 'kpi-5-5-1')
        assert.deepEqual(
          [Math.min(...columns) <= 44, Math.max(...columns) >= 272 && Math.max(...columns) <= 282],
          [true, true],
          `${Math.min(...columns)}–${Math.max(...columns)}`,
        );
    }
  });

  it('sets a character the fonts have no glyph for as 〓 in a PNG, never leaves it out; Japanese, digits and 〓 itself have glyphs', async () => {
    const covers = fontCoverage(readFileSync(pngFontFiles[0]!));
    assert.deepEqual(
      [...'経常収支比率％〓A9'].filter((c) => !covers(c.codePointAt(0)!)),
      [],
    );
    assert.deepEqual([covers(0x1f600), covers(0xac00)], [false, false], '😀 and 가 are not in Noto Sans JP');
    const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><text x="4" y="30" font-size="20">${text}</text></svg>`;
    // The same pixels as 〓 written out; not those of the text without it.
    assert.deepEqual(await pngOf(svg('比率😀가'), 160), await pngOf(svg('比率〓〓'), 160));
    assert.notDeepEqual(await pngOf(svg('比率😀가'), 160), await pngOf(svg('比率'), 160));
    assert.equal(withDrawableText(svg('a b😀'), covers), svg('a b〓'));
  });

  it('writes the card as a standalone SVG naming the KPI, with the notes the page gives and the licence’s attribution', async () => {
    const svg = new TextDecoder().decode(await bytesOf(`site/${chartFile(code, 'kpi-5-5-1', 'svg')}`));
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="315"/);
    assert.match(svg, /<title id="card-title">経常収支比率<\/title>/);
    assert.match(svg, />※基準値 94\.8％ は、すでに目標「95％以下」を満たしています。<\/text>/);
    assert.ok(svg.includes(`出典: ${config.license.attribution}`));
    assert.doesNotMatch(svg, /class="kpi-chart"|style=/, 'no stylesheet needed: presentation attributes');
  });

  it('writes the chart’s points as CSV that papaparse reads back: baseline, actuals, target, with a BOM for spreadsheets', async () => {
    const result = await actualsBuild();
    const content = textOf(result.files, `site/${chartFile(code, 'kpi-4-1-1', 'csv')}`);
    assert.ok(content.startsWith('\uFEFF'), 'BOM');
    const parsed = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    // The columns DATA-CONTRACT.md promises, in its order.
    assert.deepEqual(parsed.meta.fields, ['指標ID', '指標名', '区分', '年度', '年度表記', '値', '単位', '目標条件', '計画の表記', '評価']);
    assert.deepEqual(
      parsed.data.map((r) => [r.区分, r.年度, r.値, r.計画の表記, r.評価]),
      [
        ['基準値', '2023', '49.3', '49.3％', ''],
        ['実績値', '2024', '45', '', 'C'],
        ['実績値', '2025', '49.5', '', 'B'],
        ['実績値', '2026', '52', '', 'A'],
        ['実績値', '2027', '61', '', 'S'],
        ['目標値', '2029', '60', '60％以上', ''],
      ],
    );
    assert.equal(parsed.data[5]!.目標条件, '以上');
    assert.ok(parsed.data.every((r) => r.指標ID === 'kpi-4-1-1' && r.指標名 === '特定健康診査の受診率（国保）'));
  });

  it('makes the site’s icon an SVG, an ICO of 32 and 48 px PNGs, and a 180 px home-screen PNG', async () => {
    assert.match(new TextDecoder().decode(await bytesOf('site/favicon.svg')), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const ico = await bytesOf('site/favicon.ico');
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
    assert.deepEqual([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)], [0, 1, 2]);
    for (const [k, size] of [32, 48].entries()) {
      const entry = 6 + 16 * k;
      assert.equal(ico[entry], size);
      const png = ico.subarray(view.getUint32(entry + 12, true), view.getUint32(entry + 12, true) + view.getUint32(entry + 8, true));
      assert.deepEqual(pngSize(png), { width: size, height: size });
      assert.equal(decode(png).width, size);
    }
    assert.deepEqual(pngSize(await bytesOf('site/apple-touch-icon.png')), { width: 180, height: 180 });
    assert.deepEqual(pngSize(await bytesOf('site/card.png')), { width: 1200, height: 630 });
  });
});

const skipBrowser = needs('Chromium', chromiumPath());
const site = join(root, 'dist', 'site');
const htmlPages = (readdirSync(site, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split('\\').join('/'))
  .sort();

describe('the site as a browser reads it: charts, sharing tags, the Content-Security-Policy', { skip: skipBrowser }, () => {
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  let actualsSite: string;
  before(async () => {
    const result = await actualsBuild();
    actualsSite = mkdtempSync(join(tmpdir(), 'plan-share-'));
    for (const [path, content] of result.files) {
      if (!path.startsWith('site/')) continue;
      mkdirSync(dirname(join(actualsSite, path)), { recursive: true });
      writeFileSync(join(actualsSite, path), content);
    }
    browser = await chromium.launch({
      executablePath: chromiumPath()!,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--js-flags=--max-opt=1'],
    });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    // Every violation of the policy, as the page itself hears of it.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
      ),
    );
  });
  after(async () => {
    await browser?.close();
    if (actualsSite) rmSync(actualsSite, { recursive: true, force: true });
  });
  const open = async (file: string, folder = site) => {
    problems = [];
    const [path, query] = file.split('?') as [string, string | undefined];
    await page.goto(`${pathToFileURL(join(folder, path)).href}${query ? `?${query}` : ''}`, { waitUntil: 'load' });
  };

  it('KPI 4-2-2: shows the legend, the note that the axis does not start at zero, and files that open', async () => {
    await open('kpi/4-2-2/index.html');
    const legend = await page.locator('figure.chart .legend li').allTextContents();
    assert.ok(legend.includes('基準値から目標値への線（推移ではありません）'), legend.join('|'));
    assert.ok(legend.includes('縦軸の省略（0から始まっていません）'), legend.join('|'));
    assert.ok(await page.locator('p.chart-note', { hasText: '※縦軸は125から始まります（0からではありません）。' }).isVisible());
    assert.equal(await page.locator('svg.kpi-chart .axis-break').count(), 1);
    const links = await page.locator('.chart-tools a[download]').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    assert.deepEqual(
      links.map(([label]) => label),
      ['PNG 画像', 'SVG 画像', 'CSV（グラフの数値）'],
    );
    for (const [, href] of links) assert.ok(existsSync(new URL(href!)), `${href} exists`);
    // The PNG, decoded by the browser, at the size the page states.
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, links[0]![1]!);
    assert.deepEqual(size, [1200, 630]);
    assert.match((await page.locator('.chart-tools').textContent())!, /1200×630/);
    // The embed snippet: read-only text naming the newest version's PNG and this page, absolute.
    const embed = page.locator('textarea.embed-code');
    assert.equal(await embed.getAttribute('readonly'), '');
    const snippet = await embed.inputValue();
    const latest = `${config.pagesUrl}data/latest/site/`;
    assert.match(
      snippet,
      new RegExp(`^<a href="${latest}kpi/4-2-2/"><img src="${latest}chart/${code}_kpi-4-2-2\\.png" width="600" height="315" alt="成果指標「`),
    );
    assert.ok(existsSync(join(site, snippet.match(/src="([^"]+)"/)![1]!.slice(latest.length))), 'the embedded image is a file of the site');
    // Its points as a table too.
    await page.getByText('グラフのデータを表で見る').click();
    assert.deepEqual(await page.locator('table.chart-data tbody th').allTextContents(), ['基準値', '目標値']);
    assert.deepEqual(problems, []);
  });

  it('KPI 5-5-1 and 5-4-1: the baseline that already meets the target, the score without a unit, in visible text', async () => {
    await open('kpi/5-5-1/index.html');
    assert.ok(await page.locator('p.chart-note', { hasText: '※基準値 94.8％ は、すでに目標「95％以下」を満たしています。' }).isVisible());
    await open('kpi/5-4-1/index.html');
    assert.deepEqual(await page.locator('svg.kpi-chart text.tick').evaluateAll((ts) => ts.slice(0, 4).map((t) => t.textContent)), ['2.6', '2.8', '3.0', '3.2']);
    assert.ok(await page.locator('p.chart-note', { hasText: '計画は単位も尺度（最小値・最大値）も示していません' }).isVisible());
    assert.deepEqual(problems, []);
  });

  it('gives every chart of a list page (the KPI overview, a policy page) its PNG, SVG and CSV and a link to its embed snippet, each named for its KPI', async () => {
    for (const p of ['dataset/kpi/index.html', 'policy/4-2/index.html']) {
      await open(p);
      const items = await page.locator('ul.kpis > li, ul.kpi-grid > li').evaluateAll((lis) =>
        lis.map((li) => ({
          code: li.querySelector('.code')?.textContent ?? '',
          charts: li.querySelectorAll('figure.chart').length,
          links: [...li.querySelectorAll('.chart-files a')].map((a) => [
            a.getAttribute('aria-label') ?? '',
            a.textContent ?? '',
            (a as HTMLAnchorElement).href,
          ]),
        })),
      );
      assert.ok(items.length > 1, p);
      for (const item of items) {
        assert.equal(item.charts, 1, `${p} ${item.code}`);
        assert.deepEqual(
          item.links.map(([, , href]) => new URL(href!).pathname.split('/').pop()),
          [`${code}_kpi-${item.code}.png`, `${code}_kpi-${item.code}.svg`, `${code}_kpi-${item.code}.csv`, `index.html`],
          `${p} ${item.code}`,
        );
        for (const [label, text, href] of item.links) {
          assert.ok(label!.startsWith(`成果指標 ${item.code} の`) && label!.endsWith(text!), `${label} names ${item.code} and contains ${text}`);
          assert.ok(existsSync(new URL(href!)), href);
        }
        assert.match(item.links[3]![2]!, new RegExp(`/kpi/${item.code}/index\\.html#chart-files$`));
      }
      assert.deepEqual(problems, [], p);
    }
    // The embed link lands on the snippet.
    await open('kpi/4-2-2/index.html');
    assert.equal(await page.locator('#chart-files ~ details textarea.embed-code').count(), 1);
  });

  it('KPI 4-1-1 with actuals: the actual line in the legend, the grade column in the data table', async () => {
    await open('kpi/4-1-1/index.html', join(actualsSite, 'site'));
    assert.ok((await page.locator('figure.chart .legend li').allTextContents()).includes('実績値（実線は実績の推移）'));
    assert.equal(await page.locator('table.chart-data thead th').last().textContent(), '評価');
    assert.deepEqual(problems, []);
  });

  it('parses every page (DOMParser): the policy, a canonical URL, og: and twitter: tags with absolute URLs under pagesUrl, icons, nothing inline', async () => {
    const pages = htmlPages.map((p) => [p, readFileSync(join(site, p), 'utf8')] as const);
    await page.goto('about:blank');
    // (No named function inside: tsx would wrap it in a helper the page does not have.)
    const found = await page.evaluate((docs) => {
      const parser = new DOMParser();
      return docs.map(([path, text]) => {
        const d = parser.parseFromString(text, 'text/html');
        const head = [...d.head.children];
        return {
          path,
          csp: head.filter((e) => e.getAttribute('http-equiv') === 'Content-Security-Policy').map((e) => e.getAttribute('content')),
          cspBeforeLoads: head.findIndex((e) => e.getAttribute('http-equiv') === 'Content-Security-Policy') < head.findIndex((e) => e.matches('link, script')),
          canonical: [...d.querySelectorAll('link[rel="canonical"]')].map((e) => e.getAttribute('href')),
          og: Object.fromEntries([...d.querySelectorAll('meta[property^="og:"]')].map((e) => [e.getAttribute('property'), e.getAttribute('content')])),
          twitter: d.querySelector('meta[name="twitter:card"]')?.getAttribute('content') ?? null,
          refresh: d.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? null,
          icons: [...d.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]')].map((e) => e.getAttribute('href')),
          inlineScripts: [...d.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json').length,
          handlers: [...d.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
          styles: d.querySelectorAll('[style], style').length,
          javascriptUrls: [...d.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].length,
        };
      });
    }, pages);
    assert.equal(found.length, htmlPages.length);
    const latest = `${config.pagesUrl}data/latest/site/`;
    const versioned = `${config.pagesUrl}data/v${config.version}/site/`;
    /** The file of the site an absolute URL of a page names (…/kpi/4-1-1/ → kpi/4-1-1/index.html). */
    const fileOf = (url: string, base: string): string => {
      assert.ok(url.startsWith(base), `${url} under ${base}`);
      const path = decodeURIComponent(url.slice(base.length));
      return path === '' || path.endsWith('/') ? `${path}index.html` : path;
    };
    for (const f of found) {
      assert.deepEqual(f.csp, [contentSecurityPolicy], f.path);
      assert.ok(f.cspBeforeLoads, `${f.path}: the policy comes before any link or script`);
      assert.doesNotMatch(contentSecurityPolicy, /unsafe-inline|unsafe-eval/);
      assert.deepEqual([f.inlineScripts, f.handlers, f.styles, f.javascriptUrls], [0, [], 0, 0], f.path);
      assert.equal(f.canonical.length, 1, f.path);
      const canonical = f.canonical[0]!;
      const target = fileOf(canonical, latest);
      assert.ok(existsSync(join(site, target)), `${f.path}: canonical ${canonical} is a page`);
      // A page that sends the reader on names the page it sends to; every other page names itself.
      if (!f.refresh) assert.equal(target, f.path);
      assert.equal(f.og['og:url'], canonical, f.path);
      assert.ok(f.og['og:title'] && f.og['og:description'] && f.og['og:image:alt'], f.path);
      assert.equal(f.og['og:locale'], 'ja_JP');
      const image = fileOf(f.og['og:image']!, versioned);
      assert.match(image, /\.png$/);
      assert.deepEqual(pngSize(readFileSync(join(site, image))), { width: Number(f.og['og:image:width']), height: Number(f.og['og:image:height']) }, f.path);
      if (/^kpi\/[^/]+\/index\.html$/.test(f.path)) assert.equal(image, chartFile(code, `kpi-${f.path.split('/')[1]}`, 'png'), f.path);
      assert.equal(f.twitter, 'summary_large_image', f.path);
      assert.equal(f.icons.length, 3, f.path);
      for (const icon of f.icons) assert.ok(existsSync(join(site, dirname(f.path), icon!)), `${f.path}: ${icon}`);
    }
  });

  it('opens one page of every kind with no policy violation, and the scripts still work: search finds 食塩, the header’s form submits', async () => {
    // One page per template: the first page of each folder shape (kpi/*/*, kpi/*/*/*, …), and the list pages.
    const kinds = new Map<string, string>();
    for (const p of htmlPages) {
      const shape = p
        .split('/')
        .map((s, i, all) => (i === 0 || i === all.length - 1 ? s : '*'))
        .join('/');
      if (!kinds.has(shape)) kinds.set(shape, p);
    }
    const chosen = [...new Set([...kinds.values(), 'dataset/kpi/index.html', 'dataset/kpi-progress/index.html', 'kpi/4-2-2/index.html'])];
    for (const p of chosen) {
      await open(p);
      if (p.startsWith('catalog/')) await page.waitForURL((u) => !u.pathname.endsWith(p));
      assert.deepEqual(problems, [], p);
    }
    await open('search/index.html?q=食塩');
    await page.locator('#search-results a[href$="kpi/4-1-2/index.html"]').first().waitFor();
    await open('index.html');
    await page.fill('#site-q', '健康');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/search\/index\.html\?q=/);
    await page.locator('#search-results a').first().waitFor();
    // A script the policy forbids is refused and reported: the listener above would hear a violation.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.ran = true';
      document.body.append(s);
    });
    assert.equal(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran), undefined);
    await page.waitForTimeout(50);
    assert.ok(
      problems.some((m) => m.includes('CSP violation: script-src')),
      problems.join('\n'),
    );
  });
});
