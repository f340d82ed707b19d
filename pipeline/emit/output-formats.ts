// Every output format, in the order the build runs them (within each phase of output-format.ts). A format is
// one module of emit/formats/; listed here once, it is built, digested, listed in the catalog, the Data
// Package and the site's downloads as its module describes it.
import { buildManifest } from './formats/build-manifest.ts';
import { contextJsonLd } from './formats/context-jsonld.ts';
import { dataPackageJson } from './formats/datapackage-json.ts';
import { dcatCatalog } from './formats/dcat-catalog.ts';
import { entityData } from './formats/entity-data.ts';
import { jsonSchemas } from './formats/json-schemas.ts';
import { planJson } from './formats/plan-json.ts';
import { planJsonLd } from './formats/plan-jsonld.ts';
import { planSqlite } from './formats/plan-sqlite.ts';
import { planTurtle } from './formats/plan-turtle.ts';
import { planXlsx } from './formats/plan-xlsx.ts';
import { qualityReportJson } from './formats/quality-report-json.ts';
import { sha256sums } from './formats/sha256sums.ts';
import { siteCharts } from './formats/site-charts.ts';
import { siteHtml } from './formats/site-html.ts';
import { siteImagesFormat } from './formats/site-images.ts';
import { tableCsv } from './formats/table-csv.ts';
import { tableExcelCsv } from './formats/table-excel-csv.ts';
import { tableJson } from './formats/table-json.ts';
import { vocabTurtle } from './formats/vocab-turtle.ts';
import { type OutputFormat, phases } from './output-format.ts';

export const outputFormats: readonly OutputFormat[] = [
  tableCsv,
  tableExcelCsv,
  tableJson,
  planJson,
  qualityReportJson,
  // After the JSON files: each schema is titled as the file it validates.
  jsonSchemas,
  planSqlite,
  planXlsx,
  planJsonLd,
  // After the JSON-LD, whose quads it writes.
  planTurtle,
  contextJsonLd,
  vocabTurtle,
  dataPackageJson,
  // After datapackage.json, which it lists.
  dcatCatalog,
  // Before the pages, which link the charts' files and name the icons and cards in their heads.
  siteCharts,
  siteImagesFormat,
  siteHtml,
  // After the pages, beside each of which it writes the data of its entity.
  entityData,
  buildManifest,
  // Last: it covers every other file, the manifest too.
  sha256sums,
];

// The list is in phase order: a format never runs before one of an earlier phase.
for (let i = 1; i < outputFormats.length; i += 1)
  if (phases.indexOf(outputFormats[i]!.phase) < phases.indexOf(outputFormats[i - 1]!.phase))
    throw new Error(
      `output formats: ${outputFormats[i]!.name} (${outputFormats[i]!.phase}) is listed after ${outputFormats[i - 1]!.name} (${outputFormats[i - 1]!.phase})`,
    );
