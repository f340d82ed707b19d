// Every size and digest we publish matches the file it describes: SHA256SUMS (checked by coreutils'
// sha256sum as well as here), the bytes and hash of datapackage.json, and byteSize and spdx:checksum
// in the DCAT catalog. All over the bytes as written: UTF-8.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DataFactory } from 'n3';
import { digester } from '../pipeline/emit/checksums.ts';
import { MANIFEST } from '../pipeline/manifest.ts';
import { distFileUrl } from '../pipeline/publish/urls.ts';
import { config, root, seedBuild, textOf } from './helpers.ts';
import { storeOfJsonLd } from './linked-rdf.ts';

const { namedNode } = DataFactory;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const work = mkdtempSync(join(tmpdir(), 'plan-sums-'));
after(() => rmSync(work, { recursive: true, force: true }));

const listFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));

/** The in-memory build written as the CLI writes it. */
const written = async (): Promise<string> => {
  const out = join(work, 'dist');
  const result = await seedBuild();
  for (const [path, content] of result.files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content, 'utf8');
  }
  return out;
};

describe('SHA256SUMS', () => {
  it('lists every other published file, sorted by path, in sha256sum format', async () => {
    const result = await seedBuild();
    const lines = textOf(result.files, 'SHA256SUMS').split('\n').filter(Boolean);
    const paths = lines.map((l) => l.slice(66));
    assert.deepEqual(paths, [...result.files.keys()].filter((p) => p !== 'SHA256SUMS').sort());
    for (const line of lines) assert.match(line, /^[0-9a-f]{64} {2}\S+$/);
  });
  it('matches the files as the build writes them (checked in JS)', async () => {
    const out = await written();
    for (const line of readFileSync(join(out, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean)) {
      assert.equal(sha256(readFileSync(join(out, line.slice(66)))), line.slice(0, 64), line.slice(66));
    }
  });
  it('sizes and hashes text as the CLI writes it, a lone surrogate as U+FFFD, however long the files before it', () => {
    const digest = digester();
    // A long file first, then short ones: each sized and hashed from its own bytes alone.
    const texts = ['長'.repeat(100_000), 'a\uD800b', '\uDC00', '食塩 9.7ｇ', ''];
    for (const [k, text] of texts.entries()) {
      const bytes = Buffer.from(text, 'utf8');
      assert.deepEqual(digest(`f${k}`, text), { path: `f${k}`, bytes: bytes.length, sha256: sha256(bytes) }, JSON.stringify(text.slice(0, 10)));
    }
    assert.equal(digest('f1', 'a\uD800b').bytes, 5, 'a, EF BF BD, b');
  });
  for (const [what, dir] of [
    ['a fresh build', async () => written()],
    ['the committed dist/', async () => join(root, 'dist')],
  ] as const) {
    it(`passes sha256sum -c (coreutils) in ${what}`, async () => {
      const r = spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: await dir(), encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout.split('\n').filter((l) => l.endsWith(': OK')).length, listFiles(await dir()).length - 1);
    });
  }
});

describe('datapackage.json', () => {
  it('gives the bytes and sha256 hash of each resource as written', async () => {
    const out = await written();
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { path: string; bytes: number; hash: string }[] };
    assert.ok(pkg.resources.length >= 21);
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(out, r.path));
      assert.equal(r.bytes, bytes.length, r.path);
      assert.equal(r.hash, `sha256:${sha256(bytes)}`, r.path);
    }
  });
});

describe('catalog.jsonld', () => {
  it('describes every published file but itself, catalog.ttl, SHA256SUMS, the build manifest and the site, with matching byteSize and spdx:checksum', async () => {
    const out = await written();
    const store = await storeOfJsonLd(JSON.parse(readFileSync(join(out, 'catalog.jsonld'), 'utf8')));
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const SPDX = 'http://spdx.org/rdf/terms#';
    const distributions = store.getObjects(namedNode(`${config.baseIri}dataset`), namedNode(`${DCAT}distribution`), null);
    const expected = listFiles(out).filter((p) => !['catalog.jsonld', 'catalog.ttl', 'SHA256SUMS', MANIFEST].includes(p) && !p.startsWith('site/'));
    assert.ok(listFiles(out).includes('site/index.html'), 'the build has a site, which the catalog leaves out');
    assert.equal(distributions.length, expected.length);
    const byUrl = new Map(expected.map((p) => [distFileUrl(config, p), p]));
    for (const d of distributions) {
      const url = store.getObjects(d, namedNode(`${DCAT}downloadURL`), null)[0]!.value;
      const path = byUrl.get(url);
      assert.ok(path, `${url} is a published file`);
      const bytes = readFileSync(join(out, path));
      const size = store.getObjects(d, namedNode(`${DCAT}byteSize`), null)[0]!;
      assert.equal(size.value, String(bytes.length), path);
      assert.equal((size as { datatype?: { value: string } }).datatype?.value, 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
      const checksum = store.getObjects(d, namedNode(`${SPDX}checksum`), null)[0]!;
      assert.equal(store.getObjects(checksum, namedNode(`${SPDX}algorithm`), null)[0]!.value, `${SPDX}checksumAlgorithm_sha256`);
      const value = store.getObjects(checksum, namedNode(`${SPDX}checksumValue`), null)[0]!;
      assert.equal(value.value, sha256(bytes), path);
      assert.equal((value as { datatype?: { value: string } }).datatype?.value, 'http://www.w3.org/2001/XMLSchema#hexBinary');
      byUrl.delete(url);
    }
    assert.equal(byUrl.size, 0);
  });
  it('carries the licence IRI, and the attribution and derivation note, as every metadata file does', async () => {
    const result = await seedBuild();
    for (const path of ['catalog.jsonld', 'catalog.ttl', 'datapackage.json', 'vocab.ttl', '062022_plan.json', '062022_plan.jsonld']) {
      assert.ok(textOf(result.files, path).includes(config.license.url), `${path} names the licence`);
    }
    for (const path of ['catalog.jsonld', 'catalog.ttl', 'datapackage.json', '062022_plan.jsonld']) {
      assert.ok(textOf(result.files, path).includes(config.license.attribution), `${path} gives the attribution`);
      assert.ok(textOf(result.files, path).includes(config.license.derivationNote), `${path} says the data is derived`);
    }
  });
});
