// RDF quads → Turtle, for readers who prefer it and tools that only take Turtle. n3's Writer escapes
// every literal; an IRI cannot be escaped in Turtle, so one that RFC 3987 does not allow is refused
// (../iri.ts), and a comment line cannot hold a line break. What is written is read back with n3's
// Parser before it is published: the very triples, in order, or the build fails (LinkedDataError).
import { Parser, Writer, type Quad } from 'n3';
import { escapeHiddenWith, hasHidden, turtleEscape } from '../characters.ts';
import { absoluteIriProblem } from '../iri.ts';
import { LinkedDataError } from './rdf.ts';

const key = (q: Quad): string =>
  `${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.termType === 'NamedNode' && q.predicate.value.endsWith('#type') ? '' : q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}`;

/** `# text` lines: a comment ends at a line break, so a text holding one (or any hidden character) is refused. */
const commentLines = (comments: readonly string[], file: string): string =>
  comments
    .map((text) => {
      if (hasHidden(text)) throw new LinkedDataError(file, `a comment would hold a line break or another hidden character: ${JSON.stringify(text)}`);
      return `# ${text}\n`;
    })
    .join('');

/** Every IRI of the quads checked, each distinct IRI once (a predicate or a class recurs in thousands of quads). */
const checkIris = (quads: readonly Quad[], file: string): void => {
  const checked = new Set<string>();
  for (const q of quads)
    for (const term of [q.subject, q.predicate, q.object, ...(q.object.termType === 'Literal' ? [q.object.datatype] : [])]) {
      if (term.termType !== 'NamedNode' || checked.has(term.value)) continue;
      const problem = absoluteIriProblem(term.value);
      if (problem) throw new LinkedDataError(file, `the IRI ${JSON.stringify(term.value)} ${problem}; Turtle cannot carry it`);
      checked.add(term.value);
    }
};

/** The triples of a Turtle file as n3's Parser reads them (blank-node labels kept); refused Turtle is a LinkedDataError. */
export const parseTurtle = (text: string, file: string): Quad[] => {
  try {
    return new Parser({ format: 'text/turtle', blankNodePrefix: '' }).parse(text);
  } catch (e) {
    const line = /on line (\d+)/.exec((e as Error).message)?.[1];
    throw new LinkedDataError(file, `n3's Turtle parser refuses what was written: ${(e as Error).message}`, line ? Number(line) : 0);
  }
};

/** What n3's Parser reads back from `text` must be `written`, triple for triple and in order. */
const readBack = (text: string, written: readonly Quad[], file: string): void => {
  const read = parseTurtle(text, file);
  const differs = read.length === written.length ? read.findIndex((q, i) => !q.equals(written[i]!)) : Math.min(read.length, written.length);
  if (differs >= 0)
    throw new LinkedDataError(file, `reads back as ${read.length} triples, not the ${written.length} written (the first that differs: number ${differs + 1})`);
};

/**
 * The quads as the Turtle file `file`, with the given prefixes and `# ` comment lines above them; subjects
 * sorted (blank nodes last), rdf:type first, so the output is stable.
 */
export const toTurtle = async (quads: readonly Quad[], prefixes: Record<string, string>, file: string, comments: readonly string[] = []): Promise<string> => {
  const header = commentLines(comments, file);
  // Each quad's key is built once, not at every comparison (twice each, ~n log n times).
  const sorted = quads
    .map((q) => ({ q, k: key(q) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ q }) => q);
  checkIris(sorted, file);
  const writer = new Writer({ prefixes });
  for (const q of sorted) writer.addQuad(q);
  const body = await new Promise<string>((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
  // A hidden character (a bidirectional override, a zero-width space) can only be in a literal here (an IRI and
  // a comment refuse one): written as a \u escape, the same value, so no reader's display is turned by the bytes.
  const text = `${header}${escapeHiddenWith(body, turtleEscape)}`;
  readBack(text, sorted, file);
  return text;
};
