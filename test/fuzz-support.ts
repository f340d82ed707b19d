// What every fuzz and hostile-input test asserts of one build, whatever the input: the build returned
// (never threw); a successful build publishes only files that pass their published schema and records
// that point at lines the input has; a failed build publishes nothing and says where and why.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import Papa from 'papaparse';
import type { BuildResult } from '../pipeline/build.ts';
import { MANIFEST, parseManifest } from '../pipeline/manifest.ts';
import { rules } from '../pipeline/rules.ts';
import { createAjv } from '../pipeline/validate/standalone.ts';
import { buildBytes, textOf } from './helpers.ts';

/** The fixed seed of every property test, so CI runs replay exactly; a failure prints the path to shrink from. */
export const fuzzSeed = 20261124;

// Compiling ~23 schemas costs ~250 ms; a successful build publishes the same schema texts every time,
// so each distinct text is compiled once per process, all by one ajv: it compiles the draft 2020-12
// meta-schema (that every schema is checked against) once, not once per schema. The published schemas carry
// no $id, so they cannot collide in one instance (two texts with one $id would fail loudly, not pass).
const validators = new Map<string, ValidateFunction>();
let ajv: ReturnType<typeof createAjv> | undefined;
const validatorFor = (schemaText: string): ValidateFunction => {
  let v = validators.get(schemaText);
  if (!v) {
    ajv ??= createAjv();
    v = ajv.compile(JSON.parse(schemaText) as object);
    validators.set(schemaText, v);
  }
  return v;
};

// A successful build publishes mostly the texts the build before it published. Whether a JSON text passes a
// schema text (and the range of its rows' sourceLine), and whether a CSV text has a cell a spreadsheet would
// run, depend on those texts alone: each distinct pair or text is checked once per process, and a text seen
// again reuses its verdict (only passes are kept; the provenance range is still compared with this input).
const digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const validJson = new Map<string, { first: number; last: number }>();
const safeCsv = new Set<string>();

/** Lines the input has, counted as the pipeline counts them (LF, CRLF or CR ends a line). */
export const lineCount = (bytes: Uint8Array): number =>
  Buffer.from(bytes)
    .toString('utf8')
    .split(/\r\n|\r|\n/).length;

export const assertLocated = (result: BuildResult, what: string): void => {
  for (const d of result.diagnostics) {
    assert.ok(typeof d.file === 'string' && d.file !== '', `${what}: diagnostic without a file: ${JSON.stringify(d)}`);
    assert.ok(Number.isInteger(d.line) && d.line >= 0, `${what}: diagnostic without a line: ${JSON.stringify(d)}`);
    assert.ok(Number.isInteger(d.column) && d.column >= 0, `${what}: diagnostic with a bad column: ${JSON.stringify(d)}`);
    assert.ok(typeof d.reason === 'string' && d.reason.trim() !== '', `${what}: diagnostic without a reason: ${JSON.stringify(d)}`);
    assert.ok(Object.hasOwn(rules, d.ruleId), `${what}: diagnostic with a rule the catalogue lacks: ${JSON.stringify(d)}`);
    assert.equal(d.severity, rules[d.ruleId].severity, `${what}: a rule's severity is the catalogue's: ${JSON.stringify(d)}`);
  }
};

/** The contract of build() for any input; returns the result for further checks. */
export const assertBuildContract = (result: BuildResult, input: Uint8Array, what: string): BuildResult => {
  assertLocated(result, what);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.ok) {
    assert.ok(errors.length >= 1, `${what}: a failed build must say why (no error diagnostic)`);
    assert.equal(result.files.size, 0, `${what}: a failed build must publish nothing`);
    return result;
  }
  assert.equal(errors.length, 0, `${what}: ok with errors: ${errors.map((e) => e.reason).join('; ')}`);
  const lines = lineCount(input);
  // The build manifest lists exactly the files built, so the CLI can recognise its output later.
  assert.deepEqual(parseManifest(String(result.files.get(MANIFEST)))?.files, [...result.files.keys()].sort(), `${what}: ${MANIFEST} lists the files built`);
  // datapackage.json follows the Frictionless profile it names (checked in test/linked-datapackage.test.ts).
  const jsonFiles = [...result.files.keys()].filter((p) => p.endsWith('.json') && !p.startsWith('schemas/') && p !== 'datapackage.json');
  assert.ok(jsonFiles.length >= 11, `${what}: only ${jsonFiles.length} JSON files`);
  for (const path of jsonFiles) {
    const stem = path.slice(0, -'.json'.length);
    assert.ok(result.files.has(`schemas/${stem}.schema.json`), `${what}: no published schema for ${path}`);
    const schemaText = textOf(result.files, `schemas/${stem}.schema.json`);
    const documentText = textOf(result.files, path);
    const key = `${digest(schemaText)} ${digest(documentText)}`;
    let rows = validJson.get(key);
    if (!rows) {
      const validate = validatorFor(schemaText);
      const document: unknown = JSON.parse(documentText);
      assert.ok(validate(document), `${what}: ${path} breaks its schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      rows = { first: Infinity, last: -Infinity };
      if (Array.isArray(document)) {
        for (const row of document as { sourceLine?: unknown }[]) {
          if (typeof row.sourceLine === 'number') rows = { first: Math.min(rows.first, row.sourceLine), last: Math.max(rows.last, row.sourceLine) };
        }
      }
      validJson.set(key, rows);
    }
    // Provenance must be true: a record cannot come from a line the input does not have.
    if (rows.first <= rows.last)
      assert.ok(rows.first >= 1 && rows.last <= lines, `${what}: ${path} has rows from lines ${rows.first}–${rows.last} of ${lines}`);
  }
  for (const [path, text] of result.files) {
    if (!path.endsWith('.csv') || typeof text !== 'string') continue;
    const key = digest(text);
    if (safeCsv.has(key)) continue;
    // OWASP CSV injection, checked on the parsed cells independently of the emitter's own predicate.
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    for (const cell of rows.flat()) {
      assert.ok(
        !(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)),
        `${what}: ${path} has a cell a spreadsheet would run: ${JSON.stringify(cell.slice(0, 40))}`,
      );
    }
    safeCsv.add(key);
  }
  return result;
};

/** Builds the bytes in-process and checks the contract; a throw fails the property with the input's size. */
export const buildAndCheck = async (bytes: Uint8Array, what: string): Promise<BuildResult> => {
  let result: BuildResult;
  try {
    result = await buildBytes(bytes);
  } catch (e) {
    assert.fail(`${what}: build() threw on ${bytes.length} bytes: ${(e as Error).stack ?? String(e)}`);
  }
  return assertBuildContract(result, bytes, what);
};
