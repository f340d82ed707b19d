// A small writer of Office Open XML workbooks (.xlsx, ECMA-376 SpreadsheetML): typed cells (shared strings,
// numbers, booleans; null is no cell at all), a bold frozen header row with an autofilter, column widths,
// and document properties. Zipped with fflate at fixed timestamps, so the same sheets give the same bytes.
// Knows nothing of our tables: pipeline/emit/xlsx.ts says what goes in.
import { zipSync, type Zippable } from 'fflate';

export type CellValue = string | number | boolean | null;

export interface SheetSpec {
  /** 1–31 characters, none of \ / ? * [ ] : (Excel's rules); unique in the workbook, ignoring case. */
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** Width of each column, in characters of the default font. */
  widths: readonly number[];
  /** The first row is a header: bold, frozen while scrolling. */
  header: boolean;
  /** An autofilter over the table below the header (default: when there is a header). */
  filter?: boolean;
  /** Wrap long text in every cell (for prose sheets). */
  wrap?: boolean;
}

interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
  language: string;
  /** W3CDTF date-time, e.g. 2026-11-24T00:00:00Z: both created and modified, so the bytes stay the same. */
  date: string;
}

/** Excel's limits: characters in a cell, rows and columns in a sheet, characters in a sheet name. */
export const xlsxLimits = { cellCharacters: 32_767, rows: 1_048_576, columns: 16_384, sheetName: 31 } as const;

const forbiddenInSheetName = /[\\/?*[\]:]/;

/** Why Excel would refuse a sheet name, or undefined when it accepts it. */
export const sheetNameProblem = (name: string): string | undefined => {
  if (name.length === 0 || name.length > xlsxLimits.sheetName) return `has ${name.length} characters; a sheet name has 1–${xlsxLimits.sheetName}`;
  if (forbiddenInSheetName.test(name)) return 'holds one of \\ / ? * [ ] :';
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with '";
  if (name.toLowerCase() === 'history') return 'is History, a name Excel keeps for itself';
  return undefined;
};

// ── XML text ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Text as XML character data. XML 1.0 cannot carry most control characters, so SpreadsheetML writes them as
 * `_xHHHH_`; a literal `_xHHHH_` in the text is therefore written with its underscore escaped (`_x005F_`),
 * or Excel would decode it into a character that is not in the data.
 */
const xmlText = (text: string): string =>
  text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );

const preserved = (text: string): string => (/^\s|\s$|\n|\t/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`);

/** A: 0 → A, 25 → Z, 26 → AA. */
const columnLetters = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** A number as SpreadsheetML stores it (xsd:double): shortest round-trip form. */
const numberText = (n: number): string => {
  if (!Number.isFinite(n)) throw new Error(`xlsx: ${n} is not a number a cell can hold`);
  return String(n).replace('e+', 'E+').replace('e-', 'E-');
};

// ── parts ───────────────────────────────────────────────────────────────────────────────────────────────

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ns = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

// Cell formats (cellXfs): 0 General; 1 bold header, text; 2 text (@) so an edited code stays text; 3 wrapped text.
const styles = `${xmlHeader}<styleSheet xmlns="${ns.main}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;
const style = { general: 0, header: 1, text: 2, wrapped: 3 } as const;

class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;
  indexOf(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si>${preserved(t)}</si>`).join('');
    return `${xmlHeader}<sst xmlns="${ns.main}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

const cellXml = (ref: string, value: CellValue, headerRow: boolean, wrap: boolean, strings: SharedStrings): string => {
  if (value === null) return '';
  if (typeof value === 'string')
    return `<c r="${ref}" s="${headerRow ? style.header : wrap ? style.wrapped : style.text}" t="s"><v>${strings.indexOf(value)}</v></c>`;
  const s = headerRow ? ` s="${style.header}"` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
};

const lastRef = (sheet: SheetSpec): string =>
  `${columnLetters(Math.max(1, sheet.widths.length, ...sheet.rows.map((r) => r.length)) - 1)}${Math.max(1, sheet.rows.length)}`;

const sheetXml = (sheet: SheetSpec, selected: boolean, strings: SharedStrings): string => {
  const pane = sheet.header
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((v, c) => cellXml(`${columnLetters(c)}${r + 1}`, v, sheet.header && r === 0, sheet.wrap === true, strings)).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const filter = hasFilter(sheet) ? `<autoFilter ref="A1:${lastRef(sheet)}"/>` : '';
  return `${xmlHeader}<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}"><dimension ref="A1:${lastRef(sheet)}"/><sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
};

const hasFilter = (sheet: SheetSpec): boolean => sheet.filter ?? sheet.header;
const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const absoluteRef = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

const workbookXml = (sheets: readonly SheetSpec[]): string => {
  const entries = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const filters = sheets
    .map((s, i) =>
      hasFilter(s)
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quotedSheet(s.name)}!$A$1:${absoluteRef(lastRef(s))}`)}</definedName>`
        : '',
    )
    .join('');
  return `${xmlHeader}<workbook xmlns="${ns.main}" xmlns:r="${ns.rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${entries}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`;
};

const workbookRels = (sheets: readonly SheetSpec[]): string => {
  const n = sheets.length;
  const rels = [
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns.rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rId${n + 1}" Type="${ns.rel}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${ns.rel}/sharedStrings" Target="sharedStrings.xml"/>`,
  ];
  return `${xmlHeader}<Relationships xmlns="${ns.pkgRel}">${rels.join('')}</Relationships>`;
};

const contentTypes = (sheets: readonly SheetSpec[]): string => {
  const sml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${sml}.sheet.main+xml"/>`,
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sml}.worksheet+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="${sml}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${sml}.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  return `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
};

const rootRels = `${xmlHeader}<Relationships xmlns="${ns.pkgRel}"><Relationship Id="rId1" Type="${ns.rel}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${ns.rel}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const coreXml = (p: WorkbookProperties): string =>
  `${xmlHeader}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `<dc:title>${xmlText(p.title)}</dc:title><dc:subject>${xmlText(p.subject)}</dc:subject><dc:creator>${xmlText(p.creator)}</dc:creator><cp:keywords>${xmlText(p.keywords)}</cp:keywords><dc:description>${xmlText(p.description)}</dc:description><dc:language>${xmlText(p.language)}</dc:language>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${xmlText(p.date)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${xmlText(p.date)}</dcterms:modified></cp:coreProperties>`;

const appXml = (sheets: readonly SheetSpec[], application: string): string =>
  `${xmlHeader}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${xmlText(application)}</Application>` +
  `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
  `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;

/** Zip entries get this time (the earliest a zip holds), built from local parts because zip stores local time. */
const fixedTime = new Date(1980, 0, 1, 0, 0, 0);

/** The workbook's bytes. Throws on a sheet Excel would refuse: callers check their data first (xlsx.ts). */
export const toXlsx = (sheets: readonly SheetSpec[], properties: WorkbookProperties, application: string): Uint8Array => {
  const seen = new Set<string>();
  for (const s of sheets) {
    const problem = sheetNameProblem(s.name);
    if (problem) throw new Error(`xlsx: sheet name ${s.name} ${problem}`);
    if (seen.has(s.name.toLowerCase())) throw new Error(`xlsx: two sheets are named ${s.name}`);
    seen.add(s.name.toLowerCase());
    if (s.rows.length > xlsxLimits.rows) throw new Error(`xlsx: sheet ${s.name} has ${s.rows.length} rows; a sheet holds ${xlsxLimits.rows}`);
    for (const row of s.rows) {
      if (row.length > xlsxLimits.columns)
        throw new Error(`xlsx: sheet ${s.name} has a row of ${row.length} cells; a sheet holds ${xlsxLimits.columns} columns`);
      for (const v of row)
        if (typeof v === 'string' && v.length > xlsxLimits.cellCharacters)
          throw new Error(`xlsx: sheet ${s.name} has a cell of ${v.length} characters; a cell holds ${xlsxLimits.cellCharacters}`);
    }
  }
  const strings = new SharedStrings();
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes(sheets)],
    ['_rels/.rels', rootRels],
    ['docProps/app.xml', appXml(sheets, application)],
    ['docProps/core.xml', coreXml(properties)],
    ['xl/workbook.xml', workbookXml(sheets)],
    ['xl/_rels/workbook.xml.rels', workbookRels(sheets)],
    ['xl/styles.xml', styles],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, i === 0, strings)]),
  ];
  // The shared strings are known only once every sheet is written.
  parts.push(['xl/sharedStrings.xml', strings.xml()]);
  const entries: Zippable = {};
  const encoder = new TextEncoder();
  for (const [path, xml] of parts) entries[path] = [encoder.encode(xml), { mtime: fixedTime, level: 6, os: 0, attrs: 0 }];
  return zipSync(entries);
};
