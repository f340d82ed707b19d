// Release assets as the workflow builds and attaches them: every dist file under a stable flat name,
// one deterministic zip holding exactly dist/, and a SHA256SUMS that `sha256sum -c` verifies.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MANIFEST } from '../pipeline/manifest.ts';
import { assetMap, assetName, checksumsName, downloadUrl, latestUrl, plainAssetName, zipName } from '../pipeline/release/assets.ts';
import { unzipFiles } from '../pipeline/release/bundle.ts';
import { parseSha256Sums, sha256Hex } from '../pipeline/sha256.ts';
import { tagProblem } from '../pipeline/release/check-tag-cli.ts';
import { previousTag } from '../pipeline/release/previous-tag-cli.ts';
import { listFiles } from '../pipeline/release/snapshot.ts';
import { readConfig } from '../pipeline/read/settings.ts';
import { cli, copyDist, dist, runScript, setVersion, tempDir } from './release-helpers.ts';

const work = tempDir('assets');
after(() => rmSync(work, { recursive: true, force: true }));

const config = readConfig();
const version = config.version;
const zip = zipName(config.municipality.code, version);
const distFiles = listFiles(dist);
const has = (command: string, probe = '--version'): boolean => spawnSync(command, [probe], { encoding: 'utf8' }).status === 0;

describe('npm run release:assets', () => {
  const out = join(work, 'assets');
  // The first run in this process, in the machine's time zone; the second (below) a real process, as the workflow runs it.
  before(async () => {
    const r = await cli('assets-cli.ts', [out]);
    assert.equal(r.status, 0, r.stderr);
  });

  it('attaches every dist file under its flat name, byte for byte, plus the zip and SHA256SUMS', () => {
    const expected = distFiles.map(assetName).filter((n): n is string => n !== undefined);
    assert.deepEqual(readdirSync(out).sort(), [...expected, zip, checksumsName].sort());
    for (const path of distFiles) {
      const name = assetName(path);
      if (name) assert.deepEqual(readFileSync(join(out, name)), readFileSync(join(dist, path)), path);
    }
  });

  it('zips exactly the dist files, in their folders, read back byte for byte', () => {
    const entries = unzipFiles(new Uint8Array(readFileSync(join(out, zip))));
    assert.deepEqual([...entries.keys()].sort(), distFiles);
    for (const path of distFiles) assert.deepEqual(Buffer.from(entries.get(path)!), readFileSync(join(dist, path)), path);
  });

  it('the zip lists and extracts with Info-ZIP unzip (a consumer that is not ours) to a build the diff finds equal', {
    skip: !has('unzip', '-v') && 'no unzip on this machine',
  }, async () => {
    const listed = spawnSync('unzip', ['-Z1', join(out, zip)], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split('\n').sort(), distFiles);
    // What the release workflow does with the previous release: unzip it and diff against the new build.
    const previous = join(work, 'previous');
    const unzipped = spawnSync('unzip', ['-q', join(out, zip), '-d', previous], { encoding: 'utf8' });
    assert.equal(unzipped.status, 0, unzipped.stderr);
    const r = await cli('diff-cli.ts', [previous, dist]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /No records, columns or files changed/);
  });

  it('SHA256SUMS lists every other asset with its hash', () => {
    const sums = parseSha256Sums(readFileSync(join(out, checksumsName), 'utf8'));
    assert.deepEqual(
      [...sums.keys()].sort(),
      readdirSync(out)
        .filter((n) => n !== checksumsName)
        .sort(),
    );
    for (const [name, hex] of sums) assert.equal(sha256Hex(readFileSync(join(out, name))), hex, name);
  });

  it('SHA256SUMS verifies with sha256sum -c, and catches a changed asset', { skip: !has('sha256sum') && 'no sha256sum on this machine' }, () => {
    const ok = spawnSync('sha256sum', ['-c', '--strict', checksumsName], { cwd: out, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const tampered = join(work, 'tampered');
    mkdirSync(tampered);
    for (const n of readdirSync(out)) writeFileSync(join(tampered, n), readFileSync(join(out, n)));
    writeFileSync(join(tampered, readdirSync(out).find((n) => n.endsWith('.csv'))!), 'tampered\r\n');
    const bad = spawnSync('sha256sum', ['-c', '--quiet', checksumsName], { cwd: tampered, encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
  });

  it('gives identical bytes on a second run, in another time zone', () => {
    const again = join(work, 'again');
    assert.notEqual(new Date(2026, 0, 1).getTimezoneOffset(), -14 * 60, 'the first run was in another zone than UTC+14');
    const r = runScript('assets-cli.ts', [again], { TZ: 'Pacific/Kiritimati' });
    assert.equal(r.status, 0, r.stderr);
    for (const n of readdirSync(out)) assert.deepEqual(readFileSync(join(again, n)), readFileSync(join(out, n)), n);
  });

  it('refuses a non-empty OUT_DIR (exit 2) and a dist/ that states another version (exit 1)', async () => {
    const r = await cli('assets-cli.ts', [out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not empty/);
    const stale = copyDist(work, 'stale');
    setVersion(stale, '0.0.1');
    const s = await cli('assets-cli.ts', [join(work, 'stale-out'), '--dist', stale]);
    assert.equal(s.status, 1, s.stderr);
    assert.match(s.stderr, /062022_plan\.json:0:0 {2}error {2}.*? ／ states version 0\.0\.1 but dataset\.config\.json says .* {2}\(release:stale-dist\)$/m);
    assert.doesNotMatch(s.stderr, /\n\s+at /, 'no stack trace');
  });
});

describe('asset names and URLs', () => {
  it('maps dist paths to flat names that carry their folder', () => {
    assert.equal(assetName('062022_goals.csv'), '062022_goals.csv');
    assert.equal(assetName('excel/062022_goals.csv'), '062022_goals.excel.csv');
    assert.equal(assetName('schemas/062022_goals.schema.json'), '062022_goals.schema.json');
    assert.equal(assetName('062022_plan.jsonld'), '062022_plan.jsonld');
    assert.equal(assetName('a/b/x.csv'), 'x.a.b.csv');
    assert.equal(assetName('SHA256SUMS'), undefined, "dist's own checksums travel in the zip");
    assert.equal(assetName(MANIFEST), undefined, 'the build manifest travels in the zip');
  });
  it('never puts the version in a name except the zip, so names stay the same between versions', () => {
    const a = [...assetMap(distFiles, '062022', '1.0.0').keys()];
    const b = [...assetMap(distFiles, '062022', '2.3.4').keys()];
    assert.deepEqual(a, b);
    assert.equal(new Set(a).size, distFiles.filter((f) => f !== 'SHA256SUMS' && f !== MANIFEST && !f.startsWith('site/')).length);
  });
  it('leaves the site out of the flat assets: its pages are in the zip and on Pages', () => {
    assert.ok(distFiles.includes('site/index.html'));
    assert.equal(assetName('site/index.html'), undefined);
    assert.equal(assetName('site/policy/4-1/index.html'), undefined);
    assert.equal(assetName('schemas/062022_goals.schema.json'), '062022_goals.schema.json');
  });
  it('fails on a name GitHub would rename or the publish job would refuse', () => {
    for (const path of ['a b.csv', 'docs/計画.html', '.hidden', 'x/-y.csv'])
      assert.throws(() => assetMap([path], '062022', '1.0.0'), /an asset name has only letters, digits/, path);
    assert.ok(
      distFiles.every((p) => {
        const n = assetName(p);
        return n === undefined || plainAssetName.test(n);
      }),
      "every name of today's build is plain",
    );
  });
  it('fails when two files would share a name', () => {
    assert.throws(() => assetMap(['x.schema.json', 'schemas/x.schema.json'], '062022', '1.0.0'), /would both be published as x\.schema\.json/);
  });
  it('builds the versioned and the latest download URL from downloadBaseUrl', () => {
    const c = { downloadBaseUrl: 'https://github.com/o/r/releases' };
    assert.equal(downloadUrl(c, '1.2.3', '062022_goals.csv'), 'https://github.com/o/r/releases/download/v1.2.3/062022_goals.csv');
    assert.equal(latestUrl(c, '062022_goals.excel.csv'), 'https://github.com/o/r/releases/latest/download/062022_goals.excel.csv');
  });
});

describe('npm run release:check-tag', () => {
  it(`passes v${version}, the configured version`, () => {
    const r = runScript('check-tag-cli.ts', [`v${version}`]);
    assert.equal(r.status, 0, r.stderr);
  });
  it('fails any other tag with exit 1 and says what to do', async () => {
    for (const tag of ['v99.0.0', version, 'v1.0', 'latest']) {
      const r = await cli('check-tag-cli.ts', [tag]);
      assert.equal(r.status, 1, tag);
      // One diagnostic at the version of dataset.config.json, as every command prints one.
      assert.match(r.stderr, /^dataset\.config\.json:\d+:\d+ {2}error {2}.*? ／ tag .* {2}\(release:tag-version\)\n$/);
    }
    assert.match(tagProblem('v1.0.1', '1.0.0')!, /does not match the dataset version 1\.0\.0/);
  });
  it('exits 2 without a tag', async () => {
    assert.equal((await cli('check-tag-cli.ts', [])).status, 2);
  });
});

describe('npm run release:previous-tag', () => {
  it("picks the newest release older than the configured version, not GitHub's latest", () => {
    assert.equal(previousTag(['v0.9.0', 'v2.0.0', 'v0.10.1', 'v1.0.0', 'nightly', '1.0.0'], '1.0.0'), 'v0.10.1');
    assert.equal(previousTag(['v1.4.0', 'v2.0.0', 'v1.3.9'], '1.4.1'), 'v1.4.0');
    assert.equal(previousTag([], '1.0.0'), undefined);
    assert.equal(previousTag(['v1.0.0'], '1.0.0'), undefined, 'a re-run of a published tag has no previous release');
  });
  it('prints only the tag on stdout, nothing on a first release', async () => {
    const older = await cli('previous-tag-cli.ts', ['v0.0.1', 'v99.0.0']);
    assert.deepEqual([older.status, older.stdout], [0, 'v0.0.1\n']);
    const none = await cli('previous-tag-cli.ts', []);
    assert.deepEqual([none.status, none.stdout], [0, '']);
  });
});
