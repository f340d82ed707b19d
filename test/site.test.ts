// The site in dist/site, from an in-memory build of the seed: a page at the path of every IRI, each with
// its own linked-data node; every relative link and download resolves (anchors included) and nothing is
// fetched from elsewhere; text from the source is escaped everywhere; the download list is the catalog's;
// the dataset pages state the README's column dictionary; the KPI chart draws what the data says.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { columnDictionary } from '../pipeline/emit/datasets-doc.ts';
import { MANIFEST } from '../pipeline/emit/manifest.ts';
import { escapeHtml } from '../pipeline/emit/site/html.ts';
import { kpiChart, valueAxis } from '../pipeline/emit/site/chart.ts';
import { tableNames } from '../pipeline/model/registry.ts';
import { buildBytes, config, seedBuild, seedText, textOf } from './helpers.ts';
import { storeOfJsonLd } from './linked-rdf.ts';

const page = async (path: string): Promise<string> => {
  const { files } = await seedBuild();
  assert.ok(files.has(`site/${path}`), `site/${path} was built`);
  return textOf(files, `site/${path}`);
};
/** Every file of the site as text (the site holds no binary files). */
const siteFiles = async (): Promise<[string, string][]> => {
  const { files } = await seedBuild();
  return [...files.keys()].filter((p) => p.startsWith('site/')).map((p) => [p, textOf(files, p)]);
};
const sitePages = async () => (await siteFiles()).filter(([p]) => p.endsWith('.html'));
const attr = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
const ids = (html: string): Set<string> => new Set(attr(html, 'id'));
const jsonLdOf = (html: string): unknown[] => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('site: one page per IRI', () => {
  it('has a page at the path of the IRI of every plan entity: concept, KPI, project, initiative, organization', async () => {
    const result = await seedBuild();
    const graph = (JSON.parse(textOf(result.files, '062022_plan.jsonld')) as { '@graph': { '@id': string; '@type': string | string[] }[] })['@graph'];
    const entityTypes = ['skos:ConceptScheme', 'skos:Concept', 'yp:Indicator', 'yp:Project', 'yp:Initiative', 'org:Organization'];
    const iris = graph.filter((n) => [n['@type']].flat().some((t) => entityTypes.includes(t)) && n['@id'].startsWith(config.baseIri) && !n['@id'].includes('#')).map((n) => n['@id']);
    assert.ok(iris.length > 150, `${iris.length} IRIs`);
    for (const iri of [...iris, `${config.baseIri}dataset/kpi`]) assert.ok(result.files.has(`site/${iri.slice(config.baseIri.length)}/index.html`), `${iri} has a page`);
    for (const type of ['goal/4', 'policy/4-1', 'pillar/4-1-1', 'kpi/4-1-1', 'project/1', 'initiative/1-2', 'department/811cfd3de6', 'organization/062022', 'plan', 'dataset/kpi']) {
      assert.ok(result.files.has(`site/${type}/index.html`), type);
    }
  });

  it('gives every vocabulary term an anchor on vocab/', async () => {
    const graph = (JSON.parse(textOf((await seedBuild()).files, '062022_plan.jsonld')) as { '@graph': { '@id': string }[] })['@graph'];
    const anchors = ids(await page('vocab/index.html'));
    for (const iri of graph.map((n) => n['@id']).filter((i) => i.startsWith(`${config.baseIri}vocab#`))) assert.ok(anchors.has(iri.split('#')[1]!), iri);
  });

  it('embeds its own node as JSON-LD that expands offline to the same triples as the plan', async () => {
    const [doc] = jsonLdOf(await page('policy/4-1/index.html'));
    const store = await storeOfJsonLd(doc);
    const policy = `${config.baseIri}policy/4-1`;
    assert.deepEqual(store.getObjects(policy, 'http://www.w3.org/2004/02/skos/core#prefLabel', null).map((o) => o.value), ['健康・保健']);
    assert.deepEqual(store.getObjects(policy, 'http://www.w3.org/2004/02/skos/core#broader', null).map((o) => o.value), [`${config.baseIri}goal/4`]);
    const kpi = await storeOfJsonLd(jsonLdOf(await page('kpi/4-1-1/index.html'))[0]);
    const value = kpi.getObjects(`${config.baseIri}kpi/4-1-1/baseline`, 'http://purl.org/linked-data/sdmx/2009/measure#obsValue', null)[0]!;
    assert.equal(value.value, '49.3');
  });

  it('states its IRI and links the machine-readable files it is a view of', async () => {
    const html = await page('policy/4-1/index.html');
    assert.ok(html.includes(`IRI: <code>${config.baseIri}policy/4-1</code>`));
    for (const file of ['062022_policies.csv', '062022_policies.json', '062022_plan.jsonld']) assert.ok(html.includes(`href="../../../${file}"`), file);
  });

  it('puts schema.org Dataset metadata on the home page: licence, coverage, a DataDownload per file', async () => {
    const docs = jsonLdOf(await page('index.html')) as Record<string, unknown>[];
    const dataset = docs.find((d) => d['@type'] === 'Dataset')!;
    assert.equal(dataset.license, config.license.url);
    assert.equal(dataset.temporalCoverage, '2026-04-01/2031-03-31');
    assert.equal((dataset.spatialCoverage as { name: string }).name, '山形県米沢市');
    const downloads = dataset.distribution as { contentUrl: string; encodingFormat: string }[];
    assert.ok(downloads.some((d) => d.contentUrl === `${config.pagesUrl}data/v${config.version}/062022_indicators.csv` && d.encodingFormat === 'text/csv'));
  });
});

describe('site: links', () => {
  it('resolves every relative href and src, anchors included, within dist/; nothing root-absolute, nothing fetched from elsewhere', async () => {
    const files = (await seedBuild()).files;
    const idsOf = new Map<string, Set<string>>();
    const anchorsIn = (path: string) => idsOf.get(path) ?? idsOf.set(path, ids(textOf(files, path))).get(path)!;
    let checked = 0;
    for (const [path, html] of await sitePages()) {
      for (const src of attr(html, 'src')) assert.ok(!/^[a-z]+:|^\/\//i.test(src), `${path}: src ${src} loads from elsewhere`);
      for (const tag of html.match(/<link [^>]*>/g) ?? []) assert.doesNotMatch(tag, /href="(https?:)?\/\//, `${path}: ${tag}`);
      for (const href of [...attr(html, 'href'), ...attr(html, 'src'), ...attr(html, 'content').filter((c) => c.startsWith('0; url=')).map((c) => c.slice(7))]) {
        assert.ok(!href.startsWith('/'), `${path}: root-absolute ${href}`);
        if (/^(https?|mailto):/.test(href)) continue;
        const [target, fragment] = href.split('#') as [string, string | undefined];
        const resolved = target === '' ? path : posix.normalize(posix.join(posix.dirname(path), decodeURIComponent(target)));
        assert.ok(!resolved.startsWith('..'), `${path}: ${href} leaves dist/`);
        assert.ok(files.has(resolved), `${path}: ${href} → ${resolved} does not exist`);
        if (fragment) assert.ok(anchorsIn(resolved).has(fragment), `${path}: ${href}: no id="${fragment}" in ${resolved}`);
        checked += 1;
      }
    }
    assert.ok(checked > 5000, `${checked} links`);
  });

  it('links every data file from the home page: the list the catalog describes, plus the catalog and SHA256SUMS (not the build manifest, which describes the folder)', async () => {
    const files = (await seedBuild()).files;
    const linked = new Set(attr(await page('index.html'), 'href').filter((h) => h.startsWith('../')).map((h) => h.slice(3)));
    const data = [...files.keys()].filter((p) => !p.startsWith('site/') && p !== MANIFEST);
    assert.deepEqual(data.filter((p) => !linked.has(p)), []);
  });

  it('links every statement to its source line, and the source page has every line', async () => {
    const policy = await page('policy/4-1/index.html');
    assert.match(policy, /href="\.\.\/\.\.\/source\/index\.html#L969"/, 'KPI 4-1-1 is read from line 969');
    const source = await page('source/index.html');
    const lines = seedText().replace(/\r\n?/g, '\n').split('\n');
    assert.ok(ids(source).has(`L${lines.length - 1}`));
    assert.match(source, /<li id="L969">特定健康診査の受診率（国保） <\/li>/);
  });

  it('loads scripts only on the search page: everything else works without JS', async () => {
    for (const [path, html] of await sitePages()) {
      const scripts = (html.match(/<script(?! type="application\/ld\+json")[^>]*>/g) ?? []);
      assert.deepEqual(scripts, path === 'site/search/index.html' ? ['<script src="../search-index.js">', '<script src="../search.js">'] : [], path);
    }
  });
});

describe('site: size and shape', () => {
  it('keeps every page under 300 KB and the whole site under 15 MB', async () => {
    const site = await siteFiles();
    let total = 0;
    for (const [path, text] of site) {
      const bytes = Buffer.byteLength(text);
      total += bytes;
      assert.ok(bytes <= 300 * 1024, `${path} is ${bytes} bytes`);
    }
    assert.ok(total <= 15 * 1024 * 1024, `${total} bytes`);
  });

  it('writes every page in Japanese with one h1, a title and a description', async () => {
    for (const [path, html] of await sitePages()) {
      assert.match(html, /^<!DOCTYPE html>\n<html lang="ja">/, path);
      assert.equal(html.match(/<h1>/g)?.length, 1, path);
      assert.match(html, /<title>[^<]+<\/title>/, path);
      assert.match(html, /<meta name="description" content="[^"]+">/, path);
    }
  });

  it('states each table’s column dictionary as the README does, and its row count', async () => {
    const result = await seedBuild();
    for (const name of tableNames) {
      const html = await page(`dataset/${name}/index.html`);
      for (const c of columnDictionary(name)) {
        assert.ok(html.includes(`<th scope="row">${escapeHtml(c.title)}</th><td><code>${c.key}</code></td>`), `${name}.${c.key}`);
        assert.ok(html.includes(escapeHtml(c.description)), `${name}.${c.key} description`);
      }
      const rows = (JSON.parse(textOf(result.files, `062022_${name}.json`)) as unknown[]).length;
      assert.ok(html.includes(`<dt>行数</dt><dd>${rows.toLocaleString('en')}</dd>`), `${name} has ${rows} rows`);
    }
  });

  it('shows a project citation that names a pillar otherwise than 第２章 with both names and its quality-report entry', async () => {
    const html = await page('initiative/1-2/index.html');
    assert.match(html, /教育環境の整備と学校教育の推進/, 'as the project writes it');
    assert.match(html, /教育環境の整備と学校給食の推進/, 'as 第２章 names it');
    const entry = /href="\.\.\/\.\.\/quality\/index\.html#(entry-\d+)"/.exec(html)?.[1];
    assert.ok(entry);
    assert.match(await page('quality/index.html'), new RegExp(`id="${entry}"[\\s\\S]*?pillar 1-2-2 as 「教育環境の整備と学校教育の推進」`));
  });

  it('lists on a department page its pillars, initiatives and KPIs', async () => {
    const html = await page('department/811cfd3de6/index.html');
    assert.match(html, /<h1>健康課<\/h1>/);
    for (const link of ['pillar/4-1-1/index.html', 'pillar/4-1-2/index.html', 'kpi/4-1-1/index.html', 'kpi/4-1-2/index.html']) assert.ok(html.includes(`href="../../${link}"`), link);
  });
});

describe('site: search', () => {
  type Doc = { kind: string; title: string; path: string };
  const searchIn = async () => {
    const window: { PLAN_SEARCH?: { docs: unknown[] }; PlanSearch?: { build(index: unknown): unknown; find(built: unknown, q: string): Doc[] } } = {};
    vm.runInNewContext(await page('search-index.js'), { window });
    vm.runInNewContext(await page('search.js'), { window });
    const built = window.PlanSearch!.build(window.PLAN_SEARCH);
    return { docs: window.PLAN_SEARCH!.docs, find: (q: string) => window.PlanSearch!.find(built, q) };
  };
  it('the page’s own script finds KPI 4-1-2 for 食塩, first among the matches', async () => {
    const { find, docs } = await searchIn();
    assert.ok(docs.length > 400);
    const hits = find('食塩');
    assert.deepEqual([hits[0]!.kind, hits[0]!.title, hits[0]!.path], ['成果指標', '推定一日食塩摂取量', 'kpi/4-1-2/index.html']);
    assert.ok(hits.some((d) => d.path.startsWith('pillar/4-1-1/index.html#pillar-action-')), 'and the action that speaks of 食塩摂取');
  });
  it('folds widths and case, finds one character, and needs the whole query', async () => {
    const { find } = await searchIn();
    assert.deepEqual([...find('ＤＸ').map((d) => d.path)], [...find('dx').map((d) => d.path)]);
    assert.ok(find('ＤＸ').length > 0);
    assert.ok(find('塩').length >= find('食塩').length);
    assert.equal(find('食塩コーヒー').length, 0);
  });
});

describe('site: text from the source is escaped', () => {
  it('shows markup and a closing </script> in the plan text as text, and keeps them in the JSON-LD', async () => {
    const hostile = '<b>推進</b>しま&lt;す</script><script>alert(1)</script>';
    const text = seedText().replace('市民の健康づくりのため、減塩の推進', `市民の健康づくりのため、${hostile}`);
    assert.notEqual(text, seedText());
    const result = await buildBytes(Buffer.from(text));
    assert.ok(result.ok, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error')));
    const html = textOf(result.files, 'site/policy/4-1/index.html');
    assert.ok(!html.includes('<b>推進</b>') && !html.includes('<script>alert'), 'no markup from the source');
    assert.ok(html.includes(escapeHtml(hostile)), 'the text, escaped');
    const node = jsonLdOf(html)[0] as Record<string, string>;
    assert.ok(node['yp:visionText']!.includes(hostile), 'the JSON-LD keeps the text as written');
    const search = textOf(result.files, 'site/search-index.js');
    assert.ok(!search.includes('</script>'));
  });
});

describe('KPI chart', () => {
  const base = { id: 'k', name: '特定健康診査の受診率（国保）', unit: '％' };
  const kpi411 = { ...base, baseline: { fiscalYear: 2023, value: 49.3, notation: '49.3％', fiscalYearNotation: 'R5' }, target: { fiscalYear: 2029, value: 60, notation: '60％以上', fiscalYearNotation: 'R11', condition: '以上' as const } };
  const number = (svg: string, re: RegExp): number => Number(re.exec(svg)![1]);

  it('chooses a zero-based axis with round ticks above the largest value', () => {
    assert.deepEqual(valueAxis([49.3, 60]).ticks, [0, 20, 40, 60, 80]);
    assert.deepEqual(valueAxis([9.7, 7]).ticks, [0, 5, 10, 15]);
    assert.deepEqual(valueAxis([48791, 60000]).ticks, [0, 20000, 40000, 60000, 80000]);
    assert.deepEqual(valueAxis([0.4, 0.5]).ticks, [0, 0.2, 0.4, 0.6]);
  });

  it('draws the baseline below a higher target, the 以上 range above it, and says every number in text', () => {
    const svg = kpiChart(kpi411).text;
    const cy = number(svg, /<circle class="baseline" cx="[\d.]+" cy="([\d.]+)"/);
    const ty = number(svg, /<path class="target" d="M[\d.]+ ([\d.]+)/) + 7;
    assert.ok(cy > ty, `baseline y ${cy} is below target y ${ty}`);
    const band = /<rect class="band" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/.exec(svg)!;
    assert.equal(Number(band[1]) + Number(band[2]), ty, 'the band ends at the target');
    assert.match(svg, />49\.3％<\/text>/);
    assert.match(svg, />60％以上<\/text>/);
    assert.match(svg, /基準値 49\.3％（2023年度、R5）、目標値 60％以上（2029年度、R11）/);
    assert.doesNotMatch(svg, /class="actual/);
  });

  it('draws a 未満 range below the target with its boundary dashed (excluded)', () => {
    const svg = kpiChart({ ...base, unit: 'ｇ', baseline: { fiscalYear: 2023, value: 9.7, notation: '9.7ｇ', fiscalYearNotation: 'R5' }, target: { fiscalYear: 2029, value: 7, notation: '7.0ｇ未満', fiscalYearNotation: 'R11', condition: '未満' } }).text;
    assert.match(svg, /<line class="boundary open"/);
    const band = /<rect class="band" x="[\d.]+" y="([\d.]+)"/.exec(svg)!;
    const cy = number(svg, /<circle class="baseline" cx="[\d.]+" cy="([\d.]+)"/);
    assert.ok(Number(band[1]) > cy, 'the range starts below the baseline');
  });

  it('adds actuals (joined from the baseline, last value labelled) and a grade when given', () => {
    const svg = kpiChart({ ...kpi411, actuals: [{ fiscalYear: 2025, value: 52.4 }, { fiscalYear: 2024, value: 50.1 }], grade: { label: 'B', description: '目標に向けて前進' } }).text;
    assert.equal(svg.match(/<rect class="actual"/g)?.length, 2);
    assert.match(svg, /<path class="actual-line" d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+"\/>/);
    assert.match(svg, />52\.4％<\/text>/, 'the latest actual is labelled');
    assert.match(svg, />評価 B<\/text>/);
    assert.match(svg, /実績 2024年度 50\.1％、2025年度 52\.4％。評価 B（目標に向けて前進）/);
    const xs = [...svg.matchAll(/<rect class="actual" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok(xs[0]! < xs[1]!, 'in fiscal-year order');
  });
});
