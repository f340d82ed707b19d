// KPI progress end to end: the curated actuals (fixtures under test/fixtures/, never in sources/) built with
// the real plan into indicator_progress — read back by papaparse, ajv, jsonld and SHACL — every bad row an
// error at its line with nothing published, and the committed header-only file publishing an empty table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DataFactory } from 'n3';
import Papa from 'papaparse';
import { build, type BuildResult } from '../pipeline/build.ts';
import { loadSchemas } from '../pipeline/cli.ts';
import { paths } from '../pipeline/paths.ts';
import { collect, formatDiagnostic, type Diagnostic } from '../pipeline/diagnostics.ts';
import { gradeRules, kpiChart, lastActualFiscalYear, latestGrades, latestProgress, progressSeries } from '../pipeline/model/progress.ts';
import { actualsHeader, parseIndicatorActuals } from '../pipeline/parse/curated-actuals.ts';
import { createAjv } from '../pipeline/validate/standalone.ts';
import { config, parsedModel, jsonOf, root, seedBuild, seedBytes, sourceInfo, sharedJapaneseAnalyser } from './helpers.ts';
import { parseTurtle, planShapes, storeOfJsonLd, validate } from './linked-rdf.ts';

const fixture = (name: string) => join('test', 'fixtures', name);
const fixtureText = (name: string) => readFileSync(join(root, fixture(name)), 'utf8');

/** The committed plan text with the given actuals file, built in-process as the CLI builds it. */
const buildWithActuals = async (file: string, text: string): Promise<BuildResult> =>
  build({
    japaneseAnalyser: sharedJapaneseAnalyser,
    bytes: seedBytes(),
    file: 'sources/yonezawa-zenki-kihon-keikaku.txt',
    config,
    source: sourceInfo,
    schemas: await loadSchemas(paths.schemas),
    schemaDir: 'schemas',
    curated: { sdgLinks: undefined, indicatorActuals: { file, text } },
  });

/** The model stages only (no files): enough where a test asks for rows and diagnostics. */
const modelWithActuals = (file: string, text: string) =>
  parsedModel(seedBytes(), 'sources/yonezawa-zenki-kihon-keikaku.txt', config, { sdgLinks: undefined, indicatorActuals: { file, text } });

let filled: Promise<BuildResult> | undefined;
const filledBuild = () => (filled ??= buildWithActuals(fixture('indicator-actuals.csv'), fixtureText('indicator-actuals.csv')));

type Rec = Record<string, unknown>;
/** A text file of a build (the file map may also carry bytes). */
const fileText = (r: BuildResult, path: string): string => {
  const v: unknown = r.files.get(path);
  if (typeof v !== 'string') throw new Error(`the build produced no text file ${path}`);
  return v;
};
const errors = (d: readonly Diagnostic[]) => d.filter((x) => x.severity === 'error');

describe('the committed sources/indicator-actuals.csv', () => {
  it('is the header only, in UTF-8: the plan gives no actual and none is invented', () => {
    assert.equal(readFileSync(paths.indicatorActuals, 'utf8'), `${actualsHeader.join(',')}\r\n`);
  });
  it('builds an empty indicator_progress with its schema, and the four grades of grade_rules', async () => {
    const r = await seedBuild();
    assert.equal(r.ok, true);
    assert.deepEqual(jsonOf(r, '062022_indicator_progress.json'), []);
    assert.equal(
      fileText(r, '062022_indicator_progress.csv'),
      '"全国地方公共団体コード","ID","地方公共団体名","指標ID",年度,実績値,"単位",進捗率,"評価","出典",出典行\r\n',
    );
    const schema = JSON.parse(fileText(r, 'schemas/062022_indicator_progress.schema.json')) as object;
    assert.equal(createAjv().compile(schema)([]), true);
    assert.deepEqual(
      jsonOf<Rec[]>(r, '062022_grade_rules.json').map((g) => [g.id, g.grade, g.name]),
      [
        ['grade-s', 'S', '目標達成'],
        ['grade-a', 'A', '前進'],
        ['grade-b', 'B', '横ばい'],
        ['grade-c', 'C', '後退'],
      ],
    );
  });
  it('ends the actuals’ years with the vision’s (sources/source.json)', () => {
    assert.equal(lastActualFiscalYear, sourceInfo.visionPeriod.endFiscalYear);
  });
});

describe('a filled actuals file (test/fixtures/indicator-actuals.csv: BOM, CRLF, a quoted 出典)', () => {
  // [ID, actual, progressRate, grade, line of the fixture]
  const expected: [string, number, number | null, string, number][] = [
    ['progress-4-1-1-2024', 45, -4.3 / 10.7, 'C', 2],
    ['progress-4-1-1-2025', 49.5, 0.2 / 10.7, 'B', 3],
    ['progress-4-1-1-2026', 52, 27 / 107, 'A', 5],
    ['progress-4-1-1-2027', 61, 117 / 107, 'S', 6],
    ['progress-4-1-2-2024', 10.5, -8 / 27, 'C', 7],
    ['progress-4-1-2-2025', 7, 1, 'A', 8],
    ['progress-4-1-2-2026', 6.9, 28 / 27, 'S', 9],
    ['progress-5-3-2-2025', 50000, 0.5, 'A', 4],
    ['progress-5-3-3-2025', 25, null, 'S', 10],
    ['progress-5-3-3-2026', 24, null, 'C', 11],
    ['progress-5-5-1-2026', 96, 6, 'C', 12], // 95以下 missed: C by the condition, though its rate is 6 (issue 22 §12)
  ];
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-12);

  it('publishes one row per (KPI, year) in KPI order, with rate and grade: the CSV as papaparse reads it back', async () => {
    const r = await filledBuild();
    assert.equal(r.ok, true, JSON.stringify(errors(r.diagnostics)));
    const csv = fileText(r, '062022_indicator_progress.csv');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.data.length, expected.length);
    parsed.data.forEach((row, k) => {
      const [id, actual, rate, grade, line] = expected[k]!;
      assert.equal(row.ID, id);
      assert.equal(Number(row.実績値), actual, id);
      assert.ok(close(row.進捗率 === '' ? null : Number(row.進捗率), rate), `${id}: 進捗率 ${row.進捗率}, expected ${rate}`);
      assert.equal(row.評価, grade, id);
      assert.equal(Number(row.出典行), line, id);
      assert.equal(row.全国地方公共団体コード, '062022');
    });
    assert.equal(parsed.data.find((x) => x.ID === 'progress-5-3-2-2025')!.出典, 'https://example.org/yonezawa/kpi-5-3-2, p.3');
    assert.equal(parsed.data.find((x) => x.ID === 'progress-4-1-1-2026')!.進捗率, '0.2523364485981308', 'the double nearest 27/107');
    assert.equal(fileText(r, 'excel/062022_indicator_progress.csv'), `\uFEFF${csv}`);
  });
  it('publishes the same rows as JSON, valid against the published schema', async () => {
    const r = await filledBuild();
    const rows = jsonOf<Rec[]>(r, '062022_indicator_progress.json');
    const validate = createAjv().compile(JSON.parse(fileText(r, 'schemas/062022_indicator_progress.schema.json')) as object);
    assert.ok(validate(rows), JSON.stringify(validate.errors));
    assert.deepEqual(
      rows.find((x) => x.id === 'progress-4-1-1-2026'),
      {
        municipalityCode: '062022',
        id: 'progress-4-1-1-2026',
        municipalityName: '山形県米沢市',
        indicatorId: 'kpi-4-1-1',
        fiscalYear: 2026,
        actualValue: 52,
        unit: '％',
        progressRate: 27 / 107,
        grade: 'A',
        provenance: 'テスト用の架空の値（issue 13 の計算例。市の公表値ではない）',
        sourceLine: 5,
      },
    );
    assert.deepEqual(rows.find((x) => x.id === 'progress-5-3-3-2026')!.progressRate, null, 'hold a level: no rate');
    // The schema bites: a grade outside the codebook is refused.
    assert.equal(validate([{ ...rows[0], grade: 'D' }]), false);
  });
  it('nests each KPI’s actuals under it in 062022_plan.json', async () => {
    const plan = jsonOf<{ goals: { policies: { indicators: { id: string; progress: Rec[] }[] }[] }[] }>(await filledBuild(), '062022_plan.json');
    const kpi = plan.goals
      .flatMap((g) => g.policies)
      .flatMap((p) => p.indicators)
      .find((k) => k.id === 'kpi-4-1-1')!;
    assert.deepEqual(
      kpi.progress.map((p) => [p.fiscalYear, p.grade]),
      [
        [2024, 'C'],
        [2025, 'B'],
        [2026, 'A'],
        [2027, 'S'],
      ],
    );
  });
  it('reports a target against its direction (5-5-1) and a percentage typed as a fraction in the quality report, at their lines', async () => {
    const report = jsonOf<{ entries: { ruleId: string; file: string; line: number; recordIds: string[] }[] }>(await filledBuild(), 'quality-report.json');
    const against = report.entries.filter((e) => e.ruleId === 'progress:target-against-direction');
    assert.deepEqual(
      against.map((e) => [e.file, e.line, e.recordIds]),
      [['indicator-actuals.csv', 12, ['progress-5-5-1-2026', 'kpi-5-5-1']]],
    );
    const fraction = modelWithActuals('x.csv', '指標ID,年度,実績値,出典\nkpi-4-1-1,2026,0.52,x\n');
    assert.deepEqual(errors(fraction.diagnostics), []);
    const w = fraction.diagnostics.find((d) => d.ruleId === 'progress:percent-as-fraction')!;
    assert.equal(w.severity, 'warning');
    assert.equal(w.line, 2);
    assert.match(w.reason, /write 52 for 52％/);
  });
  it('publishes the actuals as qb:Observations of the progress data set, conforming to the plan shapes', async () => {
    const r = await filledBuild();
    const doc = JSON.parse(fileText(r, '062022_plan.jsonld')) as object;
    const store = await storeOfJsonLd(doc);
    const { namedNode, literal, quad } = DataFactory;
    const base = config.baseIri;
    const obs = namedNode(`${base}kpi/4-1-1/actual/2026`);
    const xsd = (t: string) => namedNode(`http://www.w3.org/2001/XMLSchema#${t}`);
    const yp = (t: string) => namedNode(`${base}vocab#${t}`);
    for (const [p, o] of [
      ['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', namedNode('http://purl.org/linked-data/cube#Observation')],
      ['http://purl.org/linked-data/cube#dataSet', namedNode(`${base}dataset/kpi-progress`)],
      [`${base}vocab#indicator`, namedNode(`${base}kpi/4-1-1`)],
      [`${base}vocab#fiscalYear`, literal('2026', xsd('integer'))],
      ['http://purl.org/linked-data/sdmx/2009/measure#obsValue', literal('52', xsd('decimal'))],
      [`${base}vocab#progressRate`, literal('0.2523364485981308', xsd('decimal'))],
      [`${base}vocab#grade`, yp('gradeA')],
      [`${base}vocab#curatedLine`, literal('5', xsd('integer'))],
    ] as const) {
      assert.ok(store.has(quad(obs, namedNode(p), o)), `${obs.value} ${p} ${o.value}`);
    }
    assert.equal(store.getQuads(namedNode(`${base}kpi/5-3-3/actual/2025`), yp('progressRate'), null, null).length, 0, 'hold a level: no rate');
    assert.equal(store.getQuads(yp('gradeS'), namedNode('http://www.w3.org/2004/02/skos/core#notation'), null, null)[0]!.object.value, 'S');
    const { conforms, findings } = await validate(planShapes(), store);
    assert.deepEqual(findings.slice(0, 5), []);
    assert.ok(conforms);
    // Data Cube IC-12: no two actuals share (indicator, fiscal year); the structure declares exactly those dimensions.
    const actuals = store.getSubjects(namedNode('http://purl.org/linked-data/cube#dataSet'), namedNode(`${base}dataset/kpi-progress`), null);
    assert.equal(actuals.length, 11);
    const keys = actuals.map((o) => ['indicator', 'fiscalYear'].map((d) => store.getObjects(o, yp(d), null)[0]!.value).join(' '));
    assert.equal(new Set(keys).size, keys.length);
    const components = store.getObjects(yp('progressStructure'), namedNode('http://purl.org/linked-data/cube#component'), null);
    const dims = components
      .flatMap((c) => store.getObjects(c, namedNode('http://purl.org/linked-data/cube#dimension'), null))
      .map((t) => t.value)
      .sort();
    assert.deepEqual(dims, [yp('fiscalYear').value, yp('indicator').value]);
    // Every yp: term the actuals use is defined in the published vocabulary.
    const vocab = new Set(parseTurtle(fileText(r, 'vocab.ttl')).map((q) => q.subject.value));
    for (const q of actuals.flatMap((o) => store.getQuads(o, null, null, null))) {
      for (const t of [q.predicate, q.object])
        if (t.termType === 'NamedNode' && t.value.startsWith(`${base}vocab#`)) assert.ok(vocab.has(t.value), `${t.value} is defined in vocab.ttl`);
    }
  });
  it('bites: an actual without a grade, or one claiming to be a baseline, violates the plan shapes', async () => {
    const doc = JSON.parse(fileText(await filledBuild(), '062022_plan.jsonld')) as { '@graph': Record<string, unknown>[] };
    const node = (path: string) => doc['@graph'].find((n) => n['@id'] === `${config.baseIri}${path}`)!;
    delete node('kpi/4-1-1/actual/2026')['yp:grade'];
    node('kpi/4-1-2/actual/2025')['yp:valueKind'] = `${config.baseIri}vocab#baseline`;
    const { conforms, findings } = await validate(planShapes(), await storeOfJsonLd(doc));
    assert.equal(conforms, false);
    const focus = new Set(findings.map((f) => f.focusNode));
    assert.ok(focus.has(`${config.baseIri}kpi/4-1-1/actual/2026`), JSON.stringify(findings.slice(0, 5)));
    assert.ok(focus.has(`${config.baseIri}kpi/4-1-2/actual/2025`) || focus.has(`${config.baseIri}kpi/4-1-2`), JSON.stringify(findings.slice(0, 5)));
  });
  it('gives the site each KPI’s series and latest grade', async () => {
    const model = (await filledBuild()).model!;
    assert.deepEqual(
      progressSeries(model, 'kpi-4-1-2').map((p) => [p.fiscalYear, p.actualValue, p.grade]),
      [
        [2024, 10.5, 'C'],
        [2025, 7, 'A'],
        [2026, 6.9, 'S'],
      ],
    );
    const latest = latestProgress(model, 'kpi-4-1-1')!;
    assert.deepEqual(
      [latest.fiscalYear, latest.actualValue, latest.progressRate, latest.grade, latest.row.id],
      [2027, 61, 117 / 107, 'S', 'progress-4-1-1-2027'],
    );
    assert.equal(latestProgress(model, 'kpi-5-1-1'), undefined, 'no actual curated');
    assert.deepEqual(
      [...latestGrades(model)].map(([id, l]) => [id, l.fiscalYear, l.grade]),
      [
        ['kpi-4-1-1', 2027, 'S'],
        ['kpi-4-1-2', 2026, 'S'],
        ['kpi-5-3-2', 2025, 'A'],
        ['kpi-5-3-3', 2026, 'C'],
        ['kpi-5-5-1', 2026, 'C'],
      ],
    );
    assert.deepEqual(kpiChart(model, 'kpi-4-1-2'), {
      kpiId: 'kpi-4-1-2',
      unit: 'ｇ',
      baseline: { fiscalYear: 2023, value: 9.7, notation: '9.7ｇ' },
      target: { fiscalYear: 2029, value: 7, condition: '未満', notation: '7.0ｇ未満' },
      actuals: progressSeries(model, 'kpi-4-1-2').map((p) => ({
        fiscalYear: p.fiscalYear,
        value: p.actualValue,
        progressRate: p.progressRate,
        grade: p.grade,
        provenance: p.provenance,
      })),
    });
    assert.equal(kpiChart(model, 'kpi-9-9-9'), undefined);
    assert.deepEqual(
      gradeRules.map((r) => `${r.grade} ${r.name}`),
      ['S 目標達成', 'A 前進', 'B 横ばい', 'C 後退'],
    );
  });
});

describe('bad rows (test/fixtures/indicator-actuals-bad.csv): every one an error at its line, nothing published', () => {
  // line → rule; one bad row per line, of every kind issue 13 lists and a few more.
  const expected: [number, string, RegExp][] = [
    [2, 'curated:actual-kpi', /kpi-9-9-9 is not a KPI of the plan/],
    [3, 'curated:actual-provenance', /no 出典/],
    [4, 'curated:actual-value', /「1,000」 .*without the thousands separator \(1000\)/],
    [5, 'curated:actual-value', /「５２」 .*ASCII digits/],
    [6, 'curated:actual-value', /「52％」 .*without the unit/],
    [8, 'curated:actual-duplicate', /kpi-4-1-2 has an actual for 2026 already, on line 7/],
    [9, 'curated:actual-year-range', /2022 is outside kpi-4-1-1's range: from its baseline year 2023/],
    [10, 'curated:actual-year-range', /2036 is outside .* to 2035/],
    [11, 'curated:actual-columns', /3 cells, expected 4/],
    [12, 'curated:actual-columns', /5 cells, expected 4/],
    [13, 'curated:actual-formula', /出典 「=HYPERLINK/],
    [14, 'curated:actual-year', /「R8」 is not a 西暦 fiscal year/],
    [15, 'curated:actual-kpi', /「4-1-1」 .*write kpi-4-1-1/],
    [16, 'curated:actual-value', /「abc」 is not a bare number/],
    [17, 'curated:actual-value', /no 実績値/],
    [18, 'curated:actual-value', /「\+50」 .*without the sign \+ \(50\)/],
    [19, 'curated:character', /^holds U\+200B at column \d+: a curated file may hold no control/],
  ];
  it('names every bad row, as file:line, and publishes no file', async () => {
    const file = fixture('indicator-actuals-bad.csv');
    const r = await buildWithActuals(file, fixtureText('indicator-actuals-bad.csv'));
    assert.equal(r.ok, false);
    assert.equal(r.files.size, 0);
    const found = errors(r.diagnostics);
    assert.deepEqual(
      found.map((d) => d.file),
      found.map(() => file),
      'every error names the actuals file',
    );
    assert.deepEqual(
      found.map((d) => [d.line, d.ruleId]).sort((a, b) => (a[0] as number) - (b[0] as number)),
      expected.map(([line, rule]) => [line, rule]),
    );
    for (const [line, rule, reason] of expected) {
      const d = found.find((x) => x.line === line)!;
      assert.match(d.reason, reason, `line ${line} (${rule})`);
      assert.ok(formatDiagnostic(d).startsWith(`${file}:${line}:`), formatDiagnostic(d));
    }
  });
  it('a good row beside them builds (line 7 alone)', async () => {
    const lines = fixtureText('indicator-actuals-bad.csv').split('\n');
    const r = modelWithActuals('x.csv', `${lines[0]}\n${lines[6]}\n`);
    assert.deepEqual(errors(r.diagnostics), []);
    assert.deepEqual(
      r.model!.tables.indicator_progress.map((p) => [p.id, p.grade]),
      [['progress-4-1-2-2026', 'A']],
    );
  });
});

describe('the actuals file as a careless editor leaves it', () => {
  const parse = (text: string) => {
    const { value, diagnostics } = collect((report) => parseIndicatorActuals(text, 'a.csv', report));
    return { value: value ?? [], diagnostics };
  };
  const header = actualsHeader.join(',');
  it('reads LF, CRLF and CR alike, a BOM, blank and comma-only lines, and spaces around cells as the same data', () => {
    const want = parse(`${header}\nkpi-4-1-1,2026,52,x\n`).value.map(({ line: _line, ...rest }) => rest);
    for (const text of [
      `\uFEFF${header}\r\nkpi-4-1-1,2026,52,x\r\n`,
      `${header}\rkpi-4-1-1,2026,52,x\r`,
      `\n${header}\n\n,,,\n kpi-4-1-1 , 2026 , 52 , x \n\n`,
    ]) {
      const r = parse(text);
      assert.deepEqual(r.diagnostics, [], JSON.stringify(text));
      assert.deepEqual(
        r.value.map(({ line: _line, ...rest }) => rest),
        want,
      );
    }
    assert.deepEqual(
      parse(`\n${header}\n\nkpi-4-1-1,2026,52,x\n`).value.map((a) => a.line),
      [4],
      'lines count blank ones',
    );
  });
  it('refuses a wrong header, an empty file, a Shift_JIS file and broken quoting, at their lines', () => {
    const rule = (text: string) => parse(text).diagnostics.map((d) => [d.ruleId, d.line]);
    assert.deepEqual(rule('指標ID,年度,値,出典\nkpi-4-1-1,2026,52,x\n'), [['curated:actuals-header', 1]]);
    assert.deepEqual(rule(''), [['curated:actuals-header', 1]]);
    // Shift_JIS bytes of the header, read as UTF-8 the way the CLI reads the file.
    const sjis = Buffer.from([0x8e, 0x77, 0x95, 0x57, 0x49, 0x44, 0x2c, 0x94, 0x4e, 0x93, 0x78, 0x0a]).toString('utf8');
    assert.deepEqual(rule(sjis), [['curated:actuals-encoding', 1]]);
    assert.deepEqual(rule(`${header}\nkpi-4-1-1,2026,52,x\nkpi-4-1-1,2027,"53,x\n`), [['curated:csv', 3]]);
    assert.deepEqual(rule(`${header}\nkpi-4-1-1,2026,52,"x\ny"\n`), [['curated:actual-text', 2]], 'a line break inside a cell');
  });
  it('refuses numbers it would have to guess at: leading zeros, a trailing point, more digits than a double holds', () => {
    for (const v of ['052', '52.', '.5', '1e3', '1234567890123456', '5 2', '52%']) {
      const r = parse(`${header}\nkpi-4-1-1,2026,${v},x\n`);
      assert.deepEqual(
        r.diagnostics.map((d) => [d.ruleId, d.line]),
        [['curated:actual-value', 2]],
        v,
      );
    }
    for (const [v, n] of [
      ['-3', -3],
      ['0', 0],
      ['0.25', 0.25],
      ['123456789012345', 123456789012345],
    ] as const)
      assert.equal(parse(`${header}\nkpi-4-1-1,2026,${v},x\n`).value[0]!.value, n, v);
  });
  it('quotes a runaway cell in 40 characters, not in full', () => {
    const r = parse(`${header}\nkpi-4-1-1,2026,${'9'.repeat(100000)}x,x\n`);
    assert.deepEqual(
      r.diagnostics.map((d) => d.ruleId),
      ['curated:actual-value'],
    );
    assert.ok(r.diagnostics[0]!.reason.length < 300, r.diagnostics[0]!.reason.slice(0, 300));
  });
  it('refuses a cell a spreadsheet would run, in any column, but not a negative number', () => {
    for (const cells of ['=1+1,2026,52,x', 'kpi-4-1-1,2026,52,@SUM(A1)', 'kpi-4-1-1,2026,52,-x']) {
      assert.deepEqual(
        parse(`${header}\n${cells}\n`).diagnostics.map((d) => d.ruleId),
        ['curated:actual-formula'],
        cells,
      );
    }
    assert.deepEqual(parse(`${header}\nkpi-4-1-1,2026,-5,x\n`).diagnostics, []);
  });
});
