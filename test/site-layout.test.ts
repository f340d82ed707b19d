// Pages that fit (issue 21 §3–4), measured as a reader meets them: the committed site in Debian's Chromium
// (test/consumers.ts) at 1280×800 and at a 390 px phone. Page heights are layout, not timings: the same
// markup, style and fonts give the same pixels. The home page is about three screens; no page but the source
// text itself is taller than 10,000 px at 1280; on the phone no table is wider than the screen (tables become
// cards) and no ID or code breaks inside a word; every breadcrumb trail ends in the page's own name; an
// anchor of the quality report opens the entry folded under its rule. With PLAN_SCREENSHOTS=1 it writes
// screenshots at both widths to test-artifacts/ (layout-*.png) to look at.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath, needs } from './consumers.ts';
import { buildWithActuals, root } from './helpers.ts';

const site = join(root, 'dist', 'site');
const artifacts = join(root, 'test-artifacts');
const skip = needs('Chromium', chromiumPath());
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const WITH_ACTUALS = 'actuals:';

/** A page of every type; the overviews among them. */
const pages = [
  'index.html',
  'plan/index.html',
  'goal/1/index.html',
  'goal/4/index.html',
  'policy/4-1/index.html',
  'policy/1-1/index.html',
  'pillar/4-1-1/index.html',
  'pillar/5-3-1/index.html',
  'kpi/4-1-1/index.html',
  'kpi/4-1-1/baseline/index.html',
  'kpi/5-5-1/target/index.html',
  'project/1/index.html',
  'initiative/1-2/index.html',
  'department/811cfd3de6/index.html',
  'organization/062022/index.html',
  'dataset/index.html',
  'dataset/indicators/index.html',
  'dataset/pillar_departments/index.html',
  'dataset/kpi/index.html',
  'dataset/kpi-progress/index.html',
  'quality/index.html',
  'glossary/index.html',
  'vocab/index.html',
  'search/index.html',
  'en/index.html',
  `${WITH_ACTUALS}index.html`,
  `${WITH_ACTUALS}kpi/4-1-1/index.html`,
  `${WITH_ACTUALS}kpi/5-5-1/actual/2026/index.html`,
  `${WITH_ACTUALS}dataset/kpi/index.html`,
  `${WITH_ACTUALS}dataset/kpi-progress/index.html`,
  `${WITH_ACTUALS}quality/index.html`,
];
const screenshots: Record<string, string> = {
  'index.html': 'home',
  'kpi/4-1-1/index.html': 'kpi-4-1-1',
  'policy/4-1/index.html': 'policy-4-1',
  'department/811cfd3de6/index.html': 'department-health',
  'quality/index.html': 'quality',
  'dataset/kpi/index.html': 'kpi-overview',
  'organization/062022/index.html': 'organization',
};
/** The home page: about three screens of a 1280×800 desktop. */
const HOME_MAX = 3 * DESKTOP.height;
/** No page taller than this at 1280 px but the source text, which is the whole plan line by line. */
const PAGE_MAX = 10_000;

describe('the site’s layout in Chromium', { skip }, () => {
  let browser: Browser;
  let tab: Page;
  let withActuals: string;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath()!, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--max-opt=1'] });
    tab = await browser.newPage({ viewport: DESKTOP });
    const r = await buildWithActuals('test/fixtures/indicator-actuals.csv');
    assert.ok(r.ok);
    withActuals = mkdtempSync(join(tmpdir(), 'plan-layout-'));
    for (const [path, content] of r.files) {
      if (!path.startsWith('site/')) continue;
      mkdirSync(dirname(join(withActuals, path)), { recursive: true });
      writeFileSync(join(withActuals, path), content);
    }
  });
  after(async () => {
    await browser?.close();
    if (withActuals) rmSync(withActuals, { recursive: true, force: true });
  });
  const url = (path: string): string => {
    const [folder, file] = path.startsWith(WITH_ACTUALS) ? [join(withActuals, 'site'), path.slice(WITH_ACTUALS.length)] : [site, path];
    const [name, fragment] = file.split('#');
    return `${pathToFileURL(join(folder, name!)).href}${fragment ? `#${fragment}` : ''}`;
  };
  const open = async (path: string, viewport: { width: number; height: number }): Promise<void> => {
    await tab.setViewportSize(viewport);
    await tab.goto(url(path), { waitUntil: 'load' });
  };
  const height = () => tab.evaluate(() => document.documentElement.scrollHeight);

  const heights: string[] = [];
  after(() => {
    // The measured heights, for the record (a test's output, not an assertion).
    if (process.env.PLAN_LAYOUT_HEIGHTS === '1') console.log(heights.join('\n'));
  });

  for (const path of pages) {
    it(`${path}: fits — height at 1280 px, tables and IDs at 390 px, breadcrumbs`, async () => {
      await open(path, DESKTOP);
      const desktop = await height();
      const name = screenshots[path];
      const shoot = name && process.env.PLAN_SCREENSHOTS === '1';
      if (shoot) {
        mkdirSync(artifacts, { recursive: true });
        await tab.screenshot({ path: join(artifacts, `layout-${name}-1280.png`), fullPage: true });
      }
      // The trail ends in the page's own name, and no two steps read the same (担当課 › 担当課).
      const crumbs = await tab.locator('.crumbs li').allTextContents();
      if (crumbs.length > 0) {
        assert.equal(crumbs.at(-1), (await tab.locator('h1').textContent())?.trim(), `${path}: the last crumb is the page`);
        assert.equal(new Set(crumbs).size, crumbs.length, `${path}: ${crumbs.join(' › ')}`);
      }

      await open(path, PHONE);
      const phone = await height();
      heights.push(`${path.padEnd(50)} 1280: ${desktop}  390: ${phone}`);
      if (shoot) await tab.screenshot({ path: join(artifacts, `layout-${name}-390.png`), fullPage: true });
      const problems = await tab.evaluate(() => {
        const found: string[] = [];
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
        // Every table fits the screen: none hides columns behind a sideways scroll. (The dataset pages' table of
        // rows is the table explorer's, which may scroll its own box.)
        for (const table of document.querySelectorAll('table')) {
          if (table.closest('[aria-label="先頭の行"]')) continue;
          const right = table.getBoundingClientRect().right;
          if (right > width + 0.5)
            found.push(`table ${table.className || table.closest('[aria-label]')?.getAttribute('aria-label')} ends at ${Math.round(right)} px`);
        }
        // An ID, a code or a name of a file wraps only after - / _ . : or a space, never inside a word.
        const breakable = /[-/_.:\s]/;
        for (const el of [...document.querySelectorAll('code, .code, .crumbs li')].slice(0, 400)) {
          if (el.getClientRects().length < 2) continue;
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let previous: { top: number; char: string } | undefined;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i += 1) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getBoundingClientRect();
              if (rect.width === 0) continue;
              if (previous && rect.top > previous.top + rect.height / 2 && !breakable.test(previous.char) && !/\s/.test(text[i]!))
                found.push(`「${el.textContent}」 breaks between ${previous.char} and ${text[i]}`);
              previous = { top: rect.top, char: text[i]! };
            }
          }
        }
        return found;
      });
      assert.deepEqual(problems, [], path);
      if (path.endsWith('source/index.html')) return;
      assert.ok(desktop <= PAGE_MAX, `${path}: ${desktop} px tall at 1280 px`);
      if (path === 'index.html' || path === `${WITH_ACTUALS}index.html`) {
        assert.ok(desktop <= HOME_MAX, `home: ${desktop} px at 1280 px, more than three screens (${HOME_MAX})`);
        assert.ok(phone <= 4 * PHONE.height, `home: ${phone} px on the phone, more than four screens`);
      }
    });
  }

  it('folds the quality report’s entries, and opens the one an anchor points to (a page’s link to its entry)', async () => {
    await open('initiative/1-2/index.html', DESKTOP);
    const href = await tab.locator('a[href*="quality/index.html#entry-"]').first().getAttribute('href');
    assert.ok(href);
    await open('quality/index.html', DESKTOP);
    assert.equal(await tab.locator('details[open]').count(), 0, 'every rule’s entries folded');
    const entry = href.split('#')[1]!;
    assert.equal(await tab.locator(`#${entry}`).isVisible(), false);
    await tab.goto(url(`quality/index.html#${entry}`));
    await tab.locator(`#${entry}`).waitFor({ state: 'visible' });
    assert.ok(await tab.locator(`#${entry}`).isVisible(), 'the entry shows');
  });
});
