// Hostile text in every kind of text that reaches a page, read back by readers that are not its writer: parse5
// (the WHATWG HTML parser browsers implement) for every page, node's vm for the scripts, n3 for the Turtle,
// JSON.parse for the JSON and JSON-LD, papaparse for the CSV. The text is markup (<script>, "><img onerror>), what
// ends an element's raw text (</script>, </style>, </title>, </textarea>), opens a comment (<!--) or closes a
// CDATA section (]]>), entities that must not be decoded or escaped twice (&amp; &lt; &#60;), a javascript: URL,
// a line feed and the line separators U+2028/U+2029 (each input gets the most of these its schema accepts),
// framed by marks (⟦table.column⟧…⟦/table.column⟧) that say where it came from. It goes in
// - through build(), as a user's inputs: every setting (dataset.config.json, source.json), starting with a
//   javascript: link where the setting's schema accepts one; a line of the plan text (the source page, and the
//   policy text read from it); curated actuals whose 出典 is a URL, a javascript: URL and markup, and a curated
//   SDG link whose 出典 is markup;
// - into the model build() returned, then emitted as build() emits it (checked byte for byte on the unedited
//   model): every column of every table the model lets hold free text (walked from the registry, so a new table
//   or column is covered as it comes), every other text of the model (the vision), every text of the quality
//   report's entries. A glossary definition (masked ＊＊＊ in the plan, so empty in every real build) is one of them.
// On every page and in every file the marks come back whole, as text or as an attribute's value: no element,
// attribute, comment or script is made of them, no page has a parse error, and no link leaves http(s). The search
// page's own script, which writes results into the page, is run on hostile text in test/site-browser.test.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { Parser as N3Parser } from 'n3';
import Papa from 'papaparse';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { z } from 'zod';
import { type BuildResult, emitOutputs } from '../pipeline/build.ts';
import { showHidden } from '../pipeline/characters.ts';
import { Config, SourceInfo } from '../pipeline/config.ts';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import type { FileContent } from '../pipeline/emit/checksums.ts';
import { linksOf } from '../pipeline/model/links.ts';
import { printedPages } from '../pipeline/parse/printed-pages.ts';
import type { Model } from '../pipeline/model/build.ts';
import { QualityEntry, type QualityReport } from '../pipeline/model/documents.ts';
import { tableNames, tables } from '../pipeline/tables/registry.ts';
import { buildWith, config, identifiers, isBinaryFile, parsedModel, schemasOnce, seedText, sharedJapaneseAnalyser, sourceInfo, textOf } from './helpers.ts';

/** Every trick in one text; the marks around it say which input carried it. */
const HOSTILE =
  '<script>alert(1)</script>"><img src=x onerror=alert(1)>\'</script></style></title></textarea><!-- ]]> <![CDATA[ &amp; &lt; &#60; javascript:alert(1) \u2028\u2029\n end';
/** The same in the forms the stricter inputs take: no line feed (the model's text), then no line break at all (a curated CSV cell). */
const HOSTILE_ONE_LINE = HOSTILE.replace(/\n/g, '');
const HOSTILE_INLINE = HOSTILE_ONE_LINE.replace(/[\u2028\u2029]/g, '');
/** The forms to try, most hostile first: an input gets the first its schema accepts. */
const forms = [HOSTILE, HOSTILE_ONE_LINE, HOSTILE_INLINE];

/** Mark → the whole text that carries it: what every reader must give back, character for character. */
const planted = new Map<string, string>();
const plant = (mark: string, body = HOSTILE): string => {
  const text = `⟦${mark}⟧${body}⟦/${mark}⟧`;
  planted.set(mark, text);
  return text;
};

// --- The inputs of build() ---------------------------------------------------------------------------------

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const stringPaths = (value: Json, path: string[] = []): string[][] =>
  typeof value === 'string'
    ? [path]
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]))
      : [];
const setAt = (value: Json, path: string[], text: string): Json => {
  const copy = structuredClone(value) as Record<string, Json>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, Json>;
  at[path.at(-1)!] = text;
  return copy;
};
/** A link no setting may be (the settings take https, or http for a licence): it starts every setting that accepts it. */
const SCRIPT_URL = 'javascript:alert(document.domain)//';
/**
 * Every string of a settings object set to the most hostile text its schema accepts: a javascript: link followed
 * by the marked text, else the marked text, else the bare link (a setting that takes none is left as it is).
 */
const hostileSettings = <T>(settings: T, schema: z.ZodType, name: string): T => {
  let out = settings as Json;
  for (const path of stringPaths(out)) {
    const mark = `${name}.${path.join('.')}`;
    const marked = (body: string) => `⟦${mark}⟧${body}⟦/${mark}⟧`;
    const candidates = [...forms.map((f) => [SCRIPT_URL, f]), ...forms.map((f) => ['', f]), [SCRIPT_URL, undefined]] as const;
    const chosen = candidates.find(([prefix, body]) => schema.safeParse(setAt(out, path, `${prefix}${body === undefined ? '' : marked(body)}`)).success);
    if (chosen === undefined) continue;
    const [prefix, body] = chosen;
    out = setAt(out, path, `${prefix}${body === undefined ? '' : plant(mark, body)}`);
  }
  return out as T;
};

const hostileConfig = hostileSettings(config, Config, 'config');
const hostileSource = hostileSettings(sourceInfo, SourceInfo, 'source');

const SOURCE_PHRASE = '市民の健康づくりのため、減塩の推進';
const sourceText = seedText().replace(SOURCE_PHRASE, `市民の健康づくりのため、${plant('source-line', HOSTILE_ONE_LINE)}`);
const sourceFile = 'sources/yonezawa-zenki-kihon-keikaku.txt';
const hostileLine = sourceText.split('\n').findIndex((l) => l.includes('⟦source-line⟧')) + 1;

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** A URL that is a link; the text after it stays text. Its & and its query must survive as they are. */
const LINKED_URL = 'https://example.org/report?a=1&amp;b=2';
const actualsCsv = [
  '指標ID,年度,実績値,出典',
  `kpi-4-1-1,2024,45,${csvCell(plant('actuals.出典', HOSTILE_INLINE))}`,
  `kpi-4-1-1,2025,49.5,${csvCell(`javascript:alert(1)//${plant('actuals.javascript', HOSTILE_INLINE)}`)}`,
  `kpi-4-1-1,2026,52,${csvCell(`${LINKED_URL} ${plant('actuals.url', HOSTILE_INLINE)}`)}`,
  `kpi-4-1-1,2027,61,${csvCell('https://example.org/x"onmouseover="alert(1)"')}`,
  '',
].join('\r\n');
const sdgLinksCsv = ['施策番号,SDGゴール番号,出典', `4-1,3,${csvCell(plant('sdg-links.出典', HOSTILE_INLINE))}`, ''].join('\r\n');

const hostileCurated = {
  sdgLinks: { file: 'sources/sdg-links.csv', text: sdgLinksCsv },
  indicatorActuals: { file: 'sources/indicator-actuals.csv', text: actualsCsv },
};

/** The user's inputs: hostile settings, a hostile line of the plan, hostile curated actuals. */
const inputsBuild = buildWith({
  bytes: Buffer.from(sourceText, 'utf8'),
  config: hostileConfig,
  source: hostileSource,
  curated: hostileCurated,
}).then((r) => {
  assert.ok(r.ok && r.model, `the hostile inputs build: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))}`);
  return r;
});

// --- The model, edited, emitted as build() emits it ----------------------------------------------------------

/**
 * What build() emits from its validated model (pipeline/build.ts emitOutputs, after its checks): every output
 * format run on `model` with the quality report `report`. The first test checks this is build()'s own
 * emission, byte for byte, for the model it built.
 */
const emit = async (result: BuildResult, model: Model, report: QualityReport): Promise<Map<string, FileContent>> => {
  const { lines } = parsedModel(Buffer.from(sourceText, 'utf8'), sourceFile, hostileConfig, hostileCurated, hostileSource.period);
  assert.ok(lines, 'the hostile plan text splits into lines');
  const sha256 = createHash('sha256').update(sourceText, 'utf8').digest('hex');
  const files = await emitOutputs({
    model,
    links: linksOf(model.tables),
    provenance: { config: hostileConfig, source: hostileSource, sha256, identifiers },
    qualityReport: report,
    lines,
    printedPages: printedPages(lines),
    schemas: await schemasOnce(),
    japaneseAnalyser: sharedJapaneseAnalyser,
  });
  assert.ok(files, `the emission of ${result.ok ? 'the built' : 'a'} model ends`);
  // Given no spill, every file is held.
  return new Map([...files].map(([path, f]) => [path, f.content as FileContent]));
};

/** Every free-text value of the model, planted: a column is free text when its model accepts the hostile text. */
const hostileModel = (model: Model): { model: Model; columns: string[] } => {
  const edited = structuredClone(model);
  const columns: string[] = [];
  for (const name of tableNames) {
    const shape = tables[name].schema.shape as Record<string, z.ZodType>;
    for (const c of codebookOf(name)) {
      const mark = `${name}.${c.key}`;
      const body = c.key === 'id' || c.references ? undefined : forms.find((f) => shape[c.key]!.safeParse(`⟦${mark}⟧${f}⟦/${mark}⟧`).success);
      if (body === undefined) continue;
      const text = plant(mark, body);
      columns.push(mark);
      for (const row of edited.tables[name] as Record<string, unknown>[]) row[c.key] = text;
    }
  }
  // Whatever else the model holds as text (the vision), walked, not listed.
  const others = (value: unknown, path: string[]): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string') (value as Record<string, unknown>)[k] = plant(['model', ...path, k].join('.'), HOSTILE_ONE_LINE);
      else others(v, [...path, k]);
    }
  };
  for (const [k, v] of Object.entries(edited)) if (k !== 'tables') others(v, [k]);
  return { model: edited, columns };
};

const hostileReport = (report: QualityReport): QualityReport => {
  const edited = structuredClone(report);
  const shape = QualityEntry.shape as Record<string, z.ZodType>;
  for (const entry of edited.entries as Record<string, unknown>[])
    for (const [k, v] of Object.entries(entry)) {
      const body = typeof v === 'string' ? forms.find((f) => shape[k]!.safeParse(`⟦report.${k}⟧${f}⟦/report.${k}⟧`).success) : undefined;
      if (body !== undefined) entry[k] = plant(`report.${k}`, body);
    }
  return edited;
};

// --- Readers -----------------------------------------------------------------------------------------------

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What the readers found, by kind of fault and mark, each with its first place: one line per fault, not per page. */
class Findings {
  readonly seen = new Map<string, Set<string>>();
  readonly #faults = new Map<string, { first: string; count: number }>();
  fault(kind: string, where: string) {
    const f = this.#faults.get(kind);
    if (f) f.count += 1;
    else this.#faults.set(kind, { first: where, count: 1 });
  }
  get faults(): string[] {
    return [...this.#faults].map(([kind, f]) => `${kind} (${f.count}×, first ${f.first})`);
  }
  /** Every mark in `text` is followed by the whole text it was planted with. */
  whole(text: string, file: string, what: string) {
    if (!text.includes('⟦')) return;
    for (const m of text.matchAll(/⟦([^⟧/][^⟧]*)⟧/g)) {
      const mark = m[1]!;
      const want = planted.get(mark);
      // Pages and the search index show a hidden character as 〈U+XXXX〉 (issue 22 §5): that form is whole too.
      if (want !== undefined && (text.startsWith(want, m.index) || text.startsWith(showHidden(want, true), m.index))) {
        const files = this.seen.get(mark) ?? this.seen.set(mark, new Set()).get(mark)!;
        files.add(file);
      } else this.fault(`${mark} is not whole in ${what}`, `${file}: ${JSON.stringify(text.slice(m.index, m.index + (want?.length ?? 80) + 20))}`);
    }
  }
  wholeStrings(value: unknown, file: string, what: string) {
    if (typeof value === 'string') this.whole(value, file, what);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) this.wholeStrings(v, file, what);
  }
}

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite']);
/** Relative, or http(s) or mailto: what a link may be. parse5 has decoded the entities already. */
const safeUrl = (url: string): boolean => {
  const u = url.replace(/[\u0000-\u0020]/g, '');
  return !/^[a-z][a-z0-9+.-]*:/i.test(u) || /^(https?|mailto):/i.test(u);
};

const readPage = (file: string, source: string, found: Findings) => {
  const doc = parse(source, { onParseError: (e) => found.fault(`parse error ${e.code}`, `${file}:${e.startLine}:${e.startCol}`) });
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
    else if (node.nodeName === '#comment') {
      const data = (node as DefaultTreeAdapterMap['commentNode']).data;
      found.fault(`a comment in the page${data.includes('⟦') ? ' made of text' : ''}`, `${file}: <!--${data.slice(0, 80)}`);
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) walk(child);
      return;
    }
    const el = node as Element;
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (/^on/i.test(name)) found.fault(`an event-handler attribute ${name}`, `${file}: <${el.tagName} ${name}="${a.value.slice(0, 60)}">`);
      if (urlAttributes.has(name) && !safeUrl(a.value)) found.fault(`a ${name} that is not http(s), mailto or relative`, `${file}: ${a.value.slice(0, 80)}`);
      if (name === 'content' && /^\d+;\s*url=/i.test(a.value) && !safeUrl(a.value.replace(/^\d+;\s*url=/i, '')))
        found.fault('a refresh to a URL that is not http(s) or relative', `${file}: ${a.value.slice(0, 80)}`);
      found.whole(a.value, file, `the attribute ${name}`);
    }
    if (el.tagName === 'script') {
      const body = el.childNodes.map((c) => (c as DefaultTreeAdapterMap['textNode']).value ?? '').join('');
      const type = el.attrs.find((a) => a.name === 'type')?.value;
      if (type === 'application/ld+json') {
        try {
          found.wholeStrings(JSON.parse(body), file, 'the embedded JSON-LD');
        } catch (e) {
          found.fault('embedded JSON-LD that does not parse', `${file}: ${(e as Error).message}`);
        }
      } else if (!el.attrs.some((a) => a.name === 'src') || body.trim() !== '')
        found.fault('a <script> with a body that is not JSON-LD', `${file}: ${body.slice(0, 80)}`);
      return;
    }
    if (el.tagName === 'style') found.fault('a <style> element', file);
    if (el.tagName === 'textarea' && el.attrs.some((a) => a.name === 'class' && a.value.split(' ').includes('embed-code'))) {
      // An embed snippet: HTML to copy, shown as text. Read as the page that pastes it would read it.
      const code = el.childNodes.map((c) => (c as DefaultTreeAdapterMap['textNode']).value ?? '').join('');
      walk(parseFragment(code, { onParseError: (e) => found.fault(`parse error ${e.code} in an embed snippet`, `${file}:${e.startLine}:${e.startCol}`) }));
      return;
    }
    const children = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes;
    for (const child of children) walk(child);
  };
  walk(doc);
  found.whole(text, file, 'the text of the page');
};

/**
 * Reads every text file of a build but: the files other than pages that are the same in `skip` (read already),
 * and, when `pagesWith` is given, the pages that hold none of those marks (a mark is never escaped: a page that
 * shows a text holds its mark as it is).
 */
const readFiles = (files: ReadonlyMap<string, FileContent>, skip?: ReadonlyMap<string, FileContent>, pagesWith?: readonly string[]): Findings => {
  const found = new Findings();
  for (const [path, bytesOrText] of files) {
    // Text files may be held as their UTF-8 bytes (the site's are); the binary ones are not read.
    if (isBinaryFile(path)) continue;
    const content = textOf(files, path);
    if (path.endsWith('.html') ? pagesWith && !pagesWith.some((m) => content.includes(`⟦${m}⟧`)) : skip?.get(path) === bytesOrText) continue;
    if (path.endsWith('.html')) readPage(path, content, found);
    else if (path.endsWith('.js')) {
      // As a browser runs it; then every string it leaves behind.
      // What would end or comment out the script inlined in a page, or end a string literal for an engine before ES2019.
      const breaks = /<\/|<!--|[\u2028\u2029]/.exec(content);
      if (breaks)
        found.fault(
          'a script that holds </, <!--, U+2028 or U+2029 as they are',
          `${path}: ${JSON.stringify(content.slice(Math.max(0, breaks.index - 40), breaks.index + 40))}`,
        );
      const window: Record<string, unknown> = {};
      try {
        vm.runInNewContext(content, { window });
      } catch (e) {
        found.fault('a script that does not run', `${path}: ${(e as Error).message}`);
      }
      found.wholeStrings(window, path, 'the script’s data');
    } else if (path.endsWith('.ttl')) {
      try {
        for (const q of new N3Parser({ format: 'text/turtle' }).parse(content))
          for (const term of [q.subject, q.object]) found.whole(term.value, path, 'a Turtle term');
      } catch (e) {
        found.fault('Turtle that does not parse', `${path}: ${(e as Error).message}`);
      }
    } else if (path.endsWith('.json') || path.endsWith('.jsonld')) found.wholeStrings(JSON.parse(content), path, 'the JSON');
    else if (path.endsWith('.csv')) found.wholeStrings(Papa.parse<string[]>(content.replace(/^\uFEFF/, '')).data, path, 'a CSV cell');
  }
  return found;
};

// --- The builds, read once ---------------------------------------------------------------------------------

const builds = inputsBuild.then(async (inputs) => {
  const report = JSON.parse(textOf(inputs.files, 'quality-report.json')) as QualityReport;
  const again = await emit(inputs, inputs.model!, report);
  // Every page of the emitted model is read; the inputs' pages only where they show what the edit replaces (the
  // plan line, the curated 出典): the settings are the same in both.
  const replaced = [...planted.keys()].filter((m) => !m.startsWith('config.') && !m.startsWith('source.'));
  const { model, columns } = hostileModel(inputs.model!);
  const edited = await emit(inputs, model, hostileReport(report));
  return { inputs, again, edited, columns, read: { inputs: readFiles(inputs.files, undefined, replaced), edited: readFiles(edited, inputs.files) } };
});

const pagesOf = (files: ReadonlyMap<string, FileContent>) => [...files.keys()].filter((p) => p.endsWith('.html'));

describe('hostile text: the builds the checks read', () => {
  it('builds with hostile text in every setting, the plan line and the curated files, as far as their schemas accept it', async () => {
    await inputsBuild;
  });
  it('emitting build()’s own model gives build()’s files, byte for byte (so an edited model is emitted as build() would)', async () => {
    const { inputs, again } = await builds;
    assert.deepEqual([...again.keys()].sort(), [...inputs.files.keys()].sort());
    const differ = [...inputs.files].filter(([path, content]) => !Buffer.from(content).equals(Buffer.from(again.get(path) ?? '')));
    assert.deepEqual(
      differ.map(([path]) => path),
      [],
      'files that differ',
    );
  });
});

describe('hostile text in every input that reaches a page comes back as text', () => {
  for (const which of ['inputs', 'edited'] as const) {
    const title =
      which === 'inputs'
        ? 'settings, a line of the plan and curated actuals, through build()'
        : 'every free-text column of every table, the vision and the quality report, emitted from the model';
    it(`${title}: every page parses, no element, attribute, comment or script is made of text, every mark is whole`, async () => {
      const found = (await builds).read[which];
      assert.deepEqual(found.faults, []);
    });
  }

  it('reaches a page from every free-text column of every table (the glossary definition among them) and every text of the model', async () => {
    const { edited, columns, read } = await builds;
    assert.ok(
      columns.includes('glossary.definition') && columns.includes('glossary.term') && columns.includes('indicator_progress.provenance'),
      columns.join(' '),
    );
    assert.ok(columns.length >= 40, `${columns.length} free-text columns`);
    const pages = new Set(pagesOf(edited));
    const onPages = (mark: string) => [...(read.edited.seen.get(mark) ?? [])].filter((f) => pages.has(f));
    assert.deepEqual(
      columns.filter((c) => onPages(c).length === 0),
      [],
      'columns no page shows',
    );
    assert.ok(onPages('model.vision.text').length > 0, 'the vision');
    assert.ok(onPages('report.reason').includes('site/quality/index.html'), 'the quality report’s reasons');
    assert.ok(onPages('glossary.definition').includes('site/glossary/index.html'), 'the glossary definition on the glossary page');
    assert.ok(read.edited.seen.get('glossary.term')?.has('site/search-index.js'), 'the glossary term in the search index');
  });

  it('shows the settings people read (attribution, licence, titles, publisher) on every page, escaped', async () => {
    const { edited, read } = await builds;
    const pages = pagesOf(edited);
    for (const mark of ['config.license.attribution', 'config.license.title', 'config.license.derivationNote', 'source.title']) {
      assert.ok(planted.has(mark), `${mark} accepts text with markup`);
      assert.deepEqual(
        pages.filter((p) => !read.edited.seen.get(mark)?.has(p)),
        [],
        `${mark} on every page`,
      );
    }
    for (const mark of ['source.publisher', 'source.provenance']) assert.ok(read.edited.seen.get(mark)?.has('site/source/index.html'), mark);
    assert.ok(read.inputs.seen.get('config.license.attribution')?.has('catalog.ttl'), 'the attribution in the catalog’s Turtle');
  });

  it('shows the hostile line of the plan on the source page at its anchor, as text, and the policy that quotes it', async () => {
    const { inputs, read } = await builds;
    const page = parse(textOf(inputs.files, 'site/source/index.html'));
    const item = findElement(page, (e) => e.attrs.some((a) => a.name === 'id' && a.value === `L${hostileLine}`));
    assert.ok(item, `li#L${hostileLine}`);
    assert.equal(textContent(item), showHidden(sourceText.split('\n')[hostileLine - 1]!, true), 'the line, hidden characters shown as 〈U+XXXX〉');
    assert.ok(read.inputs.seen.get('source-line')?.has('site/policy/4-1/index.html'), 'the policy page');
    assert.ok(read.inputs.seen.get('source-line')?.has('site/search-index.js'), 'the search index');
  });

  it('links a curated 出典 only when it is an http(s) URL, its & and query as written; javascript: and markup stay text', async () => {
    const { inputs, read } = await builds;
    for (const mark of ['actuals.出典', 'actuals.javascript', 'actuals.url'])
      assert.ok(
        read.inputs.seen.get(mark)?.has(`site/kpi/4-1-1/actual/${{ 'actuals.出典': 2024, 'actuals.javascript': 2025, 'actuals.url': 2026 }[mark]}/index.html`),
        mark,
      );
    const hrefs = (path: string) => {
      const out: string[] = [];
      findElement(parse(textOf(inputs.files, path)), (e) => {
        if (e.tagName === 'a') out.push(e.attrs.find((a) => a.name === 'href')!.value);
        return false;
      });
      return out;
    };
    assert.ok(hrefs('site/kpi/4-1-1/actual/2026/index.html').includes(LINKED_URL), `the link is ${LINKED_URL}, its &amp; as written`);
    assert.ok(hrefs('site/kpi/4-1-1/actual/2027/index.html').includes('https://example.org/x'), 'a URL ends at its quote');
    assert.ok(!hrefs('site/kpi/4-1-1/actual/2025/index.html').some((h) => /javascript/i.test(h)), 'no javascript: link');
  });
});

const findElement = (node: Node, test: (e: Element) => boolean): Element | undefined => {
  if ('tagName' in node && test(node as Element)) return node as Element;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const hit = findElement(child, test);
    if (hit) return hit;
  }
  return undefined;
};
const textContent = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
