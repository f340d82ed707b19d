// Bulleted statements (⚫ …) that the PDF broke over lines, sometimes two on one line. A bullet runs
// until the next bullet or the end of its block; each keeps the line it starts on, the line of each ※
// mark in it, and where a line continued it after its sentence had ended (text that may not belong).
// Other bullet glyphs were read as ⚫ at the edge (normalise-lines.ts); ・ opening a line is read here, where
// the statement before tells a bullet (it has ended: 。) from a wrapped middle dot (it has not).
import type { Reporter } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';
import { joinLines, markLinesOf } from './text.ts';

export interface Statement {
  /** The text as written, lines joined, ※ marks kept (the glossary needs them). */
  raw: string;
  line: number;
  /** Line of each ※ in raw, in order (absent: every mark is on `line`). */
  markLines?: number[];
}

export interface BulletStatement extends Statement {
  /** Last line the statement continues on. */
  lastLine: number;
  /** The first line that continued the statement after a line that had ended its sentence, if any. */
  continuedAfterEnd?: number;
}

export const bullet = /[⚫●•]/;
export const bullets = /[⚫●•]/g;
/** A statement of the policy and goal pages ends its sentence: 。, or 。 then （再掲）. */
export const sentenceEnd = /。\s*(?:[（(]再掲[）)]\s*)?$/;

/** A （再掲） mark on a line of its own. */
export const restatedAlone = /^\s*[（(]再掲[）)]\s*$/;

export const isBulleted = (l: SourceLine): boolean => bullet.test(l.text.trimStart().charAt(0));

/** How many bullets start in a line. */
export const countBullets = (text: string): number => (text.match(bullets) ?? []).length;

/** Whether a statement ends its sentence as every statement of the plan's pages does. */
export const endsSentence = (text: string): boolean => sentenceEnd.test(text);

/** A middle dot opening a line: a bullet where the statement before has ended, else a wrapped ・ of its text. */
export const dotAtStart = /^(\s*)・/;

/**
 * Splits lines into bullets. Text before the first bullet continues the previous one (or is dropped when there
 * is none, and reported by the caller). `dotBullets`: the lines whose opening ・ was read as a bullet.
 */
export const splitBullets = (lines: readonly SourceLine[]): { bullets: BulletStatement[]; orphans: SourceLine[]; dotBullets: number[] } => {
  const out: { pieces: { text: string; line: number }[]; line: number; continuedAfterEnd?: number }[] = [];
  const orphans: SourceLine[] = [];
  const dotBullets: number[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const last = out[out.length - 1];
    let text = l.text;
    if (dotAtStart.test(text) && (!last || endsSentence(last.pieces[last.pieces.length - 1]!.text))) {
      text = text.replace(dotAtStart, '$1⚫');
      dotBullets.push(l.line);
    }
    const [before, ...starts] = text.split(bullet);
    if (before!.trim() !== '') {
      const last = out[out.length - 1];
      if (last) {
        // A wrapped （再掲） mark may follow the sentence's 。 on a line of its own.
        const previous = last.pieces[last.pieces.length - 1]!.text;
        if (last.continuedAfterEnd === undefined && endsSentence(previous) && !restatedAlone.test(before!)) last.continuedAfterEnd = l.line;
        last.pieces.push({ text: before!, line: l.line });
      } else orphans.push(l);
    }
    for (const piece of starts) out.push({ pieces: [{ text: piece, line: l.line }], line: l.line });
  }
  return {
    bullets: out.map((b) => ({
      raw: joinLines(b.pieces.map((p) => p.text)),
      line: b.line,
      lastLine: b.pieces[b.pieces.length - 1]!.line,
      markLines: markLinesOf(b.pieces),
      ...(b.continuedAfterEnd !== undefined ? { continuedAfterEnd: b.continuedAfterEnd } : {}),
    })),
    orphans,
    dotBullets,
  };
};

/** The lines whose opening ・ splitBullets read as a bullet, said in the quality report. */
export const reportDotBullets = (lines: readonly number[], file: string, report: Reporter): void => {
  for (const line of lines) report.info('parse:normalised-bullet', { file, line }, { line: true });
};
