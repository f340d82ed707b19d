// The whole pipeline as one function: source bytes → decoded text → lines → sections → entities →
// validated model → emitted files. No I/O: the CLI reads the inputs and writes what this returns. Every
// stage reports into one Reporter; the build stops after the first stage that found errors.
import { basename } from 'node:path';
import type { Config, SourceInfo } from './config.ts';
import type { LinkedIdentifiers } from './linked-identifiers.ts';
import { Reporter, runStages, type Diagnostic } from './diagnostics.ts';
import { sha256Hex } from './sha256.ts';
import { digester } from './emit/checksums.ts';
import { bytesOf, factsOf, type FileContent, isSpilled, type Spill, type Spilled } from './file-content.ts';
import { noteFormulaCells } from './emit/csv.ts';
import type { EmitInput, Emitted, JsonSchema, Provenance } from './emit/output-format.ts';
import { outputFormats } from './emit/output-formats.ts';
import { LinkedDataError, quadsOfJsonLdText } from './emit/rdf.ts';
import { parseTurtle } from './emit/turtle.ts';
import { toQualityReport } from './emit/quality-report.ts';
import { type Analyser, loadJapaneseAnalyser } from './emit/site/search-readings.ts';
import { warmSqlite } from './emit/sqlite.ts';
import { checkXlsxLimits } from './emit/xlsx.ts';
import { buildModel, type Model } from './model/build.ts';
import { linksOf } from './model/links.ts';
import { splitLines, type SourceLine } from './parse/lines.ts';
import { normaliseLines } from './parse/normalise-lines.ts';
import { printedPages } from './parse/printed-pages.ts';
import { parseCuratedSdgLinks } from './parse/curated-sdg-links.ts';
import { parseIndicatorActuals } from './parse/curated-actuals.ts';
import { parseGoalPage } from './parse/goal-pages.ts';
import { parsePolicyPage } from './parse/policy-pages.ts';
import { parsePolicySystem } from './parse/policy-system.ts';
import { parseSdgTable } from './parse/sdg-table.ts';
import { parseChapter1 } from './parse/projects.ts';
import { segment } from './parse/sections.ts';
import { checkCuratedText } from './read/curated-text.ts';
import { decodeSource } from './read/decode.ts';
import { validateDocuments } from './validate/emitted.ts';
import { checkIntegrity } from './validate/integrity.ts';
import { validateRows } from './validate/model.ts';
import { checkPages } from './validate/pages.ts';
import { checkPlausibility, type PlanPeriod } from './validate/plausibility.ts';

export interface BuildInput {
  bytes: Uint8Array;
  /** How diagnostics name the source file. */
  file: string;
  config: Config;
  source: SourceInfo;
  /** The committed JSON Schemas (schemas/), by file stem. */
  schemas: ReadonlyMap<string, JsonSchema>;
  schemaDir: string;
  /** The IRIs of other publishers the linked data links to (sources/linked-identifiers.json), when the repository has them. */
  identifiers?: LinkedIdentifiers | undefined;
  /** Curated supplements from sources/, as text (absent ones are empty). */
  curated: { sdgLinks: { file: string; text: string } | undefined; indicatorActuals?: { file: string; text: string } | undefined };
  /**
   * Where the site's files go as each is made, instead of being held to the end (the CLI gives one: issue 23 §2);
   * absent, every file is held. The data files are always held: they are checked, compared and described.
   */
  spill?: Spill | undefined;
  /** Where the site's search gets its Japanese analyser; by default loaded for this build alone (search-readings.ts). */
  japaneseAnalyser?: (() => Promise<Analyser>) | undefined;
}

export interface BuildResult {
  ok: boolean;
  /** Relative path under dist/ → file content (text, or bytes for the SQLite database and the workbook). Empty when not ok. */
  files: Map<string, FileContent>;
  /** The files written out of memory as they were made (a build given a spill): path under dist/ → where they lie. */
  spilled: Map<string, Spilled>;
  /** Everything the stages reported, in the order reported. */
  diagnostics: Diagnostic[];
  model?: Model;
}

export interface ParsedModel {
  model: Model;
  /** The source's lines, for the site's source pages. */
  lines: SourceLine[];
}

/**
 * Source text → model. `period` is the plan's span (source.json): KPI years outside it are errors; without
 * it only their order is checked. Stops (runStages) at the first stage that found errors.
 */
export const parseModel = (
  bytes: Uint8Array,
  file: string,
  config: Config,
  curated: BuildInput['curated'],
  period: PlanPeriod | undefined,
  report: Reporter,
): ParsedModel => {
  const text = decodeSource(bytes, { file, maxBytes: config.maxSourceBytes }, report);
  const lines = splitLines(text, file, report);
  // An overlong line is refused before any parser runs: one error, not one per stage.
  report.stopOnErrors();
  // The parsers read spaces, dashes and bullets as what they stand for; the site shows the lines as written.
  const sections = segment(normaliseLines(lines, file, report), file, report);
  const policySystem = parsePolicySystem(sections.chapter2, file, report);
  const pillarNames = new Map(policySystem.pillars.map((p) => [`${p.goal}-${p.policy}-${p.number}`, p.name]));
  const chapter1 = parseChapter1(sections.chapter1, file, report, pillarNames);
  const sdgTable = parseSdgTable(sections.sdgTable, file, report);
  const goalPages = sections.goalPages.map((p) =>
    parseGoalPage(
      p,
      file,
      report,
      policySystem.policies.filter((x) => x.goal === p.goal).map((x) => x.name),
    ),
  );
  const policyPages = sections.policyPages.map((p) => parsePolicyPage(p, file, report));
  // A curated file's hidden characters are errors at their line and column, named with its parser's findings.
  if (curated.sdgLinks) checkCuratedText(curated.sdgLinks.text, curated.sdgLinks.file, report);
  const sdgLinks = curated.sdgLinks ? parseCuratedSdgLinks(curated.sdgLinks.text, curated.sdgLinks.file, report) : [];
  report.stopOnErrors();
  checkPages(policySystem, goalPages, policyPages, file, report);
  checkPlausibility(chapter1, policyPages, period, file, report);
  report.stopOnErrors();
  // The curated actuals are read only now: a bad row does not stop the build before the rows that parsed
  // are checked against the KPIs, so one build names every bad row at once.
  if (curated.indicatorActuals) checkCuratedText(curated.indicatorActuals.text, curated.indicatorActuals.file, report);
  const actuals = curated.indicatorActuals ? parseIndicatorActuals(curated.indicatorActuals.text, curated.indicatorActuals.file, report) : [];
  const model = buildModel(
    {
      chapter1,
      policySystem,
      goalPages,
      policyPages,
      sdgTable,
      curatedSdgLinks: sdgLinks,
      curatedFile: curated.sdgLinks?.file ?? 'sources/sdg-links.csv',
      curatedActuals: actuals,
      actualsFile: curated.indicatorActuals?.file ?? 'sources/indicator-actuals.csv',
    },
    config.municipality,
    file,
    report,
  );
  report.stopOnErrors();
  validateRows(model.tables, file, report);
  report.stopOnErrors();
  checkIntegrity(model.tables, file, report);
  return { model, lines };
};

export const build = async (input: BuildInput): Promise<BuildResult> => {
  const { config, source, file } = input;
  warmSqlite();
  const report = new Reporter();
  const checked = runStages(report, () => {
    const parsed = parseModel(input.bytes, file, config, input.curated, source.period, report);
    report.stopOnErrors();
    const { model } = parsed;
    noteFormulaCells(model, file, report);
    // What the workbook cannot hold fails the build here, at the record's line, before anything is emitted.
    checkXlsxLimits(model, file, report);
    report.stopOnErrors();

    const provenance: Provenance = { config, source, sha256: sha256Hex(input.bytes), identifiers: input.identifiers };
    // The report names files by their name under sources/, not by the path the CLI was given, so it is the
    // same on every machine: the plan text as source.json names it, a curated supplement by its file name.
    const reportDiagnostics = report.diagnostics.map((d) => ({ ...d, file: d.file === file ? source.file : basename(d.file) }));
    return { ...parsed, provenance, qualityReport: toQualityReport(reportDiagnostics, provenance) };
  });
  if (!checked) return { ok: false, files: new Map(), spilled: new Map(), diagnostics: report.diagnostics };
  const { model, lines, provenance, qualityReport } = checked;
  const emitInput: EmitInput = {
    model,
    links: linksOf(model.tables),
    provenance,
    qualityReport,
    lines,
    printedPages: printedPages(lines),
    schemas: input.schemas,
    japaneseAnalyser: input.japaneseAnalyser ?? loadJapaneseAnalyser,
  };
  const checkDocuments = (files: ReadonlyMap<string, Emitted>): boolean => {
    const documents = new Map([...files.values()].flatMap((f) => (f.document === undefined ? [] : [[f.path.replace(/\.json$/, ''), f.document] as const])));
    return (
      runStages(report, () => {
        validateDocuments(documents, input.schemaDir, report);
        report.stopOnErrors();
        return true;
      }) === true
    );
  };
  let files: Map<string, Emitted> | undefined;
  try {
    files = await emitOutputs(emitInput, checkDocuments, input.spill);
  } catch (e) {
    // A linked-data file that does not read back as written: nothing is published (fail closed).
    if (!(e instanceof LinkedDataError)) throw e;
    report.error('emit:linked-data', { file: e.file, line: e.line }, { detail: e.reason });
    return { ok: false, files: new Map(), spilled: new Map(), diagnostics: report.diagnostics };
  }
  if (!files) return { ok: false, files: new Map(), spilled: new Map(), diagnostics: report.diagnostics };
  const held = new Map<string, FileContent>();
  const spilled = new Map<string, Spilled>();
  for (const [path, { content }] of files)
    if (isSpilled(content)) spilled.set(path, content);
    else held.set(path, content);
  return { ok: true, files: held, spilled, diagnostics: report.diagnostics, model };
};

/**
 * The output formats, phase by phase (emit/output-formats.ts), on a validated model: each sees the files before
 * it, described and digested once. After the data phase `dataChecked` sees the data files (the build checks every
 * JSON document against its committed schema there; nothing after that reports) and stops the emission when it
 * says no. Every linked-data file is read back (a LinkedDataError names the one that does not).
 * Given a `spill`, each file of the site goes to it as soon as its format yields it — read back first when it is
 * linked data, digested — and only its place and facts are kept: the site of a large plan is never held whole.
 */
export const emitOutputs = async (
  emitInput: EmitInput,
  dataChecked: (files: ReadonlyMap<string, Emitted>) => boolean = () => true,
  spill?: Spill,
): Promise<Map<string, Emitted> | undefined> => {
  const files = new Map<string, Emitted>();
  const digest = digester();
  let checked = false;
  for (const format of outputFormats) {
    if (format.phase !== 'data' && !checked) {
      if (!dataChecked(files)) return undefined;
      checked = true;
    }
    for await (const emitted of await format.emit(emitInput, { files, digest })) {
      if (files.has(emitted.path)) throw new Error(`build: ${format.name} emits ${emitted.path}, which another format emitted`);
      files.set(emitted.path, spill && format.phase === 'site' ? await spillOut(emitted, spill) : emitted);
    }
  }
  for (const f of files.values()) await readBack(f);
  return files;
};

/** A site file written out through `spill`, read back first when it is linked data: what is kept of it is where it lies and its facts. */
const spillOut = async (f: Emitted, spill: Spill): Promise<Emitted> => {
  if (isSpilled(f.content)) return f;
  await readBack(f);
  const bytes = bytesOf(f.content);
  return { ...f, content: { spilledTo: spill(f.path, bytes), facts: factsOf(f.path, bytes) }, readBack: true };
};

/**
 * A linked-data file its format did not read back itself is read back here, from the text written: a .jsonld by
 * jsonld.js in safe mode, a .ttl by n3's Parser (issue 22 §4). A LinkedDataError names the file.
 */
const readBack = async (f: Emitted): Promise<void> => {
  if (f.readBack || isSpilled(f.content) || !/\.(jsonld|ttl)$/.test(f.path)) return;
  const text = typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content);
  if (f.path.endsWith('.jsonld')) await quadsOfJsonLdText(text, f.path);
  else parseTurtle(text, f.path);
};
