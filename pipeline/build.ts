// The whole pipeline as one function: source bytes → decoded text → lines → sections → entities →
// validated model → emitted files. No I/O: the CLI reads the inputs and writes what this returns. Every
// stage reports into one Reporter; the build stops after the first stage that found errors.
import { basename } from 'node:path';
import type { Config, SourceInfo } from './config.ts';
import { Reporter, runStages, type Diagnostic } from './diagnostics.ts';
import { sha256Hex } from './sha256.ts';
import type { Digest, FileContent } from './emit/checksums.ts';
import { noteFormulaCells, toCsv, withBom } from './emit/csv.ts';
import { toPlan, type Provenance } from './emit/plan.ts';
import { withMetadata } from './emit/metadata.ts';
import { toSite, type SiteInput } from './emit/site/index.ts';
import { toQualityReport } from './emit/quality-report.ts';
import { fileStem, jsonText, sqliteFileName, xlsxFileName, type JsonSchema } from './emit/schemas.ts';
import { toSqlite, warmSqlite } from './emit/sqlite.ts';
import { checkXlsxLimits, toWorkbook } from './emit/xlsx.ts';
import { buildModel, type Model } from './model/build.ts';
import { tableNames, tables } from './model/registry.ts';
import { splitLines, type SourceLine } from './parse/lines.ts';
import { normaliseLines } from './parse/normalise-lines.ts';
import { parseCuratedSdgLinks } from './parse/curated-sdg-links.ts';
import { parseIndicatorActuals } from './parse/curated-actuals.ts';
import { parseGoalPage } from './parse/goal-pages.ts';
import { parsePolicyPage } from './parse/policy-pages.ts';
import { parsePolicySystem } from './parse/policy-system.ts';
import { parseSdgTable } from './parse/sdg-table.ts';
import { parseChapter1 } from './parse/projects.ts';
import { segment } from './parse/sections.ts';
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
  /** Curated supplements from sources/, as text (absent ones are empty). */
  curated: { sdgLinks: { file: string; text: string } | undefined; indicatorActuals?: { file: string; text: string } | undefined };
}

export interface BuildResult {
  ok: boolean;
  /** Relative path under dist/ → file content (text, or bytes for the SQLite database and the workbook). Empty when not ok. */
  files: Map<string, FileContent>;
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
  const sdgLinks = curated.sdgLinks ? parseCuratedSdgLinks(curated.sdgLinks.text, curated.sdgLinks.file, report) : [];
  report.stopOnErrors();
  checkPages(policySystem, goalPages, policyPages, file, report);
  checkPlausibility(chapter1, policyPages, period, file, report);
  report.stopOnErrors();
  // The curated actuals are read only now: a bad row does not stop the build before the rows that parsed
  // are checked against the KPIs, so one build names every bad row at once.
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

    const provenance: Provenance = { config, source, sha256: sha256Hex(input.bytes) };
    const code = config.municipality.code;
    const documents = new Map<string, unknown>();
    const files = new Map<string, FileContent>();
    for (const name of tableNames) {
      const stem = fileStem(code, name);
      const rows = model.tables[name] as Record<string, unknown>[];
      const csv = toCsv(tables[name].schema, rows);
      files.set(`${stem}.csv`, csv);
      files.set(`excel/${stem}.csv`, withBom(csv));
      documents.set(stem, rows);
    }
    documents.set(fileStem(code, 'plan'), toPlan(model, provenance));
    // The report names files by their name under sources/, not by the path the CLI was given, so it is the
    // same on every machine: the plan text as source.json names it, a curated supplement by its file name.
    const reportDiagnostics = report.diagnostics.map((d) => ({ ...d, file: d.file === file ? source.file : basename(d.file) }));
    const qualityReport = toQualityReport(reportDiagnostics, provenance);
    documents.set('quality-report', qualityReport);
    for (const [stem, value] of documents) files.set(`${stem}.json`, jsonText(value));
    validateDocuments(documents, input.schemaDir, report);
    report.stopOnErrors();
    return { ...parsed, provenance, files, qualityReport };
  });
  if (!checked) return { ok: false, files: new Map(), diagnostics: report.diagnostics };
  // Nothing below reports: every check ran above, and what follows emits from the validated model.
  const { model, lines, provenance, files, qualityReport } = checked;
  const code = config.municipality.code;
  // The committed schemas are self-contained (npm run schemas inlines every $ref) and published as they are.
  for (const [stem, schema] of input.schemas) files.set(`schemas/${stem}.schema.json`, jsonText(schema));
  // The typed copies of every table, from the validated model: one SQLite database, one workbook.
  files.set(sqliteFileName(code), await toSqlite(model, provenance));
  files.set(xlsxFileName(code), toWorkbook(model, provenance));
  // Last: linked data, datapackage.json, the DCAT catalog, then the site (its download lists name the
  // files the catalog describes), and SHA256SUMS over everything as written.
  const site = (described: ReadonlyMap<string, FileContent>, planJsonLd: SiteInput['planJsonLd'], digest: Digest) =>
    toSite({ model, config, source, sha256: provenance.sha256, report: qualityReport, lines, files: described, digest, planJsonLd });
  const all = await withMetadata(files, model, provenance, site);
  return { ok: true, files: all, diagnostics: report.diagnostics, model };
};
