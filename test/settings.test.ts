// Settings and text are input too (issue 22, points 4–6): every URL setting is an absolute https:// IRI,
// every text setting and curated file is refused with its place when it holds a hidden character (a
// control, a bidirectional override, a separator, a lone surrogate), the plan text warns at the line
// and the site shows such a character as 〈U+XXXX〉, and a version is SemVer, strictly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { codePointLabel, showHidden } from '../pipeline/characters.ts';
import { applyEnvironment, Config, environmentName, SourceInfo } from '../pipeline/config.ts';
import { collect, type Diagnostic } from '../pipeline/diagnostics.ts';
import { escapeHtml } from '../pipeline/emit/site/html.ts';
import { paths } from '../pipeline/paths.ts';
import { checkCuratedText } from '../pipeline/read/curated-text.ts';
import { readConfig, readSourceInfo } from '../pipeline/read/settings.ts';
import { changelogEntries } from '../pipeline/release/changelog.ts';
import { tagProblem } from '../pipeline/release/check-tag-cli.ts';
import { previousTag } from '../pipeline/release/previous-tag-cli.ts';
import { parseVersion } from '../pipeline/release/version.ts';
import { versionProblem } from '../pipeline/semver.ts';
import { buildSeedWith, config, isBinaryFile, root, runCli, seedText, sourceInfo, textOf } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-settings-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Characters no setting or curated text may hold: C0 (NUL, TAB, LF, ESC), DEL, C1, zero-width, the bidirectional controls, separators, a BOM, a tag, a lone surrogate. */
const hidden = [
  '\u0000',
  '\u0009',
  '\u000A',
  '\u000D',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\u00AD',
  '\u061C',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
  '\u2060',
  '\uFEFF',
  '\uFFFE',
  '\u{E0041}',
  '\uD800',
  '\uDC00',
];

/** Every string setting of the config, as a path into it. */
const textKeys = [
  ['municipality', 'name'],
  ['municipality', 'nameEn'],
  ['license', 'id'],
  ['license', 'title'],
  ['license', 'titleEn'],
  ['license', 'attribution'],
  ['license', 'derivationNote'],
  ['contactPoint', 'name'],
  ['$comment'],
] as const;
const urlKeys = [['baseIri'], ['downloadBaseUrl'], ['pagesUrl'], ['contactPoint', 'url'], ['license', 'url']] as const;

const withSetting = (path: readonly string[], value: string): unknown => {
  const copy = structuredClone(config) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return copy;
};
const valueAt = (path: readonly string[]): string => path.reduce((v: unknown, k) => (v as Record<string, unknown>)[k], config) as string;

/** The settings file `text` read as the build reads dataset.config.json: its diagnostics. */
const readConfigText = (text: string): Diagnostic[] => {
  const file = join(work, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  return collect((report) => readConfig(report, file, 'dataset.config.json')).diagnostics;
};

/** Inserts `insert` into a URL where a path character may go: after its host. */
const intoUrl = (url: string, insert: string): string => url.replace(/^(https?:\/\/[^/]+\/?)/, (m) => `${m.endsWith('/') ? m : `${m}/`}a${insert}b`);

describe('URL settings are absolute https:// IRIs (RFC 3987)', () => {
  const refused = ['"', '>', '<', ' ', '{', '}', '|', '\\', '^', '`', '%zz', '%g1', '\u0000', '\u202E', '\u2028'];
  it('refuses every character an IRI may not hold, in every URL setting of the file, naming the key and the character', () => {
    for (const path of urlKeys) {
      for (const bad of refused) {
        const value = intoUrl(valueAt(path), bad);
        const r = Config.safeParse(withSetting(path, value));
        assert.equal(r.success, false, `${path.join('.')} = ${JSON.stringify(value)}`);
        const ds = readConfigText(JSON.stringify(withSetting(path, value), null, 2));
        assert.equal(ds.length, 1, `${path.join('.')} = ${JSON.stringify(value)}: ${ds.map((d) => d.reason)}`);
        assert.equal(ds[0]!.ruleId, 'cli:config');
        assert.match(ds[0]!.reason, new RegExp(`^invalid setting ${path.join('\\.')}: `));
        assert.ok(ds[0]!.reason.includes(codePointLabel(bad.codePointAt(0)!)), `${ds[0]!.reason} names ${codePointLabel(bad.codePointAt(0)!)}`);
        assert.ok(ds[0]!.line > 1, 'at the line of the key');
      }
    }
  });
  it('refuses them from the environment too, at the variable that set them', () => {
    for (const key of ['baseIri', 'downloadBaseUrl', 'pagesUrl'] as const) {
      for (const bad of refused) {
        const value = intoUrl(config[key], bad);
        const r = collect((report) => applyEnvironment(config, { [environmentName(key)]: value }, report));
        assert.equal(r.value, undefined, `${environmentName(key)}=${JSON.stringify(value)}`);
        assert.deepEqual(
          r.diagnostics.map((d) => [d.ruleId, d.file]),
          [['cli:config', `$${environmentName(key)}`]],
        );
        assert.ok(!/[\u0000-\u001F\u202E\u2028]/.test(r.diagnostics[0]!.reason), 'the message shows no hidden character raw');
      }
    }
  });
  it('keeps what is an IRI: percent-encoded and non-ASCII paths', () => {
    for (const value of ['https://example.org/%E7%B1%B3%E6%B2%A2/', 'https://example.org/米沢/', "https://example.org/a-b_c.d~e!$&'()*+,;=:@/"]) {
      const r = collect((report) => applyEnvironment(config, { DATASET_BASE_IRI: value }, report));
      assert.equal(r.value?.baseIri, value, JSON.stringify(r.diagnostics));
    }
  });
  it('npm run build with DATASET_BASE_IRI holding ">" (would end the IRI and start a triple): exit 2, named, nothing written', () => {
    const out = join(work, 'iri-out');
    const r = runCli(['--out', out], { env: { DATASET_BASE_IRI: 'https://example.org/x> <https://evil.example/p> "injected" . <https://example.org/' } });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^\$DATASET_BASE_IRI:0:0 {2}error {2}.*? ／ invalid setting baseIri: .*">" \(U\+003E\).*\(cli:config\)$/m);
    assert.throws(() => statSync(out), /ENOENT/);
  });
});

describe('hidden characters in settings are refused with their place', () => {
  it('every text setting of dataset.config.json, every hidden character: cli:config at the key, naming U+XXXX', () => {
    for (const path of textKeys) {
      for (const c of hidden) {
        const value = `${valueAt(path)}${c}x`;
        const ds = readConfigText(JSON.stringify(withSetting(path, value), null, 2));
        assert.equal(ds.length, 1, `${path.join('.')} + ${codePointLabel(c.codePointAt(0)!)}`);
        assert.match(
          ds[0]!.reason,
          new RegExp(`^invalid setting ${path.join('\\.').replace('$', '\\$')}: holds ${codePointLabel(c.codePointAt(0)!).replace('+', '\\+')} at column \\d+`),
        );
      }
    }
  });
  it('a line break in license.attribution (it reaches both .ttl files) is refused, written as JSON escapes it', () => {
    const text = readFileSync(paths.config, 'utf8').replace(/("attribution": "[^"]*)"/, '$1\\n<https://evil.example/s> <https://evil.example/p> \\"x\\" ."');
    const [d, ...rest] = readConfigText(text);
    assert.deepEqual(rest, []);
    assert.equal(d?.ruleId, 'cli:config');
    assert.match(d!.reason, /^invalid setting license\.attribution: holds U\+000A at column \d+/);
    assert.equal(d!.line, text.split('\n').findIndex((l) => l.includes('"attribution"')) + 1);
  });
  it('every string of sources/source.json', () => {
    for (const key of Object.keys(sourceInfo).filter((k) => typeof (sourceInfo as Record<string, unknown>)[k] === 'string')) {
      for (const c of ['\u0000', '\u202E', '\u2028', '\u001B']) {
        const r = SourceInfo.safeParse({ ...sourceInfo, [key]: `${(sourceInfo as unknown as Record<string, string>)[key]}${c}` });
        assert.equal(r.success, false, `${key} + ${codePointLabel(c.codePointAt(0)!)}`);
      }
    }
    const file = join(work, 'source.json');
    writeFileSync(file, JSON.stringify({ ...sourceInfo, title: `a\u0000b` }, null, 2));
    const ds = collect((report) => readSourceInfo(report, file, 'sources/source.json')).diagnostics;
    assert.match(ds[0]?.reason ?? '', /^invalid setting title: holds U\+0000 at column 2/);
  });
  it('the committed settings hold none', () => {
    assert.deepEqual(readConfigText(readFileSync(paths.config, 'utf8')), []);
  });
});

/** The seed built with the curated files given (text), as the CLI builds it. */
const buildCurated = (curated: { sdgLinks?: string; actuals?: string }, bytes?: Uint8Array) => buildSeedWith({ ...curated, ...(bytes ? { bytes } : {}) });

describe('hidden characters in curated files are refused at their line and column', () => {
  const actuals = readFileSync(join(root, 'test', 'fixtures', 'indicator-actuals.csv'), 'utf8');
  it('U+202E in 出典 of the actuals (it would reach the link text), NUL in sdg-links.csv: curated:character, the build stops', async () => {
    const lines = actuals.split('\n');
    lines[2] = lines[2]!.replace('テスト', 'テ\u202Eスト');
    const found = async (curated: { sdgLinks?: string; actuals?: string }) => {
      const r = await buildCurated(curated);
      assert.equal(r.ok, false);
      return r.diagnostics.filter((d) => d.ruleId === 'curated:character').map((d) => [d.file, d.line, d.column, /U\+[0-9A-F]{4}/.exec(d.reason)?.[0]]);
    };
    assert.deepEqual(await found({ sdgLinks: '施策番号,SDGゴール番号,出典\n4-1,3,原本\u0000PDF\n' }), [['sources/sdg-links.csv', 2, 9, 'U+0000']]);
    assert.deepEqual(await found({ actuals: lines.join('\n') }), [['sources/indicator-actuals.csv', 3, lines[2]!.indexOf('\u202E') + 1, 'U+202E']]);
  });
  it('every hidden character, in any cell; line ends (LF, CRLF, CR) and a leading BOM are structure, not text', () => {
    // The check the build runs on each curated file (read/curated-text.ts), alone: one build per character would cost seconds.
    const check = (text: string) => collect((report) => checkCuratedText(text, 'sources/indicator-actuals.csv', report)).diagnostics;
    for (const c of hidden.filter((h) => h !== '\n' && h !== '\r')) {
      const ds = check(`${actuals.trimEnd()}\r\nkpi-4-1-1,2027,5${c}3,x\r\n`);
      assert.equal(ds.length, 1, codePointLabel(c.codePointAt(0)!));
      assert.deepEqual([ds[0]!.ruleId, ds[0]!.line, ds[0]!.column], ['curated:character', actuals.trimEnd().split('\n').length + 1, 17]);
      assert.ok(ds[0]!.reason.includes(codePointLabel(c.codePointAt(0)!)));
    }
    for (const text of [actuals, actuals.replace(/\n/g, '\r\n'), actuals.replace(/\n/g, '\r'), `\uFEFF${actuals.replace(/^\uFEFF/, '')}`])
      assert.deepEqual(check(text), []);
    assert.equal(check(`x\uFEFF\n`).length, 1, 'a BOM that is not the first character is text');
  });
});

describe('hidden characters in the plan text: a warning at the line, and the site shows them as 〈U+XXXX〉', () => {
  const line = 979; // 推定一日食塩摂取量, the name of a KPI
  it('keeps a bidirectional override as written in the data, warns with its line and column, and no page carries it raw', async () => {
    const lines = seedText().split('\n');
    assert.match(lines[line - 1]!, /^推定一日食塩摂取量/);
    lines[line - 1] = lines[line - 1]!.replace('食塩', '食\u202E塩\u2066');
    const r = await buildCurated({}, Buffer.from(lines.join('\n')));
    assert.equal(r.ok, true, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
    const w = r.diagnostics.filter((d) => d.ruleId === 'read:invisible-character');
    assert.deepEqual(
      w.map((d) => [d.severity, d.line, d.column]),
      [['warning', line, 6]],
    );
    assert.match(w[0]!.reason, /U\+202E at column 6, U\+2066 at column 8/);
    const indicators = r.files.get('062022_indicators.csv') as string;
    assert.ok(indicators.includes('食\u202E塩\u2066'), 'the data keeps the text as written');
    let shown = 0;
    for (const path of [...r.files.keys()].filter((p) => p.startsWith('site/') && !isBinaryFile(p) && !p.endsWith('.csv'))) {
      const content = textOf(r.files, path);
      assert.ok(!/[\u202E\u2066]/.test(content), `${path} carries the override raw`);
      if (content.includes('食〈U+202E〉塩〈U+2066〉')) shown += 1;
    }
    assert.ok(shown >= 2, `the KPI's pages show it visibly (${shown})`);
  });
  it('removes controls (NUL, ESC, C1) as before, naming them', async () => {
    const lines = seedText().split('\n');
    lines[line - 1] = lines[line - 1]!.replace('食塩', '食\u0000塩\u001B\u0085');
    const r = await buildCurated({}, Buffer.from(lines.join('\n')));
    assert.equal(r.ok, true);
    const [w] = r.diagnostics.filter((d) => d.ruleId === 'read:invisible-character');
    assert.equal(w?.line, line);
    assert.match(w!.reason, /^removed .*\(U\+0000 at column 6, U\+001B at column 8, U\+0085 at column 9\)$/);
    assert.ok((r.files.get('062022_indicators.csv') as string).includes('推定一日食塩摂取量'));
  });
  it('the site’s escaper shows every hidden character but white space as 〈U+XXXX〉, escaped markup unchanged', () => {
    for (const c of hidden.filter((h) => !['\t', '\n', '\r'].includes(h))) {
      const label = codePointLabel(c.codePointAt(0)!);
      assert.equal(escapeHtml(`a${c}<b>`), `a〈${label}〉&lt;b&gt;`, label);
    }
    assert.equal(escapeHtml('a\tb\nc'), 'a\tb\nc');
    assert.equal(showHidden('a\nb'), 'a〈U+000A〉b', 'a message shows a line end too');
  });
});

describe('versions are strict SemVer, wherever one is read', () => {
  const invalid = [
    '01.02.003',
    '1.02.3',
    '1.2.03',
    '1.2',
    '1.2.3.4',
    'v1.2.3',
    ' 1.2.3',
    '1.2.3\n',
    '1.2.3-rc.1',
    '1.2.3+build.5',
    '1.2.3-01',
    '１.2.3',
    '99999999999999999999.0.0',
    '',
  ];
  const valid = ['0.0.0', '2.0.0', '10.20.30', '1.0.9007199254740991'];
  it('dataset.config.json', () => {
    for (const version of invalid) {
      const ds = readConfigText(JSON.stringify({ ...config, version }, null, 2));
      assert.equal(ds.length, 1, JSON.stringify(version));
      assert.match(ds[0]!.reason, /^invalid setting version: (.*; )?(must be a (SemVer|release) version|has a number too large)/);
    }
    for (const version of valid) assert.deepEqual(readConfigText(JSON.stringify({ ...config, version }, null, 2)), [], version);
  });
  it('tags, earlier releases and CHANGELOG headings', () => {
    for (const version of invalid) {
      assert.equal(parseVersion(`v${version}`), undefined, version);
      assert.ok(tagProblem(`v${version}`, '2.0.0'), version);
      assert.deepEqual(changelogEntries(`## [${version}] - 2026-01-01\n\ntext\n`), [], version);
    }
    assert.equal(previousTag(['v01.9.9', 'v1.9.9', 'v1.10.0-rc.1'], '2.0.0'), 'v1.9.9');
    for (const version of valid) assert.ok(parseVersion(`v${version}`), version);
  });
  it('the release workflow keeps only vX.Y.Z tags, by the same rule', () => {
    const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
    const pattern = /\[\[ "\$tag" =~ (\S+) \]\]/.exec(workflow)?.[1];
    assert.ok(pattern, 'the workflow filters tags with a bash regex');
    for (const [tag, expected] of [...invalid.map((v) => [`v${v}`, 1] as const), ...valid.map((v) => [`v${v}`, 0] as const)]) {
      if (/too large/.test(versionProblem(tag.slice(1)) ?? '')) continue; // the size limit is the tools' own
      const r: { status: number | null } = spawnSync('bash', ['-c', `[[ "$1" =~ ${pattern} ]]`, 'bash', tag]);
      assert.equal(r.status, expected, `${JSON.stringify(tag)}: ${pattern}`);
    }
  });
});
