// The data diff: what changed, record by record and column by column, and which version bump
// (SemVer for data) that needs — exercised on copies of the committed dist/ and on small snapshots.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { DiffReport } from '../pipeline/release/diff-cli.ts';
import { diffSnapshots } from '../pipeline/release/diff.ts';
import { diffMarkdown } from '../pipeline/release/diff-markdown.ts';
import { readSnapshot, type Snapshot, type TableSnapshot } from '../pipeline/release/snapshot.ts';
import { judgeBump } from '../pipeline/release/verdict.ts';
import { readConfig } from '../pipeline/read/settings.ts';
import { bumpBetween, parseVersion } from '../pipeline/release/version.ts';
import { cli, copyDist, dist, editValue, removeColumn, rewriteCsvUnchanged, runScript, setVersion, tempDir } from './release-helpers.ts';

const work = tempDir('diff');
after(() => rmSync(work, { recursive: true, force: true }));

const version = readConfig().version;
const v = parseVersion(version)!;
const patchBump = `${v.major}.${v.minor}.${v.patch + 1}`;
const minorBump = `${v.major}.${v.minor + 1}.0`;
const majorBump = `${v.major + 1}.0.0`;

const diff = async (oldDir: string, newDir: string, extra: string[] = []) => {
  const r = await cli('diff-cli.ts', [oldDir, newDir, '--format', 'json', ...extra]);
  return { ...r, report: r.status === 0 || r.status === 1 ? (JSON.parse(r.stdout) as DiffReport) : undefined };
};

/** Tables as a dist/ holds them, discovered from the files, whatever tables exist today. */
const committed = readSnapshot(dist);

describe('npm run diff on the committed dist/', () => {
  it('finds at least one table, each with the columns its published schema declares', () => {
    assert.ok(committed.tables.size > 0);
    for (const t of committed.tables.values()) assert.equal(t.columnsFrom, 'schema', t.file);
    assert.equal(committed.datasetVersion?.version, version, 'dist states the configured version');
  });

  it('reports nothing and needs no bump against itself (exit 0)', async () => {
    const r = await diff(dist, dist);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.report!.requiredBump, 'none');
    assert.ok(r.report!.tables.every((t) => t.status === 'unchanged'));
  });

  it('test helpers rewrite a CSV byte for byte as the build writes it', () => {
    const dir = copyDist(work, 'roundtrip');
    for (const t of committed.tables.values()) {
      const stem = t.file.slice(0, -'.json'.length);
      rewriteCsvUnchanged(dir, stem);
      assert.equal(readFileSync(join(dir, `${stem}.csv`), 'utf8'), readFileSync(join(dist, `${stem}.csv`), 'utf8'), stem);
      assert.equal(readFileSync(join(dir, 'excel', `${stem}.csv`), 'utf8'), readFileSync(join(dist, 'excel', `${stem}.csv`), 'utf8'), stem);
    }
  });
});

/** One corrected value: the diff reports exactly it and needs PATCH. */
const correctedValueCase = (label: string, stem: string, id: string, field: string, before: unknown, after: string | number) => {
  describe(`one corrected value (${label})`, () => {
    const patched = copyDist(work, `value-${label}`);
    editValue(patched, stem, id, field, after);
    const table = stem.replace(/^\d{6}_/, '');

    it('with the same version: demands PATCH and exits 1', async () => {
      const r = await diff(dist, patched);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.report!.requiredBump, 'patch');
      assert.match(r.stderr, /needs a PATCH bump/);
    });

    it('with a PATCH bump: reports exactly that change and exits 0', async () => {
      setVersion(patched, patchBump);
      const r = await diff(dist, patched);
      assert.equal(r.status, 0, r.stderr);
      const report = r.report!;
      assert.equal(report.requiredBump, 'patch');
      assert.equal(report.verdict.configured, 'patch');
      assert.deepEqual(report.filesAdded, []);
      assert.deepEqual(report.filesRemoved, []);
      const changed = report.tables.filter((t) => t.status !== 'unchanged');
      assert.deepEqual(changed, [
        {
          table,
          status: 'changed',
          recordsAdded: [],
          recordsRemoved: [],
          recordsChanged: [{ id, fields: [{ field, old: before, new: after }] }],
          columnsAdded: [],
          columnsRemoved: [],
          columnsRenamed: [],
          columnsRetyped: [],
        },
      ]);
    });

    it('writes the same change as Markdown for the release notes', async () => {
      const r = await cli('diff-cli.ts', [dist, patched]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Required version bump: \*\*PATCH\*\*/);
      assert.ok(r.stdout.includes(`| \`${id}\` | \`${field}\` | \`${JSON.stringify(before)}\` | \`${JSON.stringify(after)}\` |`), r.stdout);
    });
  });
};

{
  const goals = JSON.parse(readFileSync(join(dist, '062022_goals.json'), 'utf8')) as Record<string, unknown>[];
  const goal = goals[0]!;
  correctedValueCase('a goal name', '062022_goals', String(goal.id), 'name', goal.name, `${String(goal.name)}（訂正）`);
}

// The issue's own case: KPI 4-1-1's baseline (49.3％ in the plan) corrected to 49.8.
{
  const kpis = JSON.parse(readFileSync(join(dist, '062022_indicators.json'), 'utf8')) as Record<string, unknown>[];
  const kpi = kpis.find((r) => r.id === 'kpi-4-1-1')!;
  assert.equal(kpi.baselineValue, 49.3);
  correctedValueCase('a KPI baseline value', '062022_indicators', 'kpi-4-1-1', 'baselineValue', 49.3, 49.8);
}

describe('a removed column', () => {
  const cut = copyDist(work, 'column-removed');
  const table = committed.tables.get('goals') ?? [...committed.tables.values()][0]!;
  const stem = table.file.slice(0, -'.json'.length);
  // A column that is neither the key nor one of the columns every table shares.
  const column = table.columns.find((c) => !['id', 'municipalityCode', 'municipalityName', 'sourceLine'].includes(c.name))!.name;
  removeColumn(cut, stem, column);

  it('demands MAJOR: a MINOR bump exits 1 and names the column', () => {
    setVersion(cut, minorBump);
    // As a user (and the workflow) runs it: a real process and its exit status.
    const r = runScript('diff-cli.ts', [dist, cut, '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as DiffReport;
    assert.equal(report.requiredBump, 'major');
    assert.deepEqual(report.tables.find((t) => t.table === table.name)!.columnsRemoved, [column]);
    // A diagnostic at the version NEW states, as every command prints one.
    assert.match(
      r.stderr,
      new RegExp(
        `^\\S+062022_plan\\.json:0:0 {2}error {2}.*? ／ version bump too small: .*needs a MAJOR bump \\(${table.name}: column ${column} removed\\), but the version bump is MINOR.* {2}\\(release:version-bump\\)$`,
        'm',
      ),
    );
  });

  it('a MAJOR bump exits 0, and no record is reported changed for the column', async () => {
    setVersion(cut, majorBump);
    const r = await diff(dist, cut);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.report!.tables.find((t) => t.table === table.name)!.recordsChanged, []);
  });
});

describe('reading a build', () => {
  it('takes a top-level array without IDs for another document, and fails on a table record without one', () => {
    const dir = copyDist(work, 'odd-arrays');
    writeFileSync(join(dir, 'notes.json'), '["a", "b"]\n');
    assert.equal(readSnapshot(dir).tables.has('notes'), false);
    writeFileSync(join(dir, '062022_goals.json'), `${JSON.stringify([{ id: 'goal-1' }, { name: 'no id' }])}\n`);
    assert.throws(() => readSnapshot(dir), /062022_goals\.json: record \/1 has no string "id"/);
  });
});

describe('npm run diff usage', () => {
  it('exits 2 with the usage on a missing directory or argument', async () => {
    for (const args of [[dist], [dist, join(work, 'nowhere')], [dist, dist, '--format', 'xml'], [dist, dist, '--bogus']]) {
      // In this process: the real process's exit status is shown by the removed-column case above.
      const r = await cli('diff-cli.ts', args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /usage: npm run diff/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
  it('writes --json and --markdown files beside stdout', async () => {
    const json = join(work, 'out.json');
    const md = join(work, 'out.md');
    const r = await cli('diff-cli.ts', [dist, dist, '--json', json, '--markdown', md]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(readFileSync(json, 'utf8')) as DiffReport).requiredBump, 'none');
    assert.equal(readFileSync(md, 'utf8'), r.stdout);
  });
});

// Small hand-made builds for the rules the dist copies do not reach.
const table = (name: string, columns: [string, string, string?][], rows: Record<string, unknown>[]): TableSnapshot => ({
  name,
  file: `062022_${name}.json`,
  columns: columns.map(([n, type, title]) => ({ name: n, type, ...(title ? { title } : {}) })),
  columnsFrom: 'schema',
  records: new Map(rows.map((r) => [String(r.id), r])),
});
const snap = (ver: string, ...tables: TableSnapshot[]): Snapshot => ({
  dir: ver,
  files: tables.flatMap((t) => [t.file, t.file.replace(/json$/, 'csv')]).sort(),
  tables: new Map(tables.map((t) => [t.name, t])),
  datasetVersion: { version: ver, file: '062022_plan.json' },
});
const base = table(
  'goals',
  [
    ['id', 'string'],
    ['number', 'integer', '番号'],
    ['name', 'string', '名称'],
  ],
  [
    { id: 'goal-1', number: 1, name: 'a' },
    { id: 'goal-2', number: 2, name: 'b' },
  ],
);

describe('the bump each kind of change needs', () => {
  const cases: [string, TableSnapshot[], string, RegExp][] = [
    [
      'a record added',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['number', 'integer', '番号'],
            ['name', 'string', '名称'],
          ],
          [...base.records.values(), { id: 'goal-3', number: 3, name: 'c' }],
        ),
      ],
      'minor',
      /1 record added/,
    ],
    [
      'a record removed',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['number', 'integer', '番号'],
            ['name', 'string', '名称'],
          ],
          [{ id: 'goal-1', number: 1, name: 'a' }],
        ),
      ],
      'major',
      /removed or re-identified \(goal-2\)/,
    ],
    [
      'an ID changed',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['number', 'integer', '番号'],
            ['name', 'string', '名称'],
          ],
          [
            { id: 'goal-1', number: 1, name: 'a' },
            { id: 'goal-02', number: 2, name: 'b' },
          ],
        ),
      ],
      'major',
      /goal-2/,
    ],
    [
      'a column added',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['number', 'integer', '番号'],
            ['note', 'string'],
            ['name', 'string', '名称'],
          ],
          [...base.records.values()].map((r) => ({ ...r, note: 'x' })),
        ),
      ],
      'minor',
      /column note added/,
    ],
    [
      'a column renamed (same header)',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['number', 'integer', '番号'],
            ['title', 'string', '名称'],
          ],
          [...base.records.values()].map(({ name, ...r }) => ({ ...r, title: name })),
        ),
      ],
      'major',
      /column name renamed to title/,
    ],
    [
      'a column renamed (same values)',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['no', 'integer'],
            ['name', 'string', '名称'],
          ],
          [...base.records.values()].map(({ number, ...r }) => ({ ...r, no: number })),
        ),
      ],
      'major',
      /column number renamed to no/,
    ],
    [
      'a column retyped',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['number', 'string', '番号'],
            ['name', 'string', '名称'],
          ],
          [...base.records.values()].map((r) => ({ ...r, number: String(r.number) })),
        ),
      ],
      'major',
      /column number retyped integer → string/,
    ],
    [
      'columns reordered',
      [
        table(
          'goals',
          [
            ['id', 'string'],
            ['name', 'string', '名称'],
            ['number', 'integer', '番号'],
          ],
          [...base.records.values()],
        ),
      ],
      'major',
      /columns reordered/,
    ],
    ['a table added', [base, table('kgis', [['id', 'string']], [{ id: 'kgi-1' }])], 'minor', /table kgis added/],
    ['a table removed', [], 'major', /table goals removed/],
  ];
  for (const [what, tables, bump, reason] of cases) {
    it(`${what} → ${bump.toUpperCase()}`, () => {
      const d = diffSnapshots(snap('1.0.0', base), snap('1.0.0', ...tables));
      assert.equal(d.requiredBump, bump);
      assert.ok(
        d.reasons.some((r) => reason.test(r.text)),
        JSON.stringify(d.reasons),
      );
      assert.match(diffMarkdown(d), /Why this bump/);
    });
  }
  it('a published file removed → MAJOR, added → MINOR', () => {
    const withFile = { ...snap('1.0.0', base), files: [...snap('1.0.0', base).files, 'datapackage.json'] };
    assert.equal(diffSnapshots(snap('1.0.0', base), withFile).requiredBump, 'minor');
    assert.equal(diffSnapshots(withFile, snap('1.0.0', base)).requiredBump, 'major');
  });
  it('fails a version that goes backwards, allows a larger bump than needed', () => {
    const same = diffSnapshots(snap('1.2.0', base), snap('1.1.9', base));
    assert.equal(judgeBump(same).ok, false);
    assert.match(judgeBump(same).message, /goes backwards/);
    assert.equal(judgeBump(diffSnapshots(snap('1.2.0', base), snap('2.0.0', base))).ok, true);
  });
  it('names the bump between two versions', () => {
    assert.equal(bumpBetween(parseVersion('1.2.3')!, parseVersion('1.2.4')!), 'patch');
    assert.equal(bumpBetween(parseVersion('1.2.3')!, parseVersion('1.3.0')!), 'minor');
    assert.equal(bumpBetween(parseVersion('1.2.3')!, parseVersion('2.0.0')!), 'major');
    assert.equal(bumpBetween(parseVersion('1.2.3')!, parseVersion('v1.2.3')!), 'none');
    assert.equal(bumpBetween(parseVersion('1.2.3')!, parseVersion('1.1.9')!), 'downgrade');
    assert.equal(parseVersion('1.2'), undefined);
    assert.equal(parseVersion('01.2.3'), undefined);
  });
});
