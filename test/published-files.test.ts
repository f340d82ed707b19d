// What the build says of its files is what the files are, read from their bytes, not from the emitter's lists:
// - every file the catalog, datapackage.json or a page's download link names has the media type its content is
//   (sniffed here: the SQLite header, a ZIP holding a workbook, JSON with or without @context, Turtle n3 parses,
//   CSV papaparse reads as a rectangle, SHA256SUMS lines), however each describer spells it;
// - every table's JSON gives each record the columns in the codebook's order, as the CSV header and the
//   workbook do (readers zip keys with headers, and a diff between releases depends on it).
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { Parser as N3Parser } from 'n3';
import Papa from 'papaparse';
import { parseFragment } from 'parse5';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import type { FileContent } from '../pipeline/emit/checksums.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { config, seedBuild, textOf } from './helpers.ts';

/** The media type a file's content is, told from its bytes alone; undefined when it is none of the kinds published. */
const sniff = (content: FileContent): string | undefined => {
  if (typeof content !== 'string') {
    const bytes = Buffer.from(content);
    if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') return 'application/vnd.sqlite3';
    if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' && 'xl/workbook.xml' in unzipSync(content))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return undefined;
  }
  const text = content.replace(/^\uFEFF/, '');
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && '@context' in value ? 'application/ld+json' : 'application/json';
  } catch {
    // not JSON
  }
  if (/^([0-9a-f]{64} {2}\S[^\n]*\n)+$/.test(text)) return 'text/plain';
  try {
    if (new N3Parser({ format: 'text/turtle' }).parse(text).length > 0) return 'text/turtle';
  } catch {
    // not Turtle
  }
  const csv = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (csv.errors.length === 0 && csv.data.length > 0 && csv.data.every((row) => row.length === csv.data[0]!.length) && /\r\n$/.test(text)) return 'text/csv';
  return undefined;
};

const IANA = 'http://www.iana.org/assignments/media-types/';

describe('what the build says of its files is what they are', () => {
  it('gives every file the media type of its content: the catalog, datapackage.json and the site’s download links', async () => {
    const { files } = await seedBuild();
    const said: { who: string; path: string; type: string }[] = [];
    // The catalog: each distribution's download URL ends with its path under dist/.
    const versionRoot = `${config.pagesUrl}data/v${config.version}/`;
    const catalog = JSON.parse(textOf(files, 'catalog.jsonld')) as { '@graph': Record<string, unknown>[] };
    for (const d of catalog['@graph'].filter((n) => n['@type'] === 'dcat:Distribution')) {
      const url = String(d['dcat:downloadURL']);
      assert.ok(url.startsWith(versionRoot), `${url} is under ${versionRoot}`);
      const type = String(d['dcat:mediaType']);
      assert.ok(type.startsWith(IANA), type);
      said.push({ who: 'catalog.jsonld', path: decodeURIComponent(url.slice(versionRoot.length)), type: type.slice(IANA.length) });
    }
    const pkg = JSON.parse(textOf(files, 'datapackage.json')) as { resources: { path: string; mediatype: string }[] };
    for (const r of pkg.resources) said.push({ who: 'datapackage.json', path: r.path, type: r.mediatype });
    // Every page's links to files beside site/ that say their type (<a type>, <link rel="alternate" type>).
    for (const [page, content] of files) {
      if (!page.startsWith('site/') || !page.endsWith('.html')) continue;
      for (const tag of String(content).match(/<(a|link) [^>]*\btype="[^"]*"[^>]*>/g) ?? []) {
        const element = parseFragment(tag).childNodes[0] as { attrs?: { name: string; value: string }[] };
        const attr = (name: string) => element.attrs?.find((a) => a.name === name)?.value;
        const href = attr('href');
        if (href === undefined || /^[a-z]+:/i.test(href)) continue;
        const path = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(href.split('#')[0]!)));
        if (!path.startsWith('site/')) said.push({ who: page, path, type: attr('type')! });
      }
    }
    assert.ok(said.filter((s) => s.who === 'catalog.jsonld').length >= tableNames.length * 2, 'the catalog lists the tables');
    assert.ok(said.filter((s) => s.who.startsWith('site/')).length >= tableNames.length * 2, 'the site links the tables');
    const wrong: string[] = [];
    // Each file sniffed once, however many pages link it.
    const kinds = new Map<string, string | undefined>();
    const kindOf = (path: string, content: FileContent) => (kinds.has(path) ? kinds.get(path) : kinds.set(path, sniff(content)).get(path));
    for (const { who, path, type } of said) {
      const content = files.get(path);
      if (content === undefined) wrong.push(`${who} names ${path}, which the build did not make`);
      else if (kindOf(path, content) !== type) wrong.push(`${who} says ${path} is ${type}; its content is ${kindOf(path, content) ?? 'of no published kind'}`);
    }
    // One line per describer and fault, not one per page.
    assert.deepEqual([...new Set(wrong.map((w) => w.replace(/^site\/\S+/, 'a page')))], []);
  });

  it('gives every record of every table’s JSON its columns in the codebook’s order, as the CSV header has them', async () => {
    const { files } = await seedBuild();
    for (const name of tableNames) {
      const columns = codebookOf(name);
      const records = JSON.parse(textOf(files, `062022_${name}.json`)) as Record<string, unknown>[];
      const header = Papa.parse<string[]>(textOf(files, `062022_${name}.csv`), { preview: 1 }).data[0];
      assert.deepEqual(
        header,
        columns.map((c) => c.title),
        `062022_${name}.csv: header in column order`,
      );
      for (const r of records)
        assert.deepEqual(
          Object.keys(r),
          columns.map((c) => c.key),
          `062022_${name}.json ${String(r.id)}: keys in column order`,
        );
    }
  });
});
