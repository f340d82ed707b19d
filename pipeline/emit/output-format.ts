// What an output format is (one module each under emit/formats/, listed in emit/output-formats.ts): the files
// it writes, each with its kind (media type, EU file type, the standard it conforms to, a short label in
// Japanese and English), its title and description in both languages and the table it holds, if one; and the
// function that emits them from the validated model. The build runs the formats phase by phase — the data,
// then the descriptors that describe it (datapackage.json, the catalog), then the site, then the manifest and
// SHA256SUMS — each seeing every file emitted before it, described. The catalog, datapackage.json and the
// site's download lists read those descriptions: nothing restates a format's media type or labels.
import type { Quad } from 'n3';
import type { Config, SourceInfo } from '../config.ts';
import type { LinkedIdentifiers } from '../linked-identifiers.ts';
import type { Model } from '../model/build.ts';
import type { QualityReport } from '../model/documents.ts';
import type { Links } from '../model/links.ts';
import type { TableName, Texts } from '../tables/registry.ts';
import type { BuiltContent, Digest } from './checksums.ts';
import type { Analyser } from './site/search-readings.ts';

/** A JSON Schema document, as committed in schemas/. */
export type JsonSchema = Record<string, unknown>;

/** The build's provenance: its settings, the source as source.json states it, and the SHA-256 of the text actually built. */
export interface Provenance {
  config: Config;
  source: SourceInfo;
  sha256: string;
  /** The IRIs of other publishers the linked data links to (sources/linked-identifiers.json); absent: those links are left out. */
  identifiers?: LinkedIdentifiers | undefined;
}

/** Everything a format emits from: the validated model, its links resolved once, and what the build found. */
export interface EmitInput {
  model: Model;
  links: Links;
  provenance: Provenance;
  qualityReport: QualityReport;
  /** The plan text as the parsers read it, by line (for the site's source page). */
  lines: readonly { line: number; text: string }[];
  /** The pages of the text whose printed number survived (parse/printed-pages.ts), for the site's source references. */
  printedPages: readonly { page: number; firstLine: number; lastLine: number }[];
  /** The committed JSON Schemas (schemas/), by file stem: published as they are. */
  schemas: ReadonlyMap<string, JsonSchema>;
  /** Gives the site's search the Japanese analyser it reads kanji with: loaded for the index and let go (search-readings.ts). */
  japaneseAnalyser: () => Promise<Analyser>;
}

/** The kind of a published file: how the catalog, datapackage.json and the site type and name it. */
export interface FileKind {
  /** IANA media type. */
  mediaType: string;
  /** Its code in the EU file-type list (DCAT-AP's dct:format). */
  fileType: string;
  /** The specification the file conforms to, when one says more than its media type. */
  conformsTo?: string;
  /** A short name of the kind, for a download link (CSV, BOM付きCSV, JSON Schema, …). */
  label: Texts;
}

/** A file a format emitted, described. */
export interface Emitted {
  /** Path under dist/. */
  path: string;
  /** Held, or (a site file of a build given a spill) already written out of memory: see emitOutputs. */
  content: BuiltContent;
  kind: FileKind;
  /** What the file is of: a table's title, 計画全体 (the whole plan), … */
  subject: Texts;
  title: Texts;
  description: Texts;
  /** What a person must know before opening the file the usual way (the site shows it beside the file's link). */
  caveat?: Texts;
  /** The table the file holds, when it holds one. */
  table?: TableName;
  /** The JSON value the file serialises, checked against its committed schema before anything is written. */
  document?: unknown;
  /**
   * How datapackage.json lists the file: as the table resource of its table (a CSV, with its Table Schema), or
   * as a file resource (a typed copy of every table); absent: not listed.
   */
  resource?: 'table' | 'file';
  /** Whether the DCAT catalog lists it as a distribution (the data and its descriptors are; the site's pages are not). */
  distribution: boolean;
  /**
   * A linked-data file (.jsonld, .ttl) its format has read back from the text written (emit/rdf.ts, emit/turtle.ts);
   * the build reads back every other one before anything is published (issue 22 §4).
   */
  readBack?: true;
  /** The quads a linked-data file read back as (from the text written), for the formats after it that publish parts of its graph. */
  quads?: readonly Quad[];
}

/** The files emitted before a format runs, described, with the build's digest of each. */
export interface SoFar {
  files: ReadonlyMap<string, Emitted>;
  digest: Digest;
}

/** The build's phases, in order: each format sees every file of the phases before its own, and of the formats before it in its phase. */
export const phases = ['data', 'descriptors', 'site', 'checksums'] as const;
export type Phase = (typeof phases)[number];

export interface OutputFormat {
  name: string;
  phase: Phase;
  /**
   * The files, as a list or one at a time (a generator): a format of the site yields each file as it is made, so
   * that a build given a spill never holds them all (issue 23 §2).
   */
  emit(input: EmitInput, soFar: SoFar): Iterable<Emitted> | AsyncIterable<Emitted> | Promise<Iterable<Emitted>>;
}

/** `<text>（<format>）` in Japanese, `<text> (<format>)` in English: a file's title from its subject and its kind. */
export const titled = (subject: Texts, kind: FileKind): Texts => ({ ja: `${subject.ja}（${kind.label.ja}）`, en: `${subject.en} (${kind.label.en})` });

/** `062022_<name>`: the stem of every file of one table or of the whole plan. */
export const fileStem = (municipalityCode: string, name: string): string => `${municipalityCode}_${name}`;

/** The whole plan as the subject of a file's title. */
export const wholePlan: Texts = { ja: '計画全体', en: 'The whole plan' };
