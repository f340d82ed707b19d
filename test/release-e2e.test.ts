// The tag → release path end to end, offline: the same npm scripts in the same order as
// .github/workflows/release.yml, against a previous release built from a plan text with one value
// corrected, then the publish job's own shell steps with a stand-in gh. Only GitHub's part (gh itself,
// the attestation action) is left out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { build } from '../pipeline/build.ts';
import { loadSchemas, paths } from '../pipeline/cli.ts';
import { writeOutput } from '../pipeline/write/output-dir.ts';
import type { DiffReport } from '../pipeline/release/diff-cli.ts';
import { checksumsName, zipName } from '../pipeline/release/assets.ts';
import { zipFiles } from '../pipeline/release/bundle.ts';
import { listFiles } from '../pipeline/release/snapshot.ts';
import { parseVersion } from '../pipeline/release/version.ts';
import { config, seedText, sourceInfo, sharedJapaneseAnalyser } from './helpers.ts';
import { cli, dist, root, tempDir } from './release-helpers.ts';

const work = tempDir('e2e');
after(() => rmSync(work, { recursive: true, force: true }));

const v = parseVersion(config.version)!;
const patchBump = `${v.major}.${v.minor}.${v.patch + 1}`;
const earlier = v.patch > 0 ? `${v.major}.${v.minor}.${v.patch - 1}` : v.minor > 0 ? `${v.major}.${v.minor - 1}.0` : `${Math.max(v.major - 1, 0)}.9.0`;

// One corrected value in the plan text: 「こども」 written 「子ども」 in goal 1's statement.
const original = 'こどもを育み';
const corrected = '子どもを育み';
const correctedText = (): string => {
  const text = seedText();
  assert.equal(text.split(original).length, 2, `the seed has ${original} once`);
  return text.replace(original, corrected);
};

/** A real build of `text`, as `npm run build` writes it, stating `version`. */
const buildInto = async (dir: string, text: string, version: string): Promise<void> => {
  const r = await build({
    japaneseAnalyser: sharedJapaneseAnalyser,
    bytes: Buffer.from(text),
    file: 'plan.txt',
    config: { ...config, version },
    source: sourceInfo,
    schemas: await loadSchemas(paths.schemas),
    schemaDir: 'schemas',
    curated: { sdgLinks: { file: 'sources/sdg-links.csv', text: readFileSync(paths.sdgLinks, 'utf8') } },
  });
  assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
  await writeOutput(dir, r.files);
};

describe('a value corrected in the plan text and rebuilt', () => {
  const same = join(work, 'corrected-same-version');
  const patched = join(work, 'corrected-patch');
  before(async () => {
    await buildInto(same, correctedText(), config.version);
    await buildInto(patched, correctedText(), patchBump);
  });

  it('without a version bump: the diff demands PATCH and exits 1', async () => {
    const r = await cli('diff-cli.ts', [dist, same, '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    assert.equal((JSON.parse(r.stdout) as DiffReport).requiredBump, 'patch');
  });

  it('with a PATCH bump: the diff reports exactly that one change and exits 0', async () => {
    const r = await cli('diff-cli.ts', [dist, patched, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as DiffReport;
    assert.equal(report.requiredBump, 'patch');
    assert.deepEqual(report.filesAdded, []);
    assert.deepEqual(report.filesRemoved, []);
    const changed = report.tables.filter((t) => t.status !== 'unchanged');
    assert.equal(changed.length, 1, JSON.stringify(changed));
    const [goals] = changed;
    assert.deepEqual([goals!.recordsAdded, goals!.recordsRemoved, goals!.columnsAdded, goals!.columnsRemoved], [[], [], [], []]);
    assert.equal(goals!.recordsChanged.length, 1);
    const [change] = goals!.recordsChanged;
    assert.equal(change!.fields.length, 1);
    const field = change!.fields[0]!;
    assert.equal(String(field.new), String(field.old).replace(original, corrected));
  });
});

describe(`tag v${config.version} → release, as release.yml runs it`, () => {
  const runner = join(work, 'runner');
  const assets = join(runner, 'release', 'assets');
  const previous = join(runner, 'previous');
  const tag = `v${config.version}`;

  it('1. the tag is the dataset version', async () => {
    const r = await cli('check-tag-cli.ts', [tag]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, `ok: タグ ${tag} はデータセットの版 ${config.version} のもの ／ tag ${tag} is dataset version ${config.version}\n`);
  });

  it('2. release:assets writes the files, the zip and SHA256SUMS', async () => {
    const r = await cli('assets-cli.ts', [assets]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(readdirSync(assets).includes(zipName(config.municipality.code, config.version)));
  });

  it('3. the previous release (its zip, unpacked with unzip) diffs within the version bump', async () => {
    // The previous release: the plan text before this release's correction, published as `earlier`.
    const previousBuild = join(work, 'previous-build');
    await buildInto(previousBuild, seedText().replace(original, '子供を育み'), earlier);
    const zipDir = join(runner, 'previous-zip');
    mkdirSync(zipDir, { recursive: true });
    const files = new Map(listFiles(previousBuild).map((p) => [p, new Uint8Array(readFileSync(join(previousBuild, p)))]));
    writeFileSync(join(zipDir, zipName(config.municipality.code, earlier)), zipFiles(files));
    const unzipped = spawnSync('unzip', ['-q', join(zipDir, zipName(config.municipality.code, earlier)), '-d', previous], { encoding: 'utf8' });
    assert.equal(unzipped.status, 0, unzipped.stderr);
    const r = await cli('diff-cli.ts', [previous, dist, '--json', join(runner, 'data-diff.json')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Required version bump: \*\*PATCH\*\*/);
    assert.match(r.stderr, /^ok: 版の上げ幅はデータの変更に足りる: .+ ／ .+\n$/);
  });

  it('4. release:notes writes the CHANGELOG entry, the diff and the download links', async () => {
    const out = join(runner, 'release', 'notes.md');
    const r = await cli('notes-cli.ts', ['--previous', previous, '--out', out], { DATASET_DOWNLOAD_BASE_URL: 'https://github.com/owner/repo/releases' });
    assert.equal(r.status, 0, r.stderr);
    const notes = readFileSync(out, 'utf8');
    assert.match(notes, new RegExp(`^## What changed in ${tag.replace(/\./g, '\\.')} `));
    assert.ok(notes.includes('子供を育み') && notes.includes(original), 'the corrected statement, old and new');
    assert.ok(notes.includes(`https://github.com/owner/repo/releases/download/${tag}/${checksumsName}`));
  });

  it('5. the publish job, its own shell steps run as the runner runs them: it publishes and attests exactly the listed files', () => {
    // The workspace as the publish job sees it: the sparse checkout (only the checker) and the artifact.
    const publish = (
      parseYaml(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as {
        jobs: { publish: { steps: { id?: string; run?: string; with?: Record<string, string> }[] } };
      }
    ).jobs.publish.steps;
    const listed = publish.find((s) => s.id === 'listed')!;
    const create = publish.find((s) => /\bgh release create\b/.test(s.run ?? ''))!;
    mkdirSync(join(runner, 'pipeline', 'release'), { recursive: true });
    copyFileSync(join(root, 'pipeline', 'release', 'listed-assets.sh'), join(runner, 'pipeline', 'release', 'listed-assets.sh'));
    const temp = join(runner, 'temp');
    const bin = join(runner, 'bin');
    mkdirSync(temp);
    mkdirSync(bin);
    // A stand-in gh that records its arguments, one per line.
    writeFileSync(join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(runner, 'gh-args')}"\n`, { mode: 0o755 });
    const output = join(runner, 'github-output');
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: output,
      GITHUB_REF_NAME: tag,
      GITHUB_REPOSITORY: 'owner/repo',
      GH_TOKEN: 'unused',
    };
    const step = (run: string) => spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], { cwd: runner, env, encoding: 'utf8' });

    const expected = [
      ...readdirSync(assets)
        .filter((n) => n !== checksumsName)
        .sort(),
      checksumsName,
    ].map((n) => `release/assets/${n}`);
    const check = step(listed.run!);
    assert.equal(check.status, 0, check.stderr);
    const out = /^paths<<EOF\n([\s\S]*?)\nEOF\n$/.exec(readFileSync(output, 'utf8'));
    assert.deepEqual(out?.[1]?.split('\n'), expected, 'the attestation gets the listed files and SHA256SUMS');
    const published = step(create.run!);
    assert.equal(published.status, 0, published.stderr);
    assert.deepEqual(readFileSync(join(runner, 'gh-args'), 'utf8').split('\n').slice(0, -1), [
      'release',
      'create',
      tag,
      ...expected,
      '--repo',
      'owner/repo',
      '--verify-tag',
      '--title',
      tag,
      '--notes-file',
      'release/notes.md',
    ]);

    // A file the build did not list stops the job before anything is attested or published.
    writeFileSync(join(assets, 'stray.csv'), 'x\r\n');
    rmSync(output);
    const refused = step(listed.run!);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /release\/assets\/stray\.csv is not listed in release\/assets\/SHA256SUMS/);
    assert.ok(!existsSync(output), 'no list for the attestation');
  });
});
