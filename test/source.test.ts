import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../pipeline/build.ts';
import type { SourceInfo } from '../pipeline/config.ts';
import { loadSchemas } from '../pipeline/cli.ts';
import { paths } from '../pipeline/paths.ts';
import { readSourceInfo } from '../pipeline/read/settings.ts';
import { config, root, seedBuild, seedBytes, sourceInfo, textOf, sharedJapaneseAnalyser } from './helpers.ts';

/** The committed plan built with another description of its source (sources/source.json). */
const buildSeedWithSource = async (source: SourceInfo) =>
  build({
    japaneseAnalyser: sharedJapaneseAnalyser,
    bytes: seedBytes(),
    file: 'sources/yonezawa-zenki-kihon-keikaku.txt',
    config,
    source,
    schemas: await loadSchemas(paths.schemas),
    schemaDir: 'schemas',
    curated: {
      sdgLinks: { file: 'sources/sdg-links.csv', text: readFileSync(paths.sdgLinks, 'utf8') },
      indicatorActuals: { file: 'sources/indicator-actuals.csv', text: readFileSync(paths.indicatorActuals, 'utf8') },
    },
  });

describe('sources/', () => {
  it('holds the plan text byte for byte as the shared seed (sha256 21568c98…)', () => {
    const digest = createHash('sha256').update(seedBytes()).digest('hex');
    assert.equal(digest, '21568c984cf87469519dbd511fead64b671a1ba94c37f104eca74b6aff32a33a');
    assert.equal(sourceInfo.sha256, digest);
  });
  it('describes the source: 米沢市, 062022, FY2026–FY2030', () => {
    assert.equal(sourceInfo.publisher, '米沢市');
    assert.equal(sourceInfo.municipalityCode, '062022');
    assert.deepEqual(sourceInfo.period, { startFiscalYear: 2026, endFiscalYear: 2030 });
  });
});

describe('sources/source.json: the official page of the plan (issue 21 §5)', () => {
  const committed = readFileSync(join(root, 'sources', 'source.json'), 'utf8');
  const withOfficial = (officialPage: unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-source-json-'));
    const file = join(dir, 'source.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(committed), officialPage }, null, 2));
    return file;
  };
  const refusal = (officialPage: unknown): string => {
    const file = withOfficial(officialPage);
    try {
      readSourceInfo(undefined, file, 'sources/source.json');
      return '';
    } catch (e) {
      return (e as Error).message;
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  };

  it('records that the city’s page for this plan was not found, the day it was checked, and what was found, each labelled', () => {
    const official = sourceInfo.officialPage;
    assert.ok(official && official.status === 'not-found');
    assert.equal(official.checked, '2026-12-07');
    assert.ok(official.known.some((k) => k.url === 'https://www.city.yonezawa.yamagata.jp/' && /公式サイト/.test(k.label)));
    assert.ok(official.known.some((k) => /市長/.test(k.label)));
    assert.ok(official.notThisPlan?.every((k) => /この計画のページではない/.test(k.label)));
  });

  it('refuses, at its key, a URL that is not https, a label of more than one line, a date that is none, a found page without its URL', () => {
    const known = [{ label: '米沢市の公式サイト', url: 'https://www.city.yonezawa.yamagata.jp/' }];
    for (const [officialPage, key] of [
      [
        { status: 'not-found', checked: '2026-12-07', searched: '検索', known: [{ label: '市', url: 'http://www.city.yonezawa.yamagata.jp/' }] },
        'officialPage.known.0.url',
      ],
      [{ status: 'not-found', checked: '2026-12-07', searched: '検索', known: [{ label: '市', url: 'javascript:alert(1)' }] }, 'officialPage.known.0.url'],
      [
        { status: 'not-found', checked: '2026-12-07', searched: '検索', known: [{ label: '一行目\n二行目', url: known[0]!.url }] },
        'officialPage.known.0.label',
      ],
      [{ status: 'not-found', checked: '2026-12-07', searched: '検索\u202e', known }, 'officialPage.searched'],
      [{ status: 'not-found', checked: '2026-13-07', searched: '検索', known }, 'officialPage.checked'],
      [{ status: 'not-found', checked: '2026-12-07', searched: '検索', known: [] }, 'officialPage.known'],
      [{ status: 'found', checked: '2026-12-07' }, 'officialPage.url'],
      [{ status: 'maybe', checked: '2026-12-07' }, 'officialPage.status'],
    ] as const) {
      const message = refusal(officialPage);
      assert.match(message, /sources\/source\.json:\d+:\d+/, JSON.stringify(officialPage));
      assert.ok(message.includes(`invalid setting ${key}`), `${key}: ${message}`);
    }
    assert.equal(refusal({ status: 'found', url: 'https://www.city.yonezawa.yamagata.jp/plan.html', checked: '2027-01-10' }), '');
  });

  it('is shown on the site as it is recorded: not found and what is known, labelled; or the city’s page once it is found', async () => {
    const seed = textOf((await seedBuild()).files, 'site/source/index.html');
    assert.match(seed, /<strong>この計画の市の公式掲載ページは確認できていません<\/strong>（2026-12-07 時点）/);
    assert.ok(seed.includes('<a href="https://www.city.yonezawa.yamagata.jp/">米沢市の公式サイト</a>'));
    assert.ok(seed.includes('<a href="https://www.city.yonezawa.yamagata.jp/soshiki/2/hisyo/4/index.html">市長室のページ'));
    assert.match(textOf((await seedBuild()).files, 'site/kpi/4-1-1/index.html'), /この計画の市の公式掲載ページは確認できていません/, 'every footer says so');
    const found = await buildSeedWithSource({
      ...sourceInfo,
      officialPage: { status: 'found', url: 'https://www.city.yonezawa.yamagata.jp/plan.html', checked: '2027-01-10' },
    });
    assert.ok(found.ok);
    const html = textOf(found.files, 'site/source/index.html');
    assert.ok(
      html.includes(
        '<a href="https://www.city.yonezawa.yamagata.jp/plan.html">https://www.city.yonezawa.yamagata.jp/plan.html</a> に掲載しています（2027-01-10 に確認）',
      ),
    );
    assert.doesNotMatch(html, /確認できていません/);
  });
});
