// One Diagnostic type for every stage — a reason, a place and a rule of the catalogue (rules.ts) — and one
// Reporter that every stage is handed (vfile style): a stage reports what it finds and returns only its
// value. The reporter is a value passed in, never global; the edge that made it prints or publishes what
// it holds. One formatter prints diagnostics for every command.
import { type Message, type MessageParams, messageOf, rules, type RuleId, type RuleOf, type Severity } from './rules.ts';

export type { Message, RuleId, Severity };

export interface Diagnostic {
  /** What is wrong, and what was expected instead: the English of the rule's message template. */
  reason: string;
  /** The same in Japanese, from the same template: what the site and the commands show first. */
  reasonJa: string;
  /** File the place refers to (as given on the command line, or the source's name). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column (in characters); 0 when unknown. */
  column: number;
  /** `stage:rule`, a rule of the catalogue, e.g. `parse:goal-statement`. */
  ruleId: RuleId;
  /** The rule's severity (one rule, one severity). */
  severity: Severity;
  /** IDs of the published records the diagnostic concerns, for the quality report. */
  recordIds?: string[];
}

export interface Place {
  file: string;
  line: number;
  column?: number;
}

/** A diagnostic of a rule, with the rule's severity and a message its template made (messageOf). */
export const diagnostic = (ruleId: RuleId, place: Place, message: Message, recordIds?: readonly string[]): Diagnostic => ({
  reason: message.en,
  reasonJa: message.ja,
  file: place.file,
  line: place.line,
  column: place.column ?? 0,
  ruleId,
  severity: rules[ruleId].severity,
  ...(recordIds ? { recordIds: [...recordIds] } : {}),
});

/** Thrown by `fail` and `stopOnErrors`; only `runStages` of the same reporter catches it. */
class Stopped extends Error {
  constructor(readonly reporter: Reporter) {
    super('the stages stopped on an error');
  }
}

/** Where the stages of one run report; `diagnostics` in the order reported. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  #errors = 0;

  /** Adds a diagnostic made elsewhere (another reporter's, or one placed anew). */
  add(d: Diagnostic): void {
    this.diagnostics.push(d);
    if (d.severity === 'error') this.#errors += 1;
  }

  error<K extends RuleOf<'error'>>(ruleId: K, place: Place, params: MessageParams<K>, recordIds?: readonly string[]): void {
    this.add(diagnostic(ruleId, place, messageOf(ruleId, params), recordIds));
  }

  warning<K extends RuleOf<'warning'>>(ruleId: K, place: Place, params: MessageParams<K>, recordIds?: readonly string[]): void {
    this.add(diagnostic(ruleId, place, messageOf(ruleId, params), recordIds));
  }

  info<K extends RuleOf<'info'>>(ruleId: K, place: Place, params: MessageParams<K>, recordIds?: readonly string[]): void {
    this.add(diagnostic(ruleId, place, messageOf(ruleId, params), recordIds));
  }

  /** An error after which the stage cannot go on (nothing left to read): reported, and the stages stop. */
  fail<K extends RuleOf<'error'>>(ruleId: K, place: Place, params: MessageParams<K>, recordIds?: readonly string[]): never {
    this.error(ruleId, place, params, recordIds);
    throw new Stopped(this);
  }

  get errorCount(): number {
    return this.#errors;
  }

  hasErrors(): boolean {
    return this.#errors > 0;
  }

  /** Between stages: the next one runs only on input without errors. */
  stopOnErrors(): void {
    if (this.#errors > 0) throw new Stopped(this);
  }
}

/** Runs stages that report into `reporter`: their value, or undefined when they stopped (fail, stopOnErrors). */
export const runStages = <T>(reporter: Reporter, run: () => T): T | undefined => {
  try {
    return run();
  } catch (e) {
    if (e instanceof Stopped && e.reporter === reporter) return undefined;
    throw e;
  }
};

/** runStages for stages that await: a command's whole run. */
export const runStagesAsync = async <T>(reporter: Reporter, run: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Stopped && e.reporter === reporter) return undefined;
    throw e;
  }
};

/**
 * One stage (or a chain of them) run with a reporter of its own: its value (undefined when it stopped) and
 * what it reported — for the tests, the benches and any caller outside a build.
 */
export const collect = <T>(stage: (reporter: Reporter) => T): { value: T | undefined; diagnostics: Diagnostic[] } => {
  const reporter = new Reporter();
  const value = runStages(reporter, () => stage(reporter));
  return { value, diagnostics: reporter.diagnostics };
};

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** By file, line, column, then severity and rule, so output is stable. */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column ||
  severityRank[a.severity] - severityRank[b.severity] ||
  (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
  (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);

/** Sorted by file, line, column, then severity and rule, so output is stable. */
export const sortDiagnostics = (diagnostics: readonly Diagnostic[]): Diagnostic[] => [...diagnostics].sort(compareDiagnostics);

/** A message as a command prints it: Japanese first, the English beside it (last, before the rule id). */
export const bilingual = (m: Message): string => `${m.ja} ／ ${m.en}`;

/**
 * `file:line:column  severity  日本語 ／ English  (rule)` — the form editors and people can jump to. Every command
 * prints diagnostics so.
 */
export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.file}:${d.line}:${d.column}  ${d.severity}  ${bilingual({ ja: d.reasonJa, en: d.reason })}  (${d.ruleId})`;

/** A command's failure that has no place in a file (a refused option, a busy output): `日本語 ／ English  (rule)`. */
export const formatFailure = <K extends RuleId>(ruleId: K, params: MessageParams<K>): string => `${bilingual(messageOf(ruleId, params))}  (${ruleId})`;

/** A bug of ours, as every command prints it: what and where (its first line), never a stack trace. */
export const formatInternal = (e: unknown): string => {
  const message = e instanceof Error ? e.message : String(e);
  const place = { file: 'pipeline', line: 0 };
  return formatDiagnostic(diagnostic('cli:internal', place, messageOf('cli:internal', { detail: message.split('\n')[0] ?? '' })));
};
