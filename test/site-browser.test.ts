// The site of the build under test (written out once: freshDist) in Debian's Chromium (its headless shell where installed: test/consumers.ts), driven by
// playwright-core, one browser and one tab for the whole file: a page of every type at a 390 px phone's
// width — no console error, no failed or outside request, no serious or critical axe-core violation, no
// sideways scrolling; search finds KPI 4-1-2 for 食塩; the chart of KPI 4-1-1 shows 49.3 and 60. The same for
// a KPI page and a policy page built in-process with the fixture actuals (test/fixtures/indicator-actuals.csv):
// the chart draws the actuals and the grades show. Meanwhile the Nu HTML Checker (vnu-jar, one JVM) checks
// every page and the pages with actuals. Screenshots of the home, a policy and a KPI page, and of
// the pages with actuals, go to test-artifacts/ (git-ignored).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SEARCH_INDEX } from '../pipeline/emit/site/page-paths.ts';
import { searchIndexScript } from '../pipeline/emit/site/search-index.ts';
import { chromiumArgs, chromiumPath, javaPath, needs } from './consumers.ts';
import { buildWithActuals, freshDist, root } from './helpers.ts';

const require = createRequire(import.meta.url);
// The site of the build under test, written out once (freshDist; a promise, not a top-level await, which the shards'
// import of each file inside its suite does not wait for).
const siteDir = freshDist().then((dist) => join(dist, 'site'));
const artifacts = join(root, 'test-artifacts');
const skipBrowser = needs('Chromium', chromiumPath());
const skipJava = needs('Java (for the Nu HTML Checker)', javaPath());

/** The site built in-process with the fixture actuals, written to a temporary folder laid out as dist/ (site/ only). */
const PROGRESS = 'progress:';
const progressDist =
  skipBrowser && skipJava
    ? undefined
    : buildWithActuals('test/fixtures/indicator-actuals.csv').then((r) => {
        assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
        const dir = mkdtempSync(join(tmpdir(), 'plan-site-actuals-'));
        for (const [path, content] of r.files) {
          if (!path.startsWith('site/')) continue;
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content);
        }
        return dir;
      });
/** The site with a search index whose every field is markup (one document, found by 食塩): the search page must show it as text. */
const HOSTILE = 'hostile:';
const hostileMarkup = '<img src=x onerror="window.__pwned=1"><b>強調</b>&amp;';
let hostileSite: string | undefined;
const hostileDist = async (): Promise<string> => {
  if (hostileSite) return hostileSite;
  const site = await siteDir;
  hostileSite = mkdtempSync(join(tmpdir(), 'plan-site-hostile-'));
  cpSync(site, join(hostileSite, 'site'), { recursive: true });
  const doc = { kind: hostileMarkup, title: `食塩${hostileMarkup}`, text: `食塩${hostileMarkup}`, path: 'kpi/4-1-2/index.html' };
  writeFileSync(
    join(hostileSite, 'site', SEARCH_INDEX),
    searchIndexScript([doc], () => ''),
  );
  return hostileSite;
};
after(async () => {
  const dir = await progressDist?.catch(() => undefined);
  for (const d of [dir, hostileSite]) if (d) rmSync(d, { recursive: true, force: true });
});
/** The pages with actuals the Nu HTML Checker also reads: every new piece of markup that shows only with actuals. */
const progressPages = [
  'index.html',
  'kpi/4-1-1/index.html',
  'kpi/5-5-1/index.html',
  'kpi/4-1-1/actual/2026/index.html',
  'policy/4-1/index.html',
  'department/811cfd3de6/index.html',
  'dataset/kpi/index.html',
  'dataset/kpi-progress/index.html',
];

/** The Nu HTML Checker over every page of the site in one JVM, started as soon as the pages with actuals are written, so it runs beside the browser. */
const vnu = skipJava
  ? undefined
  : Promise.all([progressDist!, siteDir]).then(
      ([dir, site]) =>
        new Promise<{ status: number | null; stderr: string }>((resolve) => {
          const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
          // C1 only and the serial collector: a short run, so about 40% less CPU than the default JIT; C1 needs the bigger stack.
          const child = spawn(
            javaPath()!,
            [
              '-Xss8m',
              '-XX:TieredStopAtLevel=1',
              '-XX:+UseSerialGC',
              '-jar',
              jar,
              '--errors-only',
              '--skip-non-html',
              '--format',
              'json',
              site,
              ...progressPages.map((p) => join(dir, 'site', p)),
            ],
            { stdio: ['ignore', 'ignore', 'pipe'] },
          );
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('close', (status) => resolve({ status, stderr }));
        }),
    );

/** Representative pages, one of each type. */
const pages = [
  'index.html',
  'goal/4/index.html',
  'policy/4-1/index.html',
  'pillar/4-1-1/index.html',
  'kpi/4-1-1/index.html',
  'project/1/index.html',
  'initiative/1-2/index.html',
  'department/811cfd3de6/index.html',
  'organization/062022/index.html',
  'dataset/index.html',
  'dataset/indicators/index.html',
  'dataset/kpi/index.html',
  'quality/index.html',
  'source/index.html',
  'glossary/index.html',
  'vocab/index.html',
  'plan/index.html',
  'en/index.html',
  'search/index.html?q=食塩',
  // Built with the fixture actuals: the chart with actuals, the grades.
  `${PROGRESS}kpi/4-1-1/index.html`,
  `${PROGRESS}policy/4-1/index.html`,
];

// One tab, one page at a time: every tab is a renderer process of its own, and each paid again for axe-core's
// first run in it (~3 s of CPU); the Nu HTML Checker and the other test files keep the second core busy.
describe('the site in Chromium', { skip: skipBrowser }, () => {
  let context: BrowserContext;
  let profile: string;
  before(async () => {
    profile = mkdtempSync(join(tmpdir(), 'plan-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath()!,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 390, height: 844 },
    });
    // axe-core is handed to the browser once and runs in every document before the page's own scripts (it
    // only defines window.axe): sent into each page instead, it cost ~7 of the file's ~35 CPU-s.
    await context.addInitScript({ content: axeSource });
  });
  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  // One tab for every test, opened by the first: navigating between file:// pages keeps its renderer process,
  // where a new tab would start one of its own (~0.3 s of CPU each). Each open() starts a fresh list of problems.
  let tab: Page | undefined;
  let problems: string[] = [];
  /** Opens a page in the tab and records what went wrong while it loaded and ran. */
  const open = async (path: string): Promise<{ page: Page; problems: string[] }> => {
    if (!tab) {
      tab = await context.newPage();
      const record = (problem: string) => problems.push(problem);
      tab.on('console', (m) => m.type() === 'error' && record(`console: ${m.text()}`));
      tab.on('pageerror', (e) => record(`page error: ${e.message}`));
      tab.on('requestfailed', (r) => record(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      tab.on('request', (r) => !r.url().startsWith('file://') && record(`outside request: ${r.url()}`));
    }
    problems = [];
    const [folder, file] = path.startsWith(PROGRESS)
      ? [join((await progressDist)!, 'site'), path.slice(PROGRESS.length)]
      : path.startsWith(HOSTILE)
        ? [join(await hostileDist(), 'site'), path.slice(HOSTILE.length)]
        : [await siteDir, path];
    await tab.goto(`${pathToFileURL(join(folder, file.split('?')[0]!)).href}${file.includes('?') ? `?${file.split('?')[1]}` : ''}`, { waitUntil: 'load' });
    return { page: tab, problems };
  };
  /** Puts the tab back at the phone's width for the next test. */
  const release = async (page: Page): Promise<void> => page.setViewportSize({ width: 390, height: 844 });

  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  /** What a page of some types must also show, checked before axe runs. */
  const extra: Record<string, (page: Page) => Promise<void>> = {
    'kpi/4-1-1/index.html': async (page) => {
      const chart = page.locator('svg.kpi-chart');
      const texts = await chart.locator('text').allTextContents();
      assert.ok(texts.includes('49.3％'), texts.join('|'));
      assert.ok(texts.includes('60％以上'), texts.join('|'));
      const baseline = await chart.locator('circle.baseline').boundingBox();
      const target = await chart.locator('path.target').boundingBox();
      assert.ok(baseline && target && target.y + target.height / 2 < baseline.y + baseline.height / 2, 'the target sits higher');
      assert.ok(baseline.x < target.x, 'and later');
      assert.equal(await chart.getAttribute('role'), 'img');
    },
    [`${PROGRESS}kpi/4-1-1/index.html`]: async (page) => {
      const chart = page.locator('svg.kpi-chart');
      const texts = await chart.locator('text').allTextContents();
      for (const t of ['49.3％', '60％以上', '61％', '評価 S']) assert.ok(texts.includes(t), `${t} in ${texts.join('|')}`);
      const marks = await chart
        .locator('rect.actual')
        .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, w: b.width })));
      assert.equal(marks.length, 4, 'a mark per actual');
      assert.ok(
        marks.every((m, i) => m.w > 4 && (i === 0 || m.x > marks[i - 1]!.x)),
        'drawn, in fiscal-year order',
      );
      assert.ok(marks[3]!.y < marks[0]!.y, '61 sits higher than 45');
      assert.match(
        (await page.locator('figure.chart figcaption').textContent())!,
        /実績 2024年度 45％（評価 C）、2025年度 49\.5％（評価 B）、2026年度 52％（評価 A）、2027年度 61％（評価 S）/,
      );
      assert.ok(await page.locator('#actual-2026').isVisible(), 'the row of 2026');
    },
    [`${PROGRESS}policy/4-1/index.html`]: async (page) => {
      assert.equal(await page.locator('.grade-line .grade-badge').count(), 2, 'the latest grade of KPIs 4-1-1 and 4-1-2');
      assert.equal(await page.locator('svg.kpi-chart rect.actual').count(), 7);
    },
    'search/index.html?q=食塩': async (page) => {
      const link = page.locator('#search-results a[href$="kpi/4-1-2/index.html"]').first();
      await link.waitFor();
      assert.equal(await link.textContent(), '推定一日食塩摂取量');
      assert.match((await page.textContent('#search-status'))!, /「食塩」: \d+件/);
    },
  };
  // Artifacts to look at, written only with PLAN_SCREENSHOTS=1 (they cost ~4 s of a test run and assert nothing).
  const screenshots: Record<string, string> = {
    'index.html': 'home',
    'policy/4-1/index.html': 'policy-4-1',
    'kpi/4-1-1/index.html': 'kpi-4-1-1',
    [`${PROGRESS}kpi/4-1-1/index.html`]: 'kpi-4-1-1-actuals',
    [`${PROGRESS}policy/4-1/index.html`]: 'policy-4-1-actuals',
  };

  for (const path of pages) {
    it(`${path}: loads cleanly, fits 390 px, no serious axe violation${extra[path] ? ', shows what it must' : ''}`, async () => {
      const { page, problems } = await open(path);
      try {
        await extra[path]?.(page);
        assert.deepEqual(problems, []);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `scrollWidth ${width} > 390`);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
            }
          ).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(', ')}`,
            );
        });
        assert.deepEqual(violations, []);
        const name = screenshots[path];
        if (name && process.env.PLAN_SCREENSHOTS === '1') {
          // The phone view in full (the home page's first screen), and a desktop screen.
          mkdirSync(artifacts, { recursive: true });
          await page.screenshot({ path: join(artifacts, `${name}-390.png`), fullPage: name !== 'home' });
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.screenshot({ path: join(artifacts, `${name}-1280.png`) });
        }
      } finally {
        await release(page);
      }
    });
  }

  it('search: typing 食塩 finds KPI 4-1-2, and the result opens its page', async () => {
    const { page, problems } = await open('search/index.html');
    try {
      await page.fill('#q', '食塩');
      const link = page.locator('#search-results a[href$="kpi/4-1-2/index.html"]').first();
      await link.waitFor();
      await link.click();
      await page.waitForURL(/kpi\/4-1-2\/index\.html$/);
      assert.equal(await page.textContent('h1'), '推定一日食塩摂取量');
      assert.deepEqual(problems, []);
    } finally {
      await release(page);
    }
  });

  it('search shows markup in the index and in the query as text: no element is made of it, no handler runs', async () => {
    const query = '<img src=x onerror="window.__pwned=1">';
    const { page, problems } = await open(`${HOSTILE}search/index.html?q=${encodeURIComponent(query)}`);
    try {
      assert.equal(await page.textContent('#search-status'), `「${query}」: 1件`, 'the query from the URL, as text');
      await page.fill('#q', '食塩');
      await page.locator('#search-results li').first().waitFor();
      assert.equal(await page.locator('#search-results li').count(), 1);
      assert.equal(await page.locator('#search-results img, #search-results b, #search-status img').count(), 0, 'no element made of text');
      assert.equal(await page.locator('#search-results a').textContent(), `食塩${hostileMarkup}`);
      assert.equal(await page.locator('#search-results p').textContent(), `食塩${hostileMarkup}`);
      assert.equal(await page.locator('#search-results .tag').textContent(), hostileMarkup);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no handler ran');
      assert.deepEqual(problems, []);
    } finally {
      await release(page);
    }
  });

  it('the plan IRI page is the plan’s system: every goal, policy and pillar', async () => {
    const { page, problems } = await open('plan/index.html');
    try {
      assert.equal(await page.textContent('h1'), '施策の体系');
      const pillars = (JSON.parse(readFileSync(join(root, 'dist', '062022_pillars.json'), 'utf8')) as unknown[]).length;
      assert.equal(await page.locator('.tree a[href*="pillar/"]').count(), pillars);
      assert.deepEqual(problems, []);
    } finally {
      await release(page);
    }
  });
});

describe('the Nu HTML Checker', { skip: skipJava }, () => {
  it('finds no error in any page of the site, nor in the pages with actuals (vnu-jar, one run over every page)', async () => {
    const { status, stderr } = await vnu!;
    const messages = (JSON.parse(stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages;
    assert.deepEqual(
      messages.map(
        (m) =>
          `${m.url.replace(/^file:.*?\/dist\/site\//, 'site/').replace(/^file:.*?\/plan-site-actuals-[^/]+\/site\//, 'site with actuals/')}:${m.lastLine ?? 0} ${m.type}: ${m.message}`,
      ),
      [],
    );
    assert.equal(status, 0);
  });
});
