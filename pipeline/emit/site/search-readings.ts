// The readings of the words in a text, for site search: kuromoji (a pure-JavaScript morphological analyser
// with the IPADIC dictionary) runs here, at build time, and the search index keeps the reading of every
// word written with kanji, so けんこう finds 健康 in a browser that has no dictionary. Only kanji words are
// annotated: kana and Latin text is its own reading once folded (the page's script folds both alike).
// A compound the dictionary does not know is cut into single kanji, each read as the analyser thinks most
// likely in isolation (減塩 → 減 ゲン + 塩 シオ); inside such a run of kanji each single kanji also keeps its
// other noun readings from the dictionary (塩: エン), so げんえん finds 減塩 too; a kanji the dictionary knows
// alone only as a verb's stem (診 ミ) also reads as it does at the head of the dictionary's compounds (診察,
// 診断: シン), so けんしん finds 健診. A word of several kanji keeps the dictionary's likeliest reading of it
// beside the one its context gave (上杉: カミスギ, ウエスギ). The analyser's lattice and trie are read for
// them (kuromoji's own objects, typed below), which is why the version is pinned.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A word of a text that has a reading: where it is (UTF-16 offsets) and its readings in katakana, the likeliest first. */
export interface Reading {
  at: number;
  length: number;
  readings: string[];
}

/** A node of kuromoji's lattice: a dictionary entry (or an unknown word) at a place in a sentence. */
interface LatticeNode {
  name: number;
  /** Where it starts and how many code points it spans (1-based; the lattice lists nodes by where they end). */
  start_pos: number;
  length: number;
  surface_form: string;
  type: string;
  /** The entry's own cost in the dictionary: the lower, the likelier out of context. */
  cost: number;
}
interface Lattice {
  nodes_end_at: (LatticeNode[] | undefined)[];
}
/** kuromoji's Tokenizer, as far as this module reads it. */
export interface Analyser {
  getLattice(sentence: string): Lattice;
  viterbi_searcher: { search(lattice: Lattice): LatticeNode[] };
  token_info_dictionary: {
    getFeatures(id: number): string | undefined | null;
    /** The dictionary's entries by the trie's record of their surface. */
    target_map: Record<number, number[] | undefined>;
  };
  /** The dictionary's surfaces in a double-array trie over their UTF-8 bytes, a 0 byte ending each. */
  viterbi_builder: { trie: { traverse(parent: number, code: number): number; bc: { getBase(node: number): number } } };
}
/** kuromoji's dictionary loader (src/loader/DictionaryLoader.js): `load` fills its dictionaries from the files its `loadArrayBuffer` hands it. */
type DictionaryLoaderClass = new (
  dicPath: string,
) => {
  loadArrayBuffer: (file: string, done: (error: unknown, buffer?: ArrayBuffer) => void) => void;
  load(done: (error: unknown, dictionaries: unknown) => void): void;
};
/** kuromoji's Tokenizer (src/Tokenizer.js), made from the loaded dictionaries. */
type TokenizerClass = new (dictionaries: unknown) => Analyser;

/**
 * kuromoji with its dictionary, loaded afresh (~1–1.7 CPU-s, ~290 MB of memory): a build loads it when it makes
 * the search index — a build that stops before the site never does — and lets it go as soon as the index is
 * made, before the pages (issue 23 §2); no cache of the process keeps it. A process that builds many times may
 * share one (EmitInput.japaneseAnalyser; the tests do).
 *
 * The dictionary is loaded by kuromoji's own DictionaryLoader and Tokenizer, as its TokenizerBuilder does, but its
 * twelve files are read and gunzipped synchronously here. Its Node loader gunzips them through zlib's callbacks,
 * and zlib's handles keep those callbacks, and through them the whole dictionary (~230 MB), alive until the event
 * loop turns. A build runs on promises from the search index to its end, so the dictionary it had let go stayed in
 * memory through every page (measured in BENCHMARKS.md).
 */
export const loadJapaneseAnalyser = async (): Promise<Analyser> => {
  const require = createRequire(import.meta.url);
  const kuromojiDir = dirname(require.resolve('kuromoji/package.json'));
  const dicPath = join(kuromojiDir, 'dict');
  const DictionaryLoader = require(join(kuromojiDir, 'src', 'loader', 'DictionaryLoader.js')) as DictionaryLoaderClass;
  const Tokenizer = require(join(kuromojiDir, 'src', 'Tokenizer.js')) as TokenizerClass;
  const loader = new DictionaryLoader(dicPath);
  loader.loadArrayBuffer = (file, done) => {
    let buffer: ArrayBuffer;
    try {
      // A fresh ArrayBuffer of the file's bytes alone, as kuromoji's own loader hands over.
      buffer = new Uint8Array(gunzipSync(readFileSync(file))).buffer;
    } catch (e) {
      done(e);
      return;
    }
    done(null, buffer);
  };
  return new Promise<Analyser>((resolve, reject) =>
    loader.load((error, dictionaries) => {
      if (error) reject(new Error(`search: kuromoji could not load its dictionary from ${dicPath}: ${error instanceof Error ? error.message : String(error)}`));
      else resolve(new Tokenizer(dictionaries));
    }),
  );
};

const han = /\p{Script=Han}/u;
const katakana = /^[\u30a1-\u30fa\u30fc]+$/;
/** One kanji (a code point, so a kanji outside the BMP counts as one). */
const isOneKanji = (s: string): boolean => han.test(s) && [...s].length === 1;
/** Alternatives kept per word beside its likeliest reading. */
const MAX_ALTERNATIVES = 3;

/** IPADIC's features of an entry: [surface, part of speech, its sub-classes ×3, conjugation ×2, base form, reading, pronunciation]. */
const featuresOf = (analyser: Analyser, node: LatticeNode): string[] =>
  node.type === 'KNOWN' ? (analyser.token_info_dictionary.getFeatures(node.name) ?? '').split(',') : [];

/** Whether an entry reads a kanji the way a compound does: a common noun, a prefix or a suffix (not a name, not a verb's stem). */
const isCompoundPart = (f: string[]): boolean => (f[1] === '名詞' && f[2] !== '固有名詞') || f[1] === '接頭詞';

/** Whether an entry ends a verb's stem as written (見|た, 見|て, 支え|合い): an auxiliary, a conjunctive particle, a dependent verb. */
const isInflection = (f: string[]): boolean => f[1] === '助動詞' || (f[1] === '助詞' && f[2] === '接続助詞') || (f[1] === '動詞' && f[2] === '非自立');

/** The morae of a reading in katakana: a kana with the small kana after it (キョ, ウ, ッ). */
const moraeOf = (reading: string): string[] => reading.match(/[\u30a1-\u30fa\u30fc][\u30a1\u30a3\u30a5\u30a7\u30a9\u30e3\u30e5\u30e7\u30ee]?/g) ?? [];
const twoKanji = /^\p{Script=Han}{2}$/u;
/** Two-kanji common nouns that share a head reading with fewer than this many others do not make it a reading. */
const MIN_WORDS = 2;
const heads = new WeakMap<Analyser, Map<string, string[]>>();

/**
 * How a kanji reads at the head of the dictionary's two-kanji common nouns (診: 診察 シンサツ, 診断 シンダン,
 * 診療 シンリョウ → シン), for a kanji the dictionary knows alone only as a verb's stem (診 ミ, 障 サワ) but a text
 * writes in a compound the dictionary lacks (健診, 障がい). The trie is walked from the kanji's bytes to every
 * surface one kanji longer (3 UTF-8 bytes, or 4 beyond the BMP); each head of one or two morae counts the
 * nouns it starts, a one-mora head is dropped where a two-mora head that extends it starts at least half as
 * many (シ for シン), and the heads starting at least a quarter as many as the most are kept, the most first.
 */
const headReadingsOf = (analyser: Analyser, kanji: string): string[] => {
  const memo = heads.get(analyser) ?? new Map<string, string[]>();
  heads.set(analyser, memo);
  const known = memo.get(kanji);
  if (known !== undefined) return known;
  const { trie } = analyser.viterbi_builder;
  const entries: number[] = [];
  const walk = (node: number, bytes: number): void => {
    if (bytes >= 3) {
      const leaf = trie.traverse(node, 0);
      const base = leaf >= 0 ? trie.bc.getBase(leaf) : 1;
      if (base <= 0) entries.push(...(analyser.token_info_dictionary.target_map[-base - 1] ?? []));
    }
    if (bytes < 4)
      for (let code = 1; code < 256; code += 1) {
        const child = trie.traverse(node, code);
        if (child >= 0) walk(child, bytes + 1);
      }
  };
  let node = 0;
  for (const byte of Buffer.from(kanji, 'utf8')) node = node >= 0 ? trie.traverse(node, byte) : node;
  if (node >= 0) walk(node, 0);
  const counts = new Map<string, number>();
  const words = new Set<string>();
  for (const id of entries) {
    const f = (analyser.token_info_dictionary.getFeatures(id) ?? '').split(',');
    const morae = moraeOf(f[8] ?? '');
    const word = `${f[0]},${f[8]}`;
    if (!twoKanji.test(f[0] ?? '') || !f[0]!.startsWith(kanji) || f[1] !== '名詞' || f[2] === '固有名詞' || words.has(word)) continue;
    if (morae.join('') !== f[8]) continue;
    words.add(word);
    for (const n of [1, 2]) {
      const head = morae.slice(0, n).join('');
      if (morae.length > n) counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  }
  const ranked = [...counts]
    .filter(
      ([head, count]) => count >= MIN_WORDS && ![...counts].some(([longer, c]) => longer.length > head.length && longer.startsWith(head) && c * 2 >= count),
    )
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const most = ranked[0]?.[1] ?? 0;
  const out = ranked
    .filter(([, count]) => count * 4 >= most)
    .map(([head]) => head)
    .slice(0, MAX_ALTERNATIVES);
  memo.set(kanji, out);
  return out;
};

/**
 * The sentences kuromoji analyses one at a time: cut after 、 and 。, as its own tokenize() does. A NUL or a
 * lone surrogate (which kuromoji 0.1.2 throws on) becomes U+FFFD first: one UTF-16 unit for one, so every
 * offset still points into the text as written.
 */
const sentencesOf = (text: string): string[] => text.replace(/[\0\p{Cs}]/gu, '\ufffd').split(/(?<=[、。])/);

/** Every word of `text` written with kanji that the dictionary reads, with its readings. */
export const readingsOf = (analyser: Analyser, text: string): Reading[] => {
  const out: Reading[] = [];
  let offset = 0;
  for (const sentence of sentencesOf(text)) {
    const start = offset;
    offset += sentence.length;
    if (!han.test(sentence)) continue;
    const lattice = analyser.getLattice(sentence);
    const path = analyser.viterbi_searcher.search(lattice);
    // The best path must spell the sentence; where it does not (a character the analyser cannot place), the
    // sentence keeps no readings rather than misplaced ones.
    if (path.map((n) => n.surface_form).join('') !== sentence) continue;
    let at = start;
    path.forEach((node, i) => {
      const here = at;
      at += node.surface_form.length;
      if (node.type !== 'KNOWN' || !han.test(node.surface_form)) return;
      const features = featuresOf(analyser, node);
      const reading = features[8] ?? '';
      if (!katakana.test(reading)) return;
      const readings = [reading];
      const add = (r: string): void => {
        if (readings.length <= MAX_ALTERNATIVES && katakana.test(r) && !readings.includes(r)) readings.push(r);
      };
      // The dictionary's other entries for the same characters at the same place.
      const sameAt = (lattice.nodes_end_at[node.start_pos + node.length - 1] ?? []).filter(
        (o) => o.start_pos === node.start_pos && o.surface_form === node.surface_form,
      );
      const others = sameAt.map((o) => featuresOf(analyser, o));
      const inRun = [path[i - 1], path[i + 1]].some((n) => n !== undefined && han.test(n.surface_form));
      const next = path[i + 1] === undefined ? [] : featuresOf(analyser, path[i + 1]!);
      if (!isOneKanji(node.surface_form)) {
        // A word of several kanji also keeps the dictionary's likeliest reading of it out of context, where the
        // context chose another (上杉家: カミスギ in context, ウエスギ the likeliest entry).
        const likeliest = sameAt.reduce<LatticeNode | undefined>((best, o) => (best === undefined || o.cost < best.cost ? o : best), undefined);
        if (likeliest !== undefined) add(featuresOf(analyser, likeliest)[8] ?? '');
      } else if (isCompoundPart(features) ? inRun : inRun || !isInflection(next)) {
        // A single kanji inside a compound the dictionary lacks: its other readings as a part of one, and, when
        // the dictionary knows it alone only as a verb's stem (健診: 診 ミ; 障がい: 障 サワ), how it reads at the
        // head of the dictionary's compounds (シン, ショウ).
        for (const f of others) if (isCompoundPart(f)) add(f[8] ?? '');
        if (!isCompoundPart(features)) for (const r of headReadingsOf(analyser, node.surface_form)) add(r);
      }
      out.push({ at: here, length: node.surface_form.length, readings });
    });
  }
  return out;
};

/**
 * The readings as the search index stores them: `gap.length.reading[.alternative…]` per word, words
 * separated by a space, each gap counted from the end of the word before (UTF-16 units).
 */
export const encodeReadings = (readings: readonly Reading[]): string => {
  let end = 0;
  return readings
    .map((r) => {
      const entry = [r.at - end, r.length, ...r.readings].join('.');
      end = r.at + r.length;
      return entry;
    })
    .join(' ');
};

/** Texts read so far, per analyser: at most this many, then it starts again. */
const MEMO_SIZE = 100_000;
const memos = new WeakMap<Analyser, Map<string, string>>();

/**
 * The readings of a text as the search index stores them, with a loaded analyser. Each distinct text is read
 * once per process, not once per build: the test suite builds the plan dozens of times in one process (~8,800
 * texts, ~500 distinct), and kuromoji reads ~20–50 characters a millisecond.
 */
export const indexReadings = (analyser: Analyser): ((text: string) => string) => {
  const memo = memos.get(analyser) ?? new Map<string, string>();
  memos.set(analyser, memo);
  return (text) => {
    let readings = memo.get(text);
    if (readings === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      readings = encodeReadings(readingsOf(analyser, text));
      memo.set(text, readings);
    }
    return readings;
  };
};
