// Shared by the linked-data tests: RDF read by consumers that are not ours — jsonld (offline, safe) turns
// our JSON-LD into N-Quads, n3 parses those and our Turtle, rdf-validate-shacl checks them against shapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import type { Config, SourceInfo } from '../pipeline/config.ts';
import type { LinkedIdentifiers } from '../pipeline/linked-identifiers.ts';
import { toPlanJsonLd } from '../pipeline/emit/jsonld.ts';
import type { Model } from '../pipeline/model/build.ts';
import { linksOf } from '../pipeline/model/links.ts';
import { toNQuadsOffline } from './jsonld-offline.ts';
import { config, identifiers, parsedModel, root, seedBytes } from './helpers.ts';

export const parseNQuads = (text: string): Quad[] => new Parser({ format: 'application/n-quads' }).parse(text);
export const parseTurtle = (text: string, baseIRI?: string): Quad[] => new Parser({ format: 'text/turtle', ...(baseIRI ? { baseIRI } : {}) }).parse(text);

/** A JSON-LD document as an RDF/JS store, through jsonld's offline, safe toRDF. */
export const storeOfJsonLd = async (doc: unknown): Promise<Store> => new Store(parseNQuads(await toNQuadsOffline(doc)));

export const shapesFile = (...path: string[]): string => readFileSync(join(root, 'schemas', ...path), 'utf8');

/**
 * Our plan shapes — the hand-written ones of schemas/shapes/plan.shacl.ttl and those of every table's records that
 * `npm run schemas` writes to records.shacl.ttl — are written relative to the dataset's base IRI, so they follow a
 * configured base.
 */
export const planShapes = (): Quad[] => ['plan.shacl.ttl', 'records.shacl.ttl'].flatMap((f) => parseTurtle(shapesFile('shapes', f), config.baseIri));
export const dcatApShapes = (...files: string[]): Quad[] => files.flatMap((f) => parseTurtle(shapesFile('vendor', 'dcat-ap-3.0.1', f)));

export interface Finding {
  severity: string;
  focusNode: string;
  path: string;
  message: string;
  shape: string;
}

export const validate = async (shapes: Quad[], data: Store): Promise<{ conforms: boolean; findings: Finding[] }> => {
  const report = await new SHACLValidator(new Store(shapes)).validate(data);
  const findings = report.results.map((r) => ({
    severity: r.severity?.value.replace(/^.*#/, '') ?? '',
    focusNode: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    message: r.message.map((m) => m.value).join('; '),
    shape: r.sourceShape?.value ?? '',
  }));
  return { conforms: report.conforms, findings };
};

let seed: Model | undefined;
/** The model of the committed source (without its files). */
export const seedModel = (): Model => {
  if (!seed) {
    const parsed = parsedModel(seedBytes(), 'sources/yonezawa-zenki-kihon-keikaku.txt', config, { sdgLinks: undefined });
    if (!parsed.model) throw new Error('the seed does not parse');
    seed = parsed.model;
  }
  return seed;
};

const healthDepartment = 'department-811cfd3de6';
const attractivenessDepartment = 'department-6ce3d395b0';
const head = (id: string) => ({ municipalityCode: '062022', id, municipalityName: '山形県米沢市' });

/** Three real KPIs, as the plan's policy pages give them (lines 967–989 and 2212–2214). */
export const kpiFixture: Model['tables']['indicators'] = [
  {
    ...head('kpi-4-1-1'),
    policyId: 'policy-4-1',
    order: 1,
    name: '特定健康診査の受診率（国保）',
    unit: '％',
    baselineValue: 49.3,
    baselineFiscalYear: 2023,
    baselineFiscalYearNotation: 'R5',
    baselineFiscalYearFromHeader: false,
    baselineNotation: '49.3％',
    targetValue: 60,
    targetCondition: '以上',
    targetFiscalYear: 2029,
    targetFiscalYearNotation: 'R11',
    targetFiscalYearFromHeader: false,
    targetNotation: '60％以上',
    departmentId: healthDepartment,
    departmentName: '健康課',
    sourceLine: 969,
  },
  {
    ...head('kpi-4-1-2'),
    policyId: 'policy-4-1',
    order: 2,
    name: '推定一日食塩摂取量',
    unit: 'ｇ',
    baselineValue: 9.7,
    baselineFiscalYear: 2023,
    baselineFiscalYearNotation: 'R5',
    baselineFiscalYearFromHeader: false,
    baselineNotation: '9.7ｇ',
    targetValue: 7,
    targetCondition: '未満',
    targetFiscalYear: 2029,
    targetFiscalYearNotation: 'R11',
    targetFiscalYearFromHeader: false,
    targetNotation: '7.0ｇ未満',
    departmentId: healthDepartment,
    departmentName: '健康課',
    sourceLine: 979,
  },
  {
    ...head('kpi-5-4-1'),
    policyId: 'policy-5-4',
    order: 1,
    name: '行政サービスのデジタル化に関する満足度',
    unit: null,
    baselineValue: 2.7,
    baselineFiscalYear: 2024,
    baselineFiscalYearNotation: 'R6',
    baselineFiscalYearFromHeader: true,
    baselineNotation: '2.7',
    targetValue: 3,
    targetCondition: null,
    targetFiscalYear: 2030,
    targetFiscalYearNotation: 'R12',
    targetFiscalYearFromHeader: true,
    targetNotation: '3.0',
    departmentId: attractivenessDepartment,
    departmentName: '魅力推進課',
    sourceLine: 2214,
  },
];

/** The seed model with the KPI fixture as its indicators table. */
export const modelWithKpis = (): Model => {
  const model = seedModel();
  const kept = new Set(kpiFixture.map((k) => k.id));
  // The uses of glossary terms in the other KPIs' names go with them.
  const usages = model.tables.glossary_usages.filter((u) => !u.recordId.startsWith('kpi-') || kept.has(u.recordId));
  return { ...model, tables: { ...model.tables, indicators: kpiFixture, glossary_usages: usages } };
};

/** A model's plan graph, its links resolved as the build resolves them (the curated identifiers of sources/ unless others are given). */
export const planJsonLdOf = (model: Model, config_: Config, source: SourceInfo, identifiers_: LinkedIdentifiers | undefined = identifiers) =>
  toPlanJsonLd(model, linksOf(model.tables), { config: config_, source, sha256: source.sha256, identifiers: identifiers_ });
