// The site in dist/site, from an in-memory build of the seed: a page at the path of every IRI, each with
// its own linked-data node; every relative link and download resolves (anchors included) and nothing is
// fetched from elsewhere; text from the source is escaped everywhere; the download list is the catalog's;
// the dataset pages state the column dictionary of docs/datasets.md; the KPI chart draws what the data says.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { columnDictionary } from '../pipeline/emit/datasets-doc.ts';
import { MANIFEST } from '../pipeline/manifest.ts';
import { escapeHtml } from '../pipeline/emit/site/html.ts';
import { kpiChart, valueAxis } from '../pipeline/emit/site/chart.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import type { FileContent } from '../pipeline/emit/checksums.ts';
import { formatRate, NO_ACTUAL } from '../pipeline/emit/site/progress.ts';
import { rules } from '../pipeline/rules.ts';
import { buildBytes, buildWithActuals, config, isBinaryFile, seedBuild, seedText, textOf } from './helpers.ts';
import { storeOfJsonLd } from './linked-rdf.ts';

/** The plan with the fixture actuals of issue 13's worked cases (test/fixtures/indicator-actuals.csv), built once. */
let filled: ReturnType<typeof buildWithActuals> | undefined;
const filledBuild = () => (filled ??= buildWithActuals('test/fixtures/indicator-actuals.csv'));
const filledPage = async (path: string): Promise<string> => textOf((await filledBuild()).files, `site/${path}`);

const page = async (path: string): Promise<string> => {
  const { files } = await seedBuild();
  assert.ok(files.has(`site/${path}`), `site/${path} was built`);
  return textOf(files, `site/${path}`);
};
/** Every text file of the site (its images, PNG and ICO, are bytes). */
const siteFiles = async (): Promise<[string, string][]> => {
  const { files } = await seedBuild();
  return [...files.keys()].filter((p) => p.startsWith('site/') && !isBinaryFile(p)).map((p) => [p, textOf(files, p)]);
};
const sitePages = async () => (await siteFiles()).filter(([p]) => p.endsWith('.html'));
const attr = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
const ids = (html: string): Set<string> => new Set(attr(html, 'id'));
/** Every relative href and src of every page of a build resolves within dist/, anchors included: how many were checked. */
const checkLinks = async (files: ReadonlyMap<string, FileContent>): Promise<number> => {
  const idsOf = new Map<string, Set<string>>();
  const anchorsIn = (path: string) => idsOf.get(path) ?? idsOf.set(path, ids(textOf(files, path))).get(path)!;
  let checked = 0;
  for (const path of [...files.keys()].filter((p) => p.startsWith('site/') && p.endsWith('.html'))) {
    const html = textOf(files, path);
    for (const src of attr(html, 'src')) assert.ok(!/^[a-z]+:|^\/\//i.test(src), `${path}: src ${src} loads from elsewhere`);
    // Nothing is loaded from elsewhere: the canonical link names the page's own URL, a language alternate the other page's URL on Pages; neither is fetched.
    for (const tag of html.match(/<link (?!rel="canonical"|rel="alternate" hreflang=)[^>]*>/g) ?? [])
      assert.doesNotMatch(tag, /href="(https?:)?\/\//, `${path}: ${tag}`);
    for (const href of [
      ...attr(html, 'href'),
      ...attr(html, 'src'),
      ...attr(html, 'content')
        .filter((c) => c.startsWith('0; url='))
        .map((c) => c.slice(7)),
    ]) {
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
  return checked;
};
const jsonLdOf = (html: string): unknown[] => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('site: one page per IRI', () => {
  it('has a page at the path of the IRI of every plan entity: concept, KPI, a KPI’s actual, project, initiative, organization, data cube', async () => {
    for (const result of [await seedBuild(), await filledBuild()]) {
      const graph = (
        JSON.parse(textOf(result.files, '062022_plan.jsonld')) as { '@graph': { '@id': string; '@type': string | string[]; 'qb:dataSet'?: string }[] }
      )['@graph'];
      const entityTypes = ['skos:ConceptScheme', 'skos:Concept', 'yp:Indicator', 'yp:Project', 'yp:Initiative', 'org:Organization', 'qb:DataSet'];
      const iris = graph
        .filter((n) => [n['@type']].flat().some((t) => entityTypes.includes(t)) && n['@id'].startsWith(config.baseIri) && !n['@id'].includes('#'))
        .map((n) => n['@id']);
      assert.ok(iris.length > 150, `${iris.length} IRIs`);
      assert.ok(iris.includes(`${config.baseIri}dataset/kpi`) && iris.includes(`${config.baseIri}dataset/kpi-progress`), 'both data cubes');
      // Every observation is a page too: the curated actuals (kpi/4-1-1/actual/2026/), the baselines and targets (kpi/4-1-1/baseline/).
      const observations = graph.filter((n) => [n['@type']].flat().includes('qb:Observation'));
      const actuals = observations.filter((n) => n['qb:dataSet'] === `${config.baseIri}dataset/kpi-progress`).map((n) => n['@id']);
      assert.equal(actuals.length, (JSON.parse(textOf(result.files, '062022_indicator_progress.json')) as unknown[]).length);
      const values = observations.filter((n) => n['qb:dataSet'] === `${config.baseIri}dataset/kpi`).map((n) => n['@id']);
      assert.equal(values.length, 2 * (JSON.parse(textOf(result.files, '062022_indicators.json')) as unknown[]).length, 'a baseline and a target per KPI');
      for (const iri of [...iris, ...actuals, ...values])
        assert.ok(result.files.has(`site/${iri.slice(config.baseIri.length)}/index.html`), `${iri} has a page`);
      // And no IRI under the base IRI anywhere in the plan's linked data is without its page (or an anchor of one).
      const all = new Set<string>();
      const collect = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(collect);
        else if (x && typeof x === 'object')
          for (const [key, value] of Object.entries(x)) {
            if (key === '@id' && typeof value === 'string' && value.startsWith(config.baseIri)) all.add(value.split('#')[0]!);
            else collect(value);
          }
      };
      collect(graph);
      for (const iri of all) {
        const path = iri.slice(config.baseIri.length);
        assert.ok(
          result.files.has(path === '' ? 'site/index.html' : `site/${path}/index.html`) || result.files.has(`site/${path}`),
          `${iri} resolves to a page`,
        );
      }
      for (const type of [
        'goal/4',
        'policy/4-1',
        'pillar/4-1-1',
        'kpi/4-1-1',
        'project/1',
        'initiative/1-2',
        'department/811cfd3de6',
        'organization/062022',
        'plan',
        'dataset/kpi',
        'dataset/kpi-progress',
      ]) {
        assert.ok(result.files.has(`site/${type}/index.html`), type);
      }
    }
    const filled = (await filledBuild()).files;
    assert.ok(filled.has('site/kpi/4-1-1/actual/2026/index.html'), 'the fixture’s actual of KPI 4-1-1 for 2026');
    assert.ok(![...(await seedBuild()).files.keys()].some((p) => /^site\/kpi\/[^/]+\/actual\//.test(p)), 'the committed header-only file: no actual, no page');
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
    assert.deepEqual(
      store.getObjects(policy, 'http://www.w3.org/2004/02/skos/core#prefLabel', null).map((o) => o.value),
      ['健康・保健'],
    );
    assert.deepEqual(
      store.getObjects(policy, 'http://www.w3.org/2004/02/skos/core#broader', null).map((o) => o.value),
      [`${config.baseIri}goal/4`],
    );
    const kpi = await storeOfJsonLd(jsonLdOf(await page('kpi/4-1-1/index.html'))[0]);
    const value = kpi.getObjects(`${config.baseIri}kpi/4-1-1/baseline`, 'http://purl.org/linked-data/sdmx/2009/measure#obsValue', null)[0]!;
    assert.equal(value.value, '49.3');
  });

  it('states its IRI and links the machine-readable files it is a view of', async () => {
    const html = await page('policy/4-1/index.html');
    assert.ok(html.includes(`IRI: <code>${`${config.baseIri}policy/4-1`.replaceAll('/', '/<wbr>')}</code>`), 'the IRI, breakable after each / only');
    for (const file of ['062022_policies.csv', '062022_policies.json', '062022_plan.jsonld']) assert.ok(html.includes(`href="../../../${file}"`), file);
  });

  it('puts schema.org Dataset metadata on the home page: licence, coverage, a DataDownload per file', async () => {
    const docs = jsonLdOf(await page('index.html')) as Record<string, unknown>[];
    const dataset = docs.find((d) => d['@type'] === 'Dataset')!;
    assert.equal(dataset.license, config.license.url);
    assert.equal(dataset.temporalCoverage, '2026-04-01/2031-03-31');
    assert.equal((dataset.spatialCoverage as { name: string }).name, '山形県米沢市');
    const downloads = dataset.distribution as { contentUrl: string; encodingFormat: string }[];
    // With a message: without one, a failing assert.ok makes node:assert look for the expression in this file at the
    // position of tsx's output, which took minutes here (a download URL mutation of issue 24 hung, not failed).
    assert.ok(
      downloads.some((d) => d.contentUrl === `${config.pagesUrl}data/v${config.version}/062022_indicators.csv` && d.encodingFormat === 'text/csv'),
      'the indicators CSV at its versioned download URL',
    );
  });
});

describe('site: links', () => {
  it('resolves every relative href and src, anchors included, within dist/; nothing root-absolute, nothing fetched from elsewhere', async () => {
    assert.ok((await checkLinks((await seedBuild()).files)) > 5000);
  });
  it('does so with actuals too: the actuals’ pages, their anchors on the KPI pages, the grade rule, the quality-report entries', async () => {
    assert.ok((await checkLinks((await filledBuild()).files)) > 5000);
  });

  it('links every data file from the data page: the list the catalog describes, plus the catalog and SHA256SUMS (not the build manifest, which describes the folder)', async () => {
    const files = (await seedBuild()).files;
    const linked = new Set(
      attr(await page('dataset/index.html'), 'href')
        .filter((h) => h.startsWith('../../'))
        .map((h) => h.slice(6)),
    );
    const data = [...files.keys()].filter((p) => !p.startsWith('site/') && p !== MANIFEST);
    assert.deepEqual(
      data.filter((p) => !linked.has(p)),
      [],
    );
  });

  it('links every statement to its source line, and the source page has every line', async () => {
    const policy = await page('policy/4-1/index.html');
    assert.match(policy, /href="\.\.\/\.\.\/source\/index\.html#L969"/, 'KPI 4-1-1 is read from line 969');
    const source = await page('source/index.html');
    const lines = seedText().replace(/\r\n?/g, '\n').split('\n');
    assert.ok(ids(source).has(`L${lines.length - 1}`));
    assert.match(source, /<li id="L969">特定健康診査の受診率（国保） <\/li>/);
  });

  it('loads scripts only on the search page and the dataset pages (their explorer): everything else works without JS', async () => {
    for (const [path, html] of await sitePages()) {
      const scripts = html.match(/<script(?! type="application\/ld\+json")[^>]*>/g) ?? [];
      const expected =
        path === 'site/search/index.html'
          ? ['<script src="../search-index.js">', '<script src="../search.js">']
          : /^site\/dataset\/[a-z_]+\/index\.html$/.test(path) && html.includes('id="explore-table"')
            ? ['<script src="../../explore.js">']
            : [];
      assert.deepEqual(scripts, expected, path);
    }
  });
});

describe('site: size and shape', () => {
  it('hands the writer every file of the site as its UTF-8 bytes, encoded as rendered (issue 23 §2: text would hold twice the memory)', async () => {
    const { files } = await seedBuild();
    const site = [...files].filter(([p]) => p.startsWith('site/'));
    assert.ok(site.length > 100);
    for (const [path, content] of site) assert.ok(content instanceof Uint8Array, `${path} is held as ${typeof content}`);
  });

  it('keeps every page under 300 KB and the whole site under 15 MB, with actuals too', async () => {
    for (const { files } of [await seedBuild(), await filledBuild()]) {
      let total = 0;
      for (const [path, content] of [...files].filter(([p]) => p.startsWith('site/'))) {
        const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
        total += bytes;
        assert.ok(bytes <= 300 * 1024, `${path} is ${bytes} bytes`);
      }
      assert.ok(total <= 15 * 1024 * 1024, `${total} bytes`);
    }
  });

  it('writes every page in Japanese (the English summary in English) with one h1, a title and a description', async () => {
    for (const [path, html] of await sitePages()) {
      assert.match(html, path === 'site/en/index.html' ? /^<!DOCTYPE html>\n<html lang="en">/ : /^<!DOCTYPE html>\n<html lang="ja">/, path);
      assert.equal(html.match(/<h1>/g)?.length, 1, path);
      assert.match(html, /<title>[^<]+<\/title>/, path);
      assert.match(html, /<meta name="description" content="[^"]+">/, path);
    }
  });

  it('names the home page and the English summary to each other, and to themselves, by absolute URL (a relative hreflang is ignored)', async () => {
    const pages = await sitePages();
    const site = `${config.pagesUrl}data/latest/site/`;
    for (const path of ['site/index.html', 'site/en/index.html']) {
      const links = (textOf(new Map(pages), path).match(/<link rel="alternate" hreflang=[^>]*>/g) ?? []).sort();
      assert.deepEqual(links, [`<link rel="alternate" hreflang="en" href="${site}en/">`, `<link rel="alternate" hreflang="ja" href="${site}">`], path);
    }
    assert.equal(pages.filter(([, html]) => /<link [^>]*hreflang/.test(html)).length, 2, 'no other page has language alternates');
  });

  it('states each table’s column dictionary as docs/datasets.md does, and its row count', async () => {
    const result = await seedBuild();
    for (const name of tableNames) {
      const html = await page(`dataset/${name}/index.html`);
      for (const c of columnDictionary(name)) {
        assert.ok(html.includes(`<th scope="row">${escapeHtml(c.title)}</th><td data-label="JSON のキー"><code>${c.key}</code></td>`), `${name}.${c.key}`);
        // The English as the model says it, a file of sources/ by its name (linked), never by its path in the repository.
        const english = html.replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1');
        assert.ok(english.includes(escapeHtml(c.description.replace(/sources\//g, ''))), `${name}.${c.key} description`);
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
    assert.match(
      await page('quality/index.html'),
      new RegExp(`id="${entry}"[\\s\\S]*?施策の柱 1-2-2「教育環境の整備と学校給食の推進」[\\s\\S]*?pillar 1-2-2 as 「教育環境の整備と学校教育の推進」`),
    );
  });

  it('says under each rule of the quality page what the rule finds and what to do, in Japanese, the catalogue’s English beside it', async () => {
    const html = await filledPage('quality/index.html');
    const sections = [
      ...html.matchAll(
        /<h2 id="([a-z]+)-([a-z0-9-]+)">((?:(?!<\/h2>).)*)<\/h2>\n<p class="rule-meta">.*?<\/p>\n<p><strong>対処<\/strong>: ((?:(?!<\/p>).)*)<\/p><p class="muted" lang="en">((?:(?!<\/p>).)*)<\/p>\n<details><summary>該当箇所（(\d+)件）<\/summary>/g,
      ),
    ];
    const groups = [...html.matchAll(/<section class="rule"/g)].length;
    assert.ok(groups >= 8, `${groups} groups`);
    assert.equal(sections.length, groups, 'every group shows its rule');
    const text = (markup: string) => markup.replace(/<[^>]+>/g, '');
    for (const [, stage, name, summary, action, english, n] of sections) {
      const id = `${stage}:${name}` as keyof typeof rules;
      const rule = rules[id];
      // The Japanese as the catalogue writes it, but a file of sources/ named for what it is (its name linking it), never as a path.
      for (const [shown, ja] of [
        [summary!, rule.ja.summary],
        [action!, rule.ja.action],
      ] as const) {
        assert.doesNotMatch(text(shown), /sources\//, `${id}: no repository path`);
        for (const piece of ja.split(/sources\/([\w.-]+)/)) assert.ok(text(shown).includes(escapeHtml(piece)), `${id}: ${piece}`);
      }
      assert.equal(text(english!), escapeHtml(`${rule.summary} ${rule.action}`.replace(/sources\//g, '')));
      assert.equal(
        Number(n),
        [...html.matchAll(/<div class="entry" id="entry-\d+">/g)].filter(
          (m) => html.lastIndexOf('<section class="rule"', m.index) === html.indexOf(`<section class="rule" aria-labelledby="${stage}-${name}"`),
        ).length,
        `${id}: its entries`,
      );
    }
    assert.ok(sections.some(([, stage, name]) => `${stage}:${name}` === 'progress:target-against-direction'));
  });

  it('lists on a department page its pillars, initiatives and KPIs', async () => {
    const html = await page('department/811cfd3de6/index.html');
    assert.match(html, /<h1>健康課<\/h1>/);
    for (const link of ['pillar/4-1-1/index.html', 'pillar/4-1-2/index.html', 'kpi/4-1-1/index.html', 'kpi/4-1-2/index.html'])
      assert.ok(html.includes(`href="../../${link}"`), link);
  });
});

describe('site: KPI progress (fixture actuals of issue 13’s worked cases)', () => {
  const badge = (grade: string) => `<span class="grade-badge grade-${grade.toLowerCase()}">${grade}</span>`;
  const count = (html: string, text: string) => html.split(text).length - 1;
  const progressRows = async () =>
    JSON.parse(textOf((await filledBuild()).files, '062022_indicator_progress.json')) as {
      id: string;
      indicatorId: string;
      fiscalYear: number;
      grade: string;
    }[];
  const kpiIds = async () =>
    JSON.parse(textOf((await filledBuild()).files, '062022_indicators.json')) as { id: string; departmentId: string; policyId: string }[];

  it('draws KPI 4-1-1’s actuals in its chart as SVG marks, joined from the baseline, and states each value and grade in text', async () => {
    const html = await filledPage('kpi/4-1-1/index.html');
    const svg = /<svg class="kpi-chart"[\s\S]*?<\/svg>/.exec(html)![0];
    const marks = [...svg.matchAll(/<rect class="actual" x="([\d.]+)" y="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    assert.equal(marks.length, 4, 'one mark per actual: 2024, 2025, 2026, 2027');
    assert.ok(
      marks.every((m, i) => i === 0 || m.x > marks[i - 1]!.x),
      'in fiscal-year order',
    );
    // 45, 49.5, 52, 61: higher values sit higher (smaller y).
    assert.ok(marks[0]!.y > marks[1]!.y && marks[1]!.y > marks[2]!.y && marks[2]!.y > marks[3]!.y, JSON.stringify(marks));
    const cy = Number(/<circle class="baseline" cx="[\d.]+" cy="([\d.]+)"/.exec(svg)![1]);
    assert.ok(marks[0]!.y > cy && marks[1]!.y < cy, '45 below the baseline 49.3, 49.5 above it');
    assert.match(svg, /<path class="actual-line" d="M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}"/);
    assert.match(svg, />61％<\/text>/, 'the latest actual labelled');
    assert.match(svg, />49\.3％<\/text>/);
    assert.match(svg, />60％以上<\/text>/);
    assert.match(svg, />評価 S<\/text>/);
    assert.ok(
      html.includes(
        '実績 2024年度 45％（評価 C）、2025年度 49.5％（評価 B）、2026年度 52％（評価 A）、2027年度 61％（評価 S）。評価 S（2027年度の実績、目標達成、進捗率 109.3％）',
      ),
      'every actual in words',
    );
    // The table of actuals: one row group per year at its anchor, linking the page of its IRI.
    assert.ok(
      html.includes(
        '<tbody id="actual-2026"><tr><th scope="rowgroup" rowspan="2"><a href="../../kpi/4-1-1/actual/2026/index.html">2026年度</a></th><td class="num">52％</td><td class="num">25.2％</td><td class="grade-cell"><span class="grade-badge grade-a">A</span><span class="grade-name">前進</span>',
      ),
      'the row of 2026',
    );
    assert.ok(
      html.includes(
        '最新の評価: <span class="grade-badge grade-s">S</span><span class="grade-name">目標達成</span><span class="muted">（<a href="../../kpi/4-1-1/actual/2027/index.html">2027年度</a>の実績 61％、進捗率 109.3％）',
      ),
      'the latest grade',
    );
    assert.ok(!html.includes(NO_ACTUAL));
    const nodes = jsonLdOf(html)[0] as { '@graph': { '@id': string }[] };
    assert.ok(
      nodes['@graph'].some((n) => n['@id'] === `${config.baseIri}kpi/4-1-1/actual/2026`),
      'the page embeds its actuals’ nodes',
    );
  });

  it('shows the grade letters on the policy pages, the KPI overview and the department pages, for every fixture year', async () => {
    const rows = await progressRows();
    const kpis = await kpiIds();
    const overview = await filledPage('dataset/kpi/index.html');
    for (const r of rows) {
      const k = kpis.find((x) => x.id === r.indicatorId)!;
      const policy = await filledPage(`policy/${k.policyId.slice('policy-'.length)}/index.html`);
      const department = await filledPage(`department/${k.departmentId.slice('department-'.length)}/index.html`);
      const latest = rows.filter((x) => x.indicatorId === r.indicatorId).at(-1)!;
      if (r === latest) {
        // The latest grade as a badge with its name, its year linking the actual's page.
        for (const [where, html] of [
          ['policy', policy],
          ['overview', overview],
          ['department', department],
        ] as const) {
          assert.ok(html.includes(badge(r.grade)), `${where}: ${r.id} ${r.grade}`);
        }
        const kpi = k.id.slice('kpi-'.length);
        assert.ok(department.includes(`href="../../kpi/${kpi}/actual/${r.fiscalYear}/index.html">${r.fiscalYear}年度</a>`), `department: ${r.id}`);
      }
      // Every year's grade in words: the chart's caption on the policy page and the overview, the history on the department page.
      assert.ok(
        policy.includes(`${r.fiscalYear}年度`) && new RegExp(`${r.fiscalYear}年度 [\\d.,]+[^（、]*（評価 ${r.grade}）`).test(policy),
        `policy: ${r.id}`,
      );
      assert.ok(new RegExp(`${r.fiscalYear}年度 [\\d.,]+[^（、]*（評価 ${r.grade}）`).test(overview), `overview: ${r.id}`);
      if (rows.filter((x) => x.indicatorId === r.indicatorId).length > 1)
        assert.ok(department.includes(`${r.fiscalYear}年度</a> ${r.grade}`), `department history: ${r.id}`);
    }
    const letters = (html: string) => [...new Set([...html.matchAll(/<span class="grade-badge grade-[sabc]">([SABC])<\/span>/g)].map((m) => m[1]))].sort();
    assert.deepEqual(letters(overview), ['A', 'C', 'S'], 'the fixture’s latest grades: 4-1-1 S, 4-1-2 S, 5-3-2 A, 5-3-3 C, 5-5-1 C');
    assert.deepEqual(letters(await filledPage('kpi/4-1-1/index.html')), ['A', 'B', 'C', 'S'], 'KPI 4-1-1 year by year: C, B, A, S');
    // The home page counts the latest grades: S 2, A 1, B 0, C 2 of the fixture.
    assert.match(
      await filledPage('index.html'),
      /最新の評価: <span class="grade-badge grade-s">S<\/span><span class="grade-name">[^<]+<\/span>2指標、<span class="grade-badge grade-a">A<\/span><span class="grade-name">[^<]+<\/span>1指標、/,
    );
  });

  it('says in words where a KPI has no actual: KPI page, policy page, overview, department', async () => {
    const kpis = await kpiIds();
    const graded = new Set((await progressRows()).map((r) => r.indicatorId));
    const without = kpis.filter((k) => !graded.has(k.id));
    assert.equal(without.length, kpis.length - 5);
    const html = await filledPage('kpi/4-2-1/index.html');
    assert.ok(html.includes(`この成果指標の<span class="no-actual">${NO_ACTUAL}</span>。そのため評価（`));
    assert.doesNotMatch(html, /class="actual|grade-badge/);
    assert.ok((await filledPage('policy/4-2/index.html')).includes(`最新の評価: <span class="no-actual">${NO_ACTUAL}</span>（評価なし）`));
    assert.equal(count(await filledPage('dataset/kpi/index.html'), '最新の評価: <span class="no-actual">実績値なし</span>'), without.length);
    const d = kpis.find((k) => k.id === 'kpi-4-2-1')!.departmentId.slice('department-'.length);
    assert.ok((await filledPage(`department/${d}/index.html`)).includes('最新の評価: <span class="no-actual">実績値なし</span>'));
  });

  it('puts the warning of a target against its direction (KPI 5-5-1) next to its grade, linking the quality-report entry', async () => {
    const quality = await filledPage('quality/index.html');
    const entry = /<div class="entry" id="(entry-\d+)">(?:(?!<div class="entry")[\s\S])*?kpi\/5-5-1\/actual\/2026\/index\.html/.exec(
      quality.slice(quality.indexOf('id="progress-target-against-direction"')),
    )?.[1];
    assert.ok(entry, 'the quality page has the entry');
    for (const [path, up] of [
      ['kpi/5-5-1/index.html', '../../'],
      ['policy/5-5/index.html', '../../'],
      ['dataset/kpi/index.html', '../../'],
      ['kpi/5-5-1/actual/2026/index.html', '../../../../'],
    ] as const) {
      const html = await filledPage(path);
      const at = html.indexOf(`href="${up}quality/index.html#${entry}"`);
      assert.ok(at > 0, `${path} links the entry`);
      const before = html.slice(Math.max(0, at - 600), at);
      assert.ok(before.includes(badge('C')), `${path}: next to the grade C`);
    }
    assert.match(
      await filledPage('kpi/5-5-1/index.html'),
      /<p class="note warn grade-warning"><strong>注意<\/strong>: 目標値 95％以下 は基準値 94\.8％ より上にあり、条件「以下」の向きと逆です。進捗率は条件に近づいた度合いではなく離れた度合いを表すので、評価には使わず、条件を満たさない実績値は C（後退）としています。/,
    );
    const dept = (await kpiIds()).find((k) => k.id === 'kpi-5-5-1')!.departmentId.slice('department-'.length);
    assert.ok((await filledPage(`department/${dept}/index.html`)).includes(`href="../../quality/index.html#${entry}"`), 'department page');
    // Grades without the warning carry none.
    assert.doesNotMatch(await filledPage('kpi/4-1-1/index.html'), /grade-warning|warn-link/);
  });

  it('explains the grade rule from the grade_rules table, and every grade links to it', async () => {
    const html = await filledPage('dataset/kpi-progress/index.html');
    const rules = JSON.parse(textOf((await filledBuild()).files, '062022_grade_rules.json')) as {
      id: string;
      grade: string;
      name: string;
      criterion: string;
    }[];
    assert.ok(html.includes('<h2 id="grade-rules">'));
    for (const r of rules)
      assert.ok(
        html.includes(
          `<tr id="${r.id}"><th scope="row">${badge(r.grade)}<span class="grade-name">${r.name}</span></th><td data-label="判定基準">${escapeHtml(r.criterion)}</td></tr>`,
        ),
        r.id,
      );
    for (const path of ['policy/4-1/index.html', 'dataset/kpi/index.html', 'kpi/4-2-1/index.html'])
      assert.ok((await filledPage(path)).includes('href="../../dataset/kpi-progress/index.html#grade-rules"'), path);
    // The data set's page: its latest grades and every KPI with actuals.
    assert.match(html, /18の成果指標のうち5指標に実績値があります（11件）。最新の評価: S 2指標、A 1指標、B 0指標、C 2指標。/);
    assert.equal(count(html, '<svg class="kpi-chart"'), 5);
    const [node] = jsonLdOf(html) as { '@id': string }[];
    assert.equal(node!['@id'], `${config.baseIri}dataset/kpi-progress`);
  });

  it('gives each actual a page at the path of its IRI, with its own node of the linked data', async () => {
    const html = await filledPage('kpi/4-1-1/actual/2026/index.html');
    assert.match(html, /<h1>特定健康診査の受診率（国保）（2026年度）<\/h1>/);
    assert.ok(html.includes(`IRI: <code>${`${config.baseIri}kpi/4-1-1/actual/2026`.replaceAll('/', '/<wbr>')}</code>`));
    assert.match(html, /<dt>実績値<\/dt><dd>52％/);
    assert.match(html, /データでは 0\.2523364485981308/);
    assert.ok(html.includes('href="../../../../kpi/4-1-1/index.html#actual-2026"'), 'back to its row on the KPI page');
    const store = await storeOfJsonLd(jsonLdOf(html)[0]);
    const value = store.getObjects(`${config.baseIri}kpi/4-1-1/actual/2026`, 'http://purl.org/linked-data/sdmx/2009/measure#obsValue', null)[0]!;
    assert.equal(value.value, '52');
    // A URL in 出典 is a link; the rest of the cell stays text.
    assert.ok(
      (await filledPage('kpi/5-3-2/actual/2025/index.html')).includes(
        '<dd><a href="https://example.org/yonezawa/kpi-5-3-2">https://example.org/yonezawa/kpi-5-3-2</a>, p.3</dd>',
      ),
    );
  });

  it('says, with the committed header-only file, that no actual has been published yet, and shows no grade', async () => {
    for (const path of ['index.html', 'dataset/kpi/index.html', 'dataset/kpi-progress/index.html', 'kpi/4-1-1/index.html', 'policy/4-1/index.html']) {
      const html = await page(path);
      assert.ok(html.includes(NO_ACTUAL), path);
      // No grade anywhere but in the explanation of the rule.
      const rule = html.indexOf('<section aria-labelledby="grade-rules">');
      assert.doesNotMatch(rule < 0 ? html : html.slice(0, rule), /grade-badge grade-|class="actual/, path);
    }
    assert.ok(
      (await page('dataset/kpi-progress/index.html')).includes(`<p class="note">${NO_ACTUAL}。18の成果指標のどれにも、まだ実績値を収録していません。</p>`),
    );
    assert.ok((await page('dataset/kpi-progress/index.html')).includes('<h2 id="grade-rules">'), 'the rule is explained all the same');
  });

  it('writes a progress rate as a percentage that never reads as another band', () => {
    assert.equal(formatRate(27 / 107), '進捗率 25.2％');
    assert.equal(formatRate(0.1), '進捗率 10.0％');
    assert.equal(formatRate(0.0999), '進捗率 9.99％', 'B, not 10.0％');
    assert.equal(formatRate(-0.09996), '進捗率 -10.0％', 'C either way');
    assert.equal(formatRate(-0.1), '進捗率 -10.0％');
    assert.equal(formatRate(-0.00001), '進捗率 -0.001％', 'C (worse than the baseline), not 0.0％');
    assert.equal(formatRate(0.00001), '進捗率 0.0％');
    assert.equal(formatRate(6), '進捗率 600.0％');
    assert.equal(formatRate(null), '進捗率なし（目標値と基準値が同じ）');
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
    assert.ok(
      hits.some((d) => d.path.startsWith('pillar/4-1-1/index.html#pillar-action-')),
      'and the action that speaks of 食塩摂取',
    );
  });
  it('finds the curated actuals when there are any (the fixture): 特定健康診査 finds its KPI, then its actuals by year, each at its page', async () => {
    assert.equal((await searchIn()).docs.filter((d) => (d as Doc).kind === '成果指標の実績').length, 0, 'none in the committed build');
    const window: { PLAN_SEARCH?: { docs: unknown[] }; PlanSearch?: { build(index: unknown): unknown; find(built: unknown, q: string): Doc[] } } = {};
    vm.runInNewContext(await filledPage('search-index.js'), { window });
    vm.runInNewContext(await page('search.js'), { window });
    const hits = window.PlanSearch!.find(window.PlanSearch!.build(window.PLAN_SEARCH), '特定健康診査');
    assert.deepEqual([hits[0]!.kind, hits[0]!.path], ['成果指標', 'kpi/4-1-1/index.html']);
    const actuals = hits.filter((d) => d.kind === '成果指標の実績');
    assert.ok(actuals.length >= 1);
    for (const a of actuals) assert.match(a.path, /^kpi\/4-1-1\/actual\/\d{4}\/index\.html$/);
    assert.ok(
      actuals.some((a) => a.title === '特定健康診査の受診率（国保）（2026年度）'),
      actuals.map((a) => a.title).join(' | '),
    );
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
  const kpi411 = {
    ...base,
    baseline: { fiscalYear: 2023, value: 49.3, notation: '49.3％', fiscalYearNotation: 'R5' },
    target: { fiscalYear: 2029, value: 60, notation: '60％以上', fiscalYearNotation: 'R11', condition: '以上' as const },
  };
  const number = (svg: string, re: RegExp): number => Number(re.exec(svg)![1]);

  it('chooses a zero-based axis with round ticks above the largest value, where the change shows on it', () => {
    assert.deepEqual(valueAxis([49.3, 60]).ticks, [0, 20, 40, 60, 80]);
    assert.deepEqual(valueAxis([9.7, 7]).ticks, [0, 5, 10, 15]);
    assert.deepEqual(valueAxis([28791, 60000]).ticks, [0, 20000, 40000, 60000, 80000]);
    assert.deepEqual(valueAxis([0.2, 0.5]).ticks, [0, 0.2, 0.4, 0.6]);
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

  it('leaves room left of the plot for the widest value label (150,000)', () => {
    const svg = kpiChart({
      ...base,
      unit: '件',
      baseline: { fiscalYear: 2024, value: 0, notation: '0件', fiscalYearNotation: 'R6' },
      target: { fiscalYear: 2030, value: 100000, notation: '100,000件', fiscalYearNotation: 'R12', condition: null },
    }).text;
    const tick = /<text class="tick" x="([\d.]+)" y="[\d.]+" text-anchor="end" font-size="11">150,000<\/text>/.exec(svg);
    assert.ok(tick, 'the axis reaches 150,000');
    assert.ok(Number(tick[1]) - 7 * 11 * 0.58 >= 0, `the label ends at x ${tick[1]}: it starts inside the drawing`);
  });

  it('draws a 未満 range below the target with its boundary dashed (excluded)', () => {
    const svg = kpiChart({
      ...base,
      unit: 'ｇ',
      baseline: { fiscalYear: 2023, value: 9.7, notation: '9.7ｇ', fiscalYearNotation: 'R5' },
      target: { fiscalYear: 2029, value: 7, notation: '7.0ｇ未満', fiscalYearNotation: 'R11', condition: '未満' },
    }).text;
    assert.match(svg, /<line class="boundary open"/);
    const band = /<rect class="band" x="[\d.]+" y="([\d.]+)"/.exec(svg)!;
    const cy = number(svg, /<circle class="baseline" cx="[\d.]+" cy="([\d.]+)"/);
    assert.ok(Number(band[1]) > cy, 'the range starts below the baseline');
  });

  it('adds actuals (joined from the baseline, last value labelled) and a grade when given', () => {
    const svg = kpiChart({
      ...kpi411,
      actuals: [
        { fiscalYear: 2025, value: 52.4 },
        { fiscalYear: 2024, value: 50.1 },
      ],
      grade: { label: 'B', description: '目標に向けて前進' },
    }).text;
    // The chart itself (the legend's keys after it draw a mark each too).
    const plot = /<svg class="kpi-chart"[\s\S]*?<\/svg>/.exec(svg)![0];
    assert.equal(plot.match(/<rect class="actual"/g)?.length, 2);
    assert.match(svg, /<path class="actual-line" d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+"/);
    assert.match(svg, />52\.4％<\/text>/, 'the latest actual is labelled');
    assert.match(svg, />評価 B<\/text>/);
    assert.match(svg, /実績 2024年度 50\.1％、2025年度 52\.4％。評価 B（目標に向けて前進）/);
    const xs = [...svg.matchAll(/<rect class="actual" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok(xs[0]! < xs[1]!, 'in fiscal-year order');
  });
});
