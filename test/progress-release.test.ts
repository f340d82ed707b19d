// Releases of KPI actuals: adding a year's figures is MINOR, correcting one is PATCH, and the data diff
// and the release notes name the KPI and the fiscal year. Real builds of the plan with the fixture
// actuals (test/fixtures/), compared as `npm run diff` and `npm run release:notes` compare them.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from '../pipeline/build.ts';
import { loadSchemas } from '../pipeline/cli.ts';
import { paths } from '../pipeline/paths.ts';
import { writeOutput } from '../pipeline/write/output-dir.ts';
import { diffMarkdown } from '../pipeline/release/diff-markdown.ts';
import { diffSnapshots } from '../pipeline/release/diff.ts';
import { releaseNotes } from '../pipeline/release/notes.ts';
import { readSnapshot } from '../pipeline/release/snapshot.ts';
import { judgeBump } from '../pipeline/release/verdict.ts';
import { parseVersion } from '../pipeline/release/version.ts';
import { config, root, seedBytes, sourceInfo, sharedJapaneseAnalyser } from './helpers.ts';
import { tempDir } from './release-helpers.ts';

const work = tempDir('progress');
after(() => rmSync(work, { recursive: true, force: true }));

const v = parseVersion(config.version)!;
const minor = `${v.major}.${v.minor + 1}.0`;
const patch = `${v.major}.${v.minor + 1}.1`;

const buildInto = async (dir: string, actuals: string, version: string): Promise<string> => {
  const text = actuals === 'committed' ? readFileSync(paths.indicatorActuals, 'utf8') : readFileSync(join(root, 'test', 'fixtures', actuals), 'utf8');
  const r = await build({
    japaneseAnalyser: sharedJapaneseAnalyser,
    bytes: seedBytes(),
    file: 'sources/yonezawa-zenki-kihon-keikaku.txt',
    config: { ...config, version },
    source: sourceInfo,
    schemas: await loadSchemas(paths.schemas),
    schemaDir: 'schemas',
    curated: { sdgLinks: undefined, indicatorActuals: { file: 'sources/indicator-actuals.csv', text } },
  });
  assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
  await writeOutput(join(work, dir), r.files);
  return join(work, dir);
};

const dirs = { empty: '', filled: '', corrected: '' };
before(async () => {
  dirs.empty = await buildInto('empty', 'committed', config.version);
  dirs.filled = await buildInto('filled', 'indicator-actuals.csv', minor);
  dirs.corrected = await buildInto('corrected', 'indicator-actuals-corrected.csv', patch);
});

const entry = { version: '', date: '2027-06-01', body: '### Added\n\n- KPI actuals.', line: 1 };

describe('a year of actuals added', () => {
  it('needs a MINOR bump, and names each KPI and year added', () => {
    const d = diffSnapshots(readSnapshot(dirs.empty), readSnapshot(dirs.filled));
    assert.equal(d.requiredBump, 'minor');
    assert.equal(judgeBump(d).ok, true, judgeBump(d).message);
    const table = d.tables.find((t) => t.table === 'indicator_progress')!;
    assert.equal(table.recordsAdded.length, 11);
    assert.deepEqual(
      d.tables.filter((t) => t.status !== 'unchanged').map((t) => t.table),
      ['indicator_progress'],
      'no other table changes',
    );
    // Besides the records, the only new files are the site's page of each actual, at the path of its IRI, and its
    // data beside it (JSON-LD and Turtle).
    assert.deepEqual(
      d.reasons.filter((r) => !r.text.startsWith('published file site/')),
      [{ bump: 'minor', text: 'indicator_progress: 11 records added' }],
    );
    assert.deepEqual(
      d.filesAdded.filter((f) => !/^site\/kpi\/\d+-\d+-\d+\/actual\/\d{4}\/index\.(html|jsonld|ttl)$/.test(f)),
      [],
    );
    assert.equal(d.filesAdded.length, 33);
    assert.deepEqual(d.kpiActuals!.slice(0, 2), [
      {
        kpiId: 'kpi-4-1-1',
        fiscalYear: 2024,
        change: 'added',
        new: { actualValue: 45, progressRate: -43 / 107, grade: 'C', provenance: 'テスト用の架空の値（issue 13 の計算例。市の公表値ではない）' },
      },
      {
        kpiId: 'kpi-4-1-1',
        fiscalYear: 2025,
        change: 'added',
        new: { actualValue: 49.5, progressRate: 2 / 107, grade: 'B', provenance: 'テスト用の架空の値（issue 13 の計算例。市の公表値ではない）' },
      },
    ]);
  });
  it('is refused with only a PATCH bump', () => {
    const patched = readSnapshot(dirs.filled);
    const d = diffSnapshots(readSnapshot(dirs.empty), {
      ...patched,
      datasetVersion: { version: `${v.major}.${v.minor}.${v.patch + 1}`, file: '062022_plan.json' },
    });
    const verdict = judgeBump(d);
    assert.equal(verdict.ok, false);
    assert.match(verdict.message, /needs a MINOR bump \(indicator_progress: 11 records added/);
  });
  it('the release notes list every KPI and year added, with value and grade', () => {
    const d = diffSnapshots(readSnapshot(dirs.empty), readSnapshot(dirs.filled));
    const notes = releaseNotes({
      version: minor,
      municipalityCode: '062022',
      downloadBaseUrl: config.downloadBaseUrl,
      entry: { ...entry, version: minor },
      diff: diffMarkdown(d, judgeBump(d)),
    });
    assert.match(notes, /### KPI actuals/);
    assert.match(notes, /\| kpi-4-1-1 \| 2026 \| added \| — \| 52 \(grade A\) \|/);
    assert.match(notes, /\| kpi-5-3-3 \| 2026 \| added \| — \| 24 \(grade C\) \|/);
    assert.equal(notes.match(/\| added \|/g)!.length, 11);
  });
});

describe('one actual corrected', () => {
  it('needs a PATCH bump, and names the KPI, the year and the value before and after', () => {
    const d = diffSnapshots(readSnapshot(dirs.filled), readSnapshot(dirs.corrected));
    assert.equal(d.requiredBump, 'patch');
    assert.equal(judgeBump(d).ok, true, judgeBump(d).message);
    assert.deepEqual(d.tables.find((t) => t.table === 'indicator_progress')!.recordsChanged, [
      {
        id: 'progress-5-3-2-2025',
        fields: [
          { field: 'actualValue', old: 50000, new: 50500 },
          { field: 'progressRate', old: 0.5, new: 0.505 },
        ],
      },
    ]);
    assert.deepEqual(d.kpiActuals, [
      {
        kpiId: 'kpi-5-3-2',
        fiscalYear: 2025,
        change: 'corrected',
        old: { actualValue: 50000, progressRate: 0.5, grade: 'A', provenance: 'https://example.org/yonezawa/kpi-5-3-2, p.3' },
        new: { actualValue: 50500, progressRate: 0.505, grade: 'A', provenance: 'https://example.org/yonezawa/kpi-5-3-2, p.3' },
        fields: ['actualValue', 'progressRate'],
      },
    ]);
    const md = diffMarkdown(d, judgeBump(d));
    assert.match(md, /\| kpi-5-3-2 \| 2025 \| corrected \(actualValue, progressRate\) \| 50000 \(grade A\) \| 50500 \(grade A\) \|/);
    assert.match(md, /PATCH: indicator_progress: 1 record with corrected values/);
  });
});

describe('an actual withdrawn', () => {
  it('removes a published ID: MAJOR, and the diff says which', () => {
    const d = diffSnapshots(readSnapshot(dirs.filled), readSnapshot(dirs.empty));
    assert.equal(d.requiredBump, 'major');
    assert.equal(d.kpiActuals!.length, 11);
    assert.ok(d.kpiActuals!.every((c) => c.change === 'removed'));
    assert.match(diffMarkdown(d), /\| kpi-5-5-1 \| 2026 \| removed \| 96 \(grade C\) \| — \|/);
  });
});
