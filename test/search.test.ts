// Site search in Node: the readings kuromoji gives at build time (search-readings.ts), the index that keeps
// them (search-index.ts), and the page's own script (search.ts, run in a vm as the browser runs it) folding,
// matching, ranking and marking — on the seed plan's index and on small indexes made here to pin one rule each.
// The same script in a real Chromium, typed into: test/site-browser.test.ts.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import vm from 'node:vm';
import { showHidden } from '../pipeline/characters.ts';
import { type SearchDocument, searchIndexScript } from '../pipeline/emit/site/search-index.ts';
import { type Analyser, encodeReadings, indexReadings, loadJapaneseAnalyser, readingsOf } from '../pipeline/emit/site/search-readings.ts';
import { searchScript } from '../pipeline/emit/site/search.ts';
import { seedBuild, sharedJapaneseAnalyser, textOf } from './helpers.ts';

type Piece = { text: string; mark: boolean };
type Hit = { kind: string; title: string; text: string; path: string; combined: boolean; words: { title: number; text: number }[] };
interface PlanSearch {
  fold(s: string): string;
  loosen(s: string, prev: string): string;
  words(q: string): { folded: string; loose: string }[];
  build(index: unknown): unknown;
  find(built: unknown, q: string): Hit[];
  title(hit: Hit): Piece[];
  snippet(hit: Hit): Piece[];
}

/** The page's script and an index script, run as the browser runs them: the search, and a find() over the index. */
const load = (indexScript: string) => {
  const window: { PLAN_SEARCH?: unknown; PlanSearch?: PlanSearch } = {};
  vm.runInNewContext(indexScript, { window });
  vm.runInNewContext(searchScript, { window });
  const search = window.PlanSearch!;
  const built = search.build(window.PLAN_SEARCH);
  return { search, index: window.PLAN_SEARCH as { docs: unknown[][] }, find: (q: string) => search.find(built, q) };
};
/** assert.deepEqual for values made in the vm (their arrays have another Array.prototype). */
const same = (actual: unknown, expected: unknown, message?: string) => assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected, message);
/** Pieces as text, each mark in [ ]. */
const marked = (pieces: Piece[]): string => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

let analyser: Analyser;
before(async () => {
  analyser = await sharedJapaneseAnalyser();
});
const doc = (title: string, text = '', path = `p/${title}/index.html`): SearchDocument => ({ kind: '施策', title, text, path });
const small = (docs: SearchDocument[]) => load(searchIndexScript(docs, indexReadings(analyser)));

describe('readings (kuromoji at build time)', () => {
  it('loads the dictionary without waiting on the event loop: nothing of the loop holds it once the build lets it go', async () => {
    // kuromoji's own Node loader gunzips through zlib's callbacks; zlib's handles kept them, and the ~230 MB
    // dictionary with them, until the loop turned, which a build's promises never let it do before the end.
    let turned = false;
    const immediate = setImmediate(() => {
      turned = true;
    });
    const loaded = await loadJapaneseAnalyser();
    clearImmediate(immediate);
    assert.equal(turned, false, 'the dictionary was read through callbacks of the event loop');
    assert.deepEqual(
      readingsOf(loaded, '健康').map((r) => r.readings[0]),
      ['ケンコウ'],
    );
  });
  it('reads each kanji word of a policy name where it stands, and leaves kana to folding', () => {
    const text = '高齢者の健康づくり';
    const readings = readingsOf(analyser, text);
    assert.deepEqual(
      readings.map((r) => [text.slice(r.at, r.at + r.length), r.readings[0]]),
      [
        ['高齢', 'コウレイ'],
        ['者', 'シャ'],
        ['健康', 'ケンコウ'],
      ],
    );
    assert.deepEqual(readingsOf(analyser, 'けんこうづくりとスポーツ'), []);
  });
  it('keeps the other noun readings of a single kanji inside an unknown compound: 減塩 reads げんえん as well as げんしお', () => {
    const [gen, shio] = readingsOf(analyser, '減塩を推進します。');
    assert.deepEqual(gen, { at: 0, length: 1, readings: ['ゲン'] });
    assert.equal(shio!.at, 1);
    assert.ok(shio!.readings.includes('エン') && shio!.readings.includes('シオ'), shio!.readings.join());
    // Alone, a kanji is read as its context says, without alternatives.
    assert.deepEqual(readingsOf(analyser, 'お塩を')[0]!.readings, ['シオ']);
  });
  it('reads a kanji the dictionary knows alone only as a verb’s stem as the head of its compounds: 健診 けんしん, 障がい しょうがい', () => {
    const readingOf = (text: string, surface: string) => readingsOf(analyser, text).find((r) => text.slice(r.at, r.at + r.length) === surface)?.readings;
    assert.deepEqual(readingOf('特定健診の受診', '診'), ['ミ', 'シン']);
    assert.deepEqual(readingOf('障がいのある人', '障'), ['サワ', 'ショウ']);
    // A verb's stem as written (見|た, 見|て) keeps its own reading only.
    assert.deepEqual(readingOf('見たもの', '見'), ['ミ']);
    assert.deepEqual(readingOf('見て', '見'), ['ミ']);
  });
  it('keeps a word’s likeliest reading out of context beside the one its context gave: 上杉家 かみすぎ and うえすぎ', () => {
    const text = '伊達家や上杉家ゆかりの文化';
    const uesugi = readingsOf(analyser, text).find((r) => text.slice(r.at, r.at + r.length) === '上杉');
    assert.deepEqual(uesugi, { at: 4, length: 2, readings: ['カミスギ', 'ウエスギ'] });
    assert.deepEqual(readingsOf(analyser, '健康')[0]!.readings, ['ケンコウ'], 'no personal name for a common word');
  });
  it('counts offsets in UTF-16 units across sentences, surrogate pairs and white space', () => {
    const text = '𠮟咤、😀 健康課の　米沢市。子育て';
    for (const r of readingsOf(analyser, text)) assert.match(text.slice(r.at, r.at + r.length), /\p{Script=Han}/u, JSON.stringify(r));
    const at = (surface: string) => readingsOf(analyser, text).find((r) => text.slice(r.at, r.at + r.length) === surface);
    assert.equal(at('健康')?.at, text.indexOf('健康'));
    assert.equal(at('米沢')?.readings[0], 'ヨネザワ');
    assert.equal(at('子育て')?.at, text.indexOf('子育て'));
  });
  it('survives what kuromoji 0.1.2 throws on (NUL, a lone surrogate) and keeps the offsets after it', () => {
    const text = '健\u0000康\ud800、健康課';
    const readings = readingsOf(analyser, text);
    const last = readings.find((r) => text.slice(r.at, r.at + r.length) === '健康');
    assert.equal(last?.at, text.lastIndexOf('健康'));
  });
  it('encodes each word as gap.length.readings from the end of the word before', () => {
    assert.equal(
      encodeReadings([
        { at: 2, length: 2, readings: ['ケンコウ'] },
        { at: 4, length: 1, readings: ['シオ', 'エン'] },
        { at: 9, length: 3, readings: ['コソダテ'] },
      ]),
      '2.2.ケンコウ 0.1.シオ.エン 4.3.コソダテ',
    );
    assert.equal(encodeReadings([]), '');
  });
});

describe('the search index', () => {
  it('stays one script whatever the text holds: no </script>, <!--, U+2028 or U+2029, and the text comes back as written (hidden characters shown as 〈U+XXXX〉)', () => {
    const hostile = '健康</script><script>alert(1)</script><!-- \u2028改行\u2029 "引用" \\ ';
    const script = searchIndexScript([doc(hostile, hostile)], indexReadings(analyser));
    for (const bad of ['</script>', '<!--', '\u2028', '\u2029']) assert.ok(!script.includes(bad), JSON.stringify(bad));
    const { index, find } = load(script);
    same(index.docs[0]!.slice(1, 3), [showHidden(hostile, true), showHidden(hostile, true)]);
    assert.equal(find('けんこう').length, 1);
  });
  it('reads each distinct text once per process, whatever the build', () => {
    let sentences = 0;
    const counting: Analyser = {
      ...analyser,
      getLattice: (sentence) => {
        sentences += 1;
        return analyser.getLattice(sentence);
      },
    };
    const docs = [doc('健康課', '施策 4-1 健康・保健'), doc('健康課', '施策 4-1 健康・保健', 'x'), doc('施策 4-1 健康・保健')];
    const first = searchIndexScript(docs, indexReadings(counting));
    assert.equal(sentences, 2, '健康課 and 施策 4-1 健康・保健, once each');
    assert.equal(searchIndexScript(docs, indexReadings(counting)), first, 'a second build reads nothing again');
    assert.equal(sentences, 2);
  });
});

describe('the page’s script: folding', () => {
  const { search } = load(searchIndexScript([], () => ''));
  it('folds NFKC, case and kana: ｹﾝｺｳ, ケンコウ and けんこう are one; ＤＸ is dx; ｶﾞｯｺｳ is がっこう', () => {
    assert.equal(search.fold('ｹﾝｺｳ'), 'けんこう');
    assert.equal(search.fold('ケンコウ'), 'けんこう');
    assert.equal(search.fold('ＤＸ 推進'), 'dx推進');
    assert.equal(search.fold('ｶﾞｯｺｳ'), 'がっこう');
    assert.equal(search.fold('ヴ'), 'ゔ');
  });
  it('loosens small kana, ぢ/づ and the long-vowel mark: ケンコー and けんこう, キョウイク and きよういく meet', () => {
    assert.equal(search.loosen(search.fold('ｹﾝｺｰ'), ''), search.loosen(search.fold('けんこう'), ''));
    assert.equal(search.loosen(search.fold('キョウイク'), ''), search.loosen('きよういく', ''));
    assert.equal(search.loosen('せーふ', ''), 'せいふ');
    assert.equal(search.loosen('かーど', ''), 'かあど');
    assert.equal(search.loosen('ーい', 'こ'), 'うい', 'a leading ー after the text before');
  });
  it('cuts a query into words at ASCII and ideographic spaces, drops repeats and empty words', () => {
    same(
      search.words(' 減塩　健診  減塩\t').map((w) => w.folded),
      ['減塩', '健診'],
    );
    same(search.words('　 '), []);
  });
});

describe('the page’s script: finding, ranking, marking', () => {
  it('needs every word, and finds a page whose records hold them between them', () => {
    const { find } = small([
      doc('施策 4-1 健康・保健', '市民の健康づくりのため、減塩の推進', 'policy/4-1/index.html'),
      doc('施策 4-1 健康・保健', '定期的な健診の受診により健康管理を行いましょう。', 'policy/4-1/index.html#expected-action-4-1-1'),
      doc('施策 4-5 高齢福祉', '減塩の話', 'policy/4-5/index.html'),
    ]);
    const hits = find('減塩　健診');
    same(
      hits.map((h) => [h.path, h.combined]),
      [['policy/4-1/index.html', true]],
    );
    assert.equal(find('減塩 高齢').length, 1);
    assert.equal(find('減塩 存在しない語').length, 0);
  });
  it('puts as written before by reading before loosely, title before text, whatever the plan’s order', () => {
    const { find } = small([doc('ケンコー体操', ''), doc('健康課', ''), doc('相談窓口', '健康の相談'), doc('けんこう相談', '')]);
    same(
      find('けんこう').map((h) => h.title),
      ['けんこう相談', '健康課', 'ケンコー体操', '相談窓口'],
    );
  });
  it('puts a record with every word in its title before one with a word only in its text, however well it matches there', () => {
    const { find } = small([doc('けんこう', 'そうだん'), doc('ケンコー ソーダン', '')]);
    same(
      find('けんこう そうだん').map((h) => h.title),
      ['ケンコー ソーダン', 'けんこう'],
    );
  });
  it('puts the record whose whole title is the query before longer titles', () => {
    const { find } = small([doc('健康課の窓口', ''), doc('健康課', '')]);
    same(
      find('健康課').map((h) => h.title),
      ['健康課', '健康課の窓口'],
    );
  });
  it('marks what it found on the text as written, by reading too, and cuts a long text around the mark', () => {
    const long = `${'あ'.repeat(200)}減塩を推進します。${'い'.repeat(200)}`;
    const { find, search } = small([doc('推定一日食塩摂取量', long)]);
    const [hit] = find('しょくえん げんえん');
    assert.equal(marked(search.title(hit!)), '推定一日[食塩]摂取量');
    const snippet = marked(search.snippet(hit!));
    assert.match(snippet, /^…あ+\[減塩\]を推進します。い+…$/);
    assert.ok(snippet.length < 140, snippet);
    assert.equal(marked(search.title(find('ｼｮｸｴﾝｾｯｼｭ')[0]!)), '推定一日[食塩摂取]量');
    assert.equal(marked(search.title(find('せっしゅりょー')[0]!)), '推定一日食塩[摂取量]', 'loosely: ー as う');
  });
});

describe('the seed plan’s search', () => {
  let find: (q: string) => Hit[];
  let search: PlanSearch;
  before(async () => {
    ({ find, search } = load(textOf((await seedBuild()).files, 'site/search-index.js')));
  });
  const titles = (hits: Hit[], n = 3) => hits.slice(0, n).map((h) => `${h.kind} ${h.title}`);
  it('高齢者 健康: every hit holds both words, the first in its title', () => {
    const hits = find('高齢者 健康');
    assert.ok(hits.length >= 2, titles(hits).join(' | '));
    for (const h of hits) assert.ok(h.combined || h.words.every((w) => w.title >= 0 || w.text >= 0));
    assert.match(marked(search.title(hits[0]!)), /\[高齢者\]|\[健康\]/);
    assert.ok(hits.some((h) => h.path === 'policy/4-5/index.html'));
  });
  it('減塩　健診 (ideographic space): policy 4-1, its pillar 4-1-1 and goal 4, both words marked', () => {
    const hits = find('減塩　健診');
    same(hits.map((h) => h.path).sort(), ['goal/4/index.html', 'pillar/4-1-1/index.html', 'policy/4-1/index.html']);
    for (const h of hits) assert.match(marked(search.snippet(h)), /\[減塩\][\s\S]*\[健診\]|\[健診\][\s\S]*\[減塩\]/);
  });
  it('けんこう, ケンコウ, ｹﾝｺｳ and ｹﾝｺｰ find what 健康 finds, 健康 marked in the first title', () => {
    const paths = (q: string) => find(q).map((h) => h.path);
    const kanji = paths('健康');
    for (const q of ['けんこう', 'ケンコウ', 'ｹﾝｺｳ', 'ｹﾝｺｰ']) {
      assert.deepEqual(paths(q).slice().sort(), kanji.slice().sort(), q);
      assert.match(marked(search.title(find(q)[0]!)), /\[健康\]/, q);
    }
  });
  it('げんえん finds 減塩 in the plan text and marks it', () => {
    const hits = find('げんえん');
    assert.ok(hits.some((h) => h.path === 'policy/4-1/index.html'));
    for (const h of hits) assert.match(marked(search.snippet(h)), /\[減塩\]/);
  });
  it('けんしん finds 健診 as well as 検診, and げんえん　けんしん policy 4-1, its pillar 4-1-1 and goal 4', () => {
    const hits = find('けんしん');
    assert.ok(
      hits.some((h) => h.path === 'policy/4-1/index.html#expected-action-4-1-1' && /\[健診\]/.test(marked(search.snippet(h)))),
      hits.map((h) => marked(search.snippet(h))).join(' | '),
    );
    same(
      find('げんえん　けんしん')
        .map((h) => h.path)
        .sort(),
      ['goal/4/index.html', 'pillar/4-1-1/index.html', 'policy/4-1/index.html'],
    );
  });
  it('a department by its reading: かんこうか is 観光課, しみんか 市民課, first', () => {
    same(titles(find('かんこうか'), 1), ['担当課 観光課']);
    same(titles(find('しみんか'), 1), ['担当課 市民課']);
  });
  it('a KPI by a fragment of its name: 受診率 and じゅしんりつ find KPI 4-1-1 first', () => {
    for (const q of ['受診率', 'じゅしんりつ']) assert.equal(find(q)[0]?.path, 'kpi/4-1-1/index.html', q);
  });
  it('nothing for a word the plan does not hold, alone or beside one it does', () => {
    same(find('ぴよぴよ'), []);
    same(find('健康 ぴよぴよ'), []);
    same(find('   '), []);
  });
});
