// The GitHub Pages tree a release deploys (npm run release:pages): this build at data/vX.Y.Z/ and
// data/latest/, every earlier release at its own data/vX.Y.Z/ byte for byte (one from before the site
// existed too), a root page that sends readers to the newest site; and refusals that keep a published
// version from being replaced or mislabelled.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contentSecurityPolicy } from '../pipeline/content-security-policy.ts';
import { pagesTree } from '../pipeline/release/github-pages.ts';
import { listFiles } from '../pipeline/release/snapshot.ts';
import { readConfig } from '../pipeline/read/settings.ts';
import { cli, copyDist, dist, runScript, setVersion, tempDir } from './release-helpers.ts';

const work = tempDir('pages');
after(() => rmSync(work, { recursive: true, force: true }));
const version = readConfig().version;
const distFiles = listFiles(dist);

describe('npm run release:pages', () => {
  const previous = join(work, 'previous');
  const out = join(work, 'pages');
  before(() => {
    mkdirSync(previous);
    setVersion(copyDist(previous, 'v0.9.0'), '0.9.0');
    // Released before the site existed: data only.
    const old = join(previous, 'v0.8.0');
    cpSync(dist, old, { recursive: true, filter: (from) => !from.startsWith(join(dist, 'site')) });
    setVersion(old, '0.8.0');
    const r = runScript('pages-cli.ts', ['--out', out, '--previous', previous]);
    assert.equal(r.status, 0, r.stderr);
  });

  it('publishes this build at data/vX.Y.Z/ and data/latest/, byte for byte', () => {
    for (const folder of [`data/v${version}`, 'data/latest']) {
      assert.deepEqual(listFiles(join(out, folder)), distFiles, folder);
      for (const p of ['site/index.html', '062022_indicators.csv', 'excel/062022_indicators.csv'])
        assert.deepEqual(readFileSync(join(out, folder, p)), readFileSync(join(dist, p)), `${folder}/${p}`);
    }
  });

  it('keeps every earlier release at its version, the one without a site as data only', () => {
    assert.match(readFileSync(join(out, 'data/v0.9.0/062022_plan.json'), 'utf8'), /"datasetVersion": "0\.9\.0"/);
    assert.ok(existsSync(join(out, 'data/v0.9.0/site/index.html')));
    assert.ok(existsSync(join(out, 'data/v0.8.0/062022_goals.csv')));
    assert.ok(!existsSync(join(out, 'data/v0.8.0/site')));
    assert.deepEqual(
      listFiles(join(out, 'data'))
        .map((p) => p.split('/')[0])
        .filter((v, i, a) => a.indexOf(v) === i),
      ['latest', 'v0.8.0', 'v0.9.0', `v${version}`],
    );
  });

  it('sends the root to the newest site and lists every version', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(index, /<meta http-equiv="refresh" content="0; url=data\/latest\/site\/">/);
    assert.ok(index.includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`), 'the root page carries the site’s policy too');
    assert.ok(existsSync(join(out, 'data/latest/site/index.html')));
    assert.ok(index.includes(`href="data/v${version}/site/"`) && index.includes('href="data/v0.9.0/site/"') && index.includes('href="data/v0.8.0/"'));
  });

  it('resolves the site’s download links inside the tree (the site sits beside its data)', () => {
    const data = readFileSync(join(out, 'data/latest/site/dataset/index.html'), 'utf8');
    const downloads = [...data.matchAll(/href="(\.\.\/\.\.\/[^"#]+)"/g)].map((m) => m[1]!);
    assert.ok(downloads.length > 80);
    for (const href of downloads) assert.ok(existsSync(join(out, posix.normalize(posix.join('data/latest/site/dataset', href)))), href);
  });

  it('refuses a folder that is not vX.Y.Z, the version being built, a build stating another version, a used --out', async () => {
    const bad = join(work, 'bad');
    mkdirSync(join(bad, 'latest'), { recursive: true });
    assert.equal((await cli('pages-cli.ts', ['--out', join(work, 'o1'), '--previous', bad])).status, 2);
    const same = join(work, 'same');
    mkdirSync(join(same, `v${version}`), { recursive: true });
    const r = await cli('pages-cli.ts', ['--out', join(work, 'o2'), '--previous', same]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /a published version is never replaced/);
    const mislabelled = join(work, 'mislabelled', 'v0.7.0');
    mkdirSync(mislabelled, { recursive: true });
    writeFileSync(join(mislabelled, '062022_plan.json'), readFileSync(join(dist, '062022_plan.json')));
    setVersion(mislabelled, '0.6.0');
    const m = await cli('pages-cli.ts', ['--out', join(work, 'o3'), '--previous', join(work, 'mislabelled')]);
    assert.equal(m.status, 1);
    assert.match(m.stderr, /states version 0\.6\.0 but is published as v0\.7\.0 {2}\(release:pages-version\)/);
    assert.ok(!existsSync(join(work, 'o3')), 'nothing written');
    const used = join(work, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'x'), '');
    assert.equal((await cli('pages-cli.ts', ['--out', used])).status, 2);
  });
});

describe('npm run release:pages publishes an earlier release only as its SHA256SUMS lists it', () => {
  const outside = join(work, 'outside.txt');
  const earlier = (name: string): string => {
    const parent = join(work, name);
    mkdirSync(parent);
    setVersion(copyDist(parent, 'v0.9.0'), '0.9.0');
    return parent;
  };
  const run = (previous: string, out: string) => cli('pages-cli.ts', ['--out', join(work, out), '--previous', previous]);
  it('refuses a symbolic link inside an earlier release (it would publish the file it points to), even one SHA256SUMS lists', async () => {
    writeFileSync(outside, 'not published\n');
    const previous = earlier('linked');
    symlinkSync(outside, join(previous, 'v0.9.0', 'site', 'secret.txt'));
    const r = await run(previous, 'o-link');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /site\/secret\.txt:0:0 {2}error {2}.*? ／ is a symbolic link.*\(release:not-a-build\)/);
    assert.ok(!existsSync(join(work, 'o-link')), 'nothing written');
    // At a path SHA256SUMS lists, in place of the file.
    rmSync(join(previous, 'v0.9.0', 'site', 'secret.txt'));
    rmSync(join(previous, 'v0.9.0', '062022_goals.csv'));
    symlinkSync(outside, join(previous, 'v0.9.0', '062022_goals.csv'));
    const listed = await run(previous, 'o-link2');
    assert.equal(listed.status, 2, listed.stderr);
    assert.match(listed.stderr, /062022_goals\.csv:0:0 {2}error {2}.*? ／ is a symbolic link/);
  });
  it('refuses a version folder that is a symbolic link', async () => {
    const previous = join(work, 'linked-folder');
    mkdirSync(previous);
    symlinkSync(dist, join(previous, 'v0.9.1'));
    const r = await run(previous, 'o-folder');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--previous holds v0\.9\.1, which is not a folder/);
  });
  it('refuses a file SHA256SUMS does not list, one it lists but is missing, one whose bytes changed: release:pages-unlisted, nothing written', async () => {
    const cases: [string, (dir: string) => void, RegExp][] = [
      ['extra', (dir) => writeFileSync(join(dir, 'site', 'extra.html'), '<script>alert(1)</script>'), /site\/extra\.html is not listed/],
      ['missing', (dir) => rmSync(join(dir, '062022_goals.csv')), /062022_goals\.csv is listed but missing/],
      ['changed', (dir) => writeFileSync(join(dir, '062022_goals.csv'), 'id\r\n'), /062022_goals\.csv does not have its listed SHA-256/],
      ['no sums', (dir) => rmSync(join(dir, 'SHA256SUMS')), /no SHA256SUMS/],
    ];
    for (const [name, change, message] of cases) {
      const previous = earlier(`unlisted-${name.replace(' ', '-')}`);
      change(join(previous, 'v0.9.0'));
      const r = await run(previous, `o-${name.replace(' ', '-')}`);
      assert.equal(r.status, 1, `${name}: ${r.stderr}`);
      assert.match(r.stderr, message, name);
      assert.match(r.stderr, /\(release:pages-unlisted\)/, name);
      assert.ok(!existsSync(join(work, `o-${name.replace(' ', '-')}`)), `${name}: nothing written`);
    }
  });
});

describe('pagesTree', () => {
  const build = (v: string, files: Record<string, string>) => ({
    version: v,
    files: new Map(Object.entries(files).map(([p, c]) => [p, new TextEncoder().encode(c)])),
  });
  it('makes the newest version latest, whatever the order given', () => {
    const tree = pagesTree([build('1.2.0', { 'a.csv': 'old' }), build('1.10.0', { 'a.csv': 'new' }), build('1.9.3', { 'a.csv': 'mid' })], 'T');
    assert.equal(new TextDecoder().decode(tree.get('data/latest/a.csv')), 'new');
    assert.deepEqual([...tree.keys()].sort(), ['data/latest/a.csv', 'data/v1.10.0/a.csv', 'data/v1.2.0/a.csv', 'data/v1.9.3/a.csv', 'index.html']);
  });
  it('refuses a version given twice', () => {
    assert.throws(() => pagesTree([build('1.0.0', {}), build('1.0.0', {})], 'T'), /given twice/);
  });
});
