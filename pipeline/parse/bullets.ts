// Bulleted statements (⚫ …) that the PDF broke over lines, sometimes two on one line. A bullet runs
// until the next bullet or the end of its block; each keeps the line it starts on.
import type { SourceLine } from './lines.ts';
import { joinLines } from './text.ts';

export interface Statement {
  /** The text as written, lines joined, ※ marks kept (the glossary needs them). */
  raw: string;
  line: number;
}

const bullet = /[⚫●•]/;

export const isBulleted = (l: SourceLine): boolean => bullet.test(l.text.trimStart().charAt(0));

/** Splits lines into bullets. Text before the first bullet continues the previous one (or is dropped when there is none, and reported by the caller). */
export const splitBullets = (lines: readonly SourceLine[]): { bullets: Statement[]; orphans: SourceLine[] } => {
  const bullets: { pieces: string[]; line: number }[] = [];
  const orphans: SourceLine[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const [before, ...starts] = l.text.split(bullet);
    if (before!.trim() !== '') {
      const last = bullets[bullets.length - 1];
      if (last) last.pieces.push(before!);
      else orphans.push(l);
    }
    for (const piece of starts) bullets.push({ pieces: [piece], line: l.line });
  }
  return { bullets: bullets.map((b) => ({ raw: joinLines(b.pieces), line: b.line })), orphans };
};
