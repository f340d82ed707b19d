// The readings of the words in a text, for site search: kuromoji (a pure-JavaScript morphological analyser
// with the IPADIC dictionary) runs here, at build time, and the search index keeps the reading of every
// word written with kanji, so けんこう finds 健康 in a browser that has no dictionary. Only kanji words are
// annotated: kana and Latin text is its own reading once folded (the page's script folds both alike).
// A compound the dictionary does not know is cut into single kanji, each read as the analyser thinks most
// likely in isolation (減塩 → 減 ゲン + 塩 シオ); inside such a run of kanji each single kanji also keeps its
// other noun readings from the dictionary (塩: エン), so げんえん finds 減塩 too. The analyser's lattice is
// read for them (kuromoji's own objects, typed below), which is why the version is pinned.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
}
interface Lattice {
  nodes_end_at: (LatticeNode[] | undefined)[];
}
/** kuromoji's Tokenizer, as far as this module reads it. */
export interface Analyser {
  getLattice(sentence: string): Lattice;
  viterbi_searcher: { search(lattice: Lattice): LatticeNode[] };
  token_info_dictionary: { getFeatures(id: number): string | undefined | null };
}
interface Kuromoji {
  builder(options: { dicPath: string }): { build(done: (error: unknown, analyser: Analyser) => void): void };
}

let loading: Promise<Analyser> | undefined;

/**
 * kuromoji with its dictionary, loaded once per process (~0.5–1 s, ~250 MB) and only when first asked for,
 * so a build that stops before the site never loads it.
 */
export const japaneseAnalyser = (): Promise<Analyser> => {
  loading ??= (async () => {
    const kuromoji = (await import('kuromoji')).default as Kuromoji;
    const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
    return new Promise<Analyser>((resolve, reject) =>
      kuromoji.builder({ dicPath }).build((error, analyser) => {
        if (error)
          reject(new Error(`search: kuromoji could not load its dictionary from ${dicPath}: ${error instanceof Error ? error.message : String(error)}`));
        else resolve(analyser);
      }),
    );
  })();
  return loading;
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
      const reading = featuresOf(analyser, node)[8] ?? '';
      if (!katakana.test(reading)) return;
      const readings = [reading];
      const inRun = [path[i - 1], path[i + 1]].some((n) => n !== undefined && han.test(n.surface_form));
      if (isOneKanji(node.surface_form) && inRun)
        for (const other of lattice.nodes_end_at[node.start_pos + node.length - 1] ?? []) {
          if (readings.length > MAX_ALTERNATIVES) break;
          if (other.start_pos !== node.start_pos || other.surface_form !== node.surface_form) continue;
          const f = featuresOf(analyser, other);
          const r = f[8] ?? '';
          if (isCompoundPart(f) && katakana.test(r) && !readings.includes(r)) readings.push(r);
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
