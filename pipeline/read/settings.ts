// The repository's settings, read and checked with the schemas of config.ts: dataset.config.json and
// sources/source.json. Only the command-line edges (the build and release commands, npm run docs and
// schemas, the benches) call these, once each, and hand the values to the stages they run; no stage reads
// a file. What is wrong is reported, never thrown: a cli:config error at the file, line and key at fault.
import { lstatSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { Config, settingIssues, SourceInfo } from '../config.ts';
import { areaCodeProblem, LinkedIdentifiers } from '../linked-identifiers.ts';
import { formatDiagnostic, Reporter, runStages } from '../diagnostics.ts';
import { formatFirst } from '../diagnostics-limit.ts';
import { paths } from '../paths.ts';
import { exitStatusOf } from '../rules.ts';
import { readSettingsText } from './input-file.ts';
import { placeOfJsonError, placeOfKey } from './json-place.ts';

/** A path as a message shows it: relative to the working directory. */
const shownPath = (file: string): string => relative(process.cwd(), file) || file;

/**
 * A JSON settings file through its schema. A file that is not JSON, and each key at fault, is a cli:config
 * error at its line, and the stages stop. A failed read is thrown as the OS gave it (the command's edge
 * says cli:io).
 */
export const loadSettings = <S extends z.ZodType>(file: string, schema: S, report: Reporter, shown = shownPath(file)): z.infer<S> => {
  const text = readSettingsText(file, report, shown);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    report.fail('cli:config', { file: shown, ...placeOfJsonError(text, e) }, { notJson: (e as Error).message.split('\n')[0] ?? '' });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = settingIssues(parsed.error.issues);
  const last = issues.pop()!;
  for (const i of issues) report.error('cli:config', { file: shown, ...placeOfKey(text, i.path) }, { key: i.key, problem: i.message });
  return report.fail('cli:config', { file: shown, ...placeOfKey(text, last.path) }, { key: last.key, problem: last.message });
};

/** Without a reporter (the benches, the tests): the settings, or an Error whose message is the diagnostics as a command prints them. */
const standalone = <T>(load: (report: Reporter) => T): T => {
  const report = new Reporter();
  const value = runStages(report, () => load(report));
  if (value === undefined) throw new Error(report.diagnostics.map(formatDiagnostic).join('\n'));
  return value;
};

/** dataset.config.json (the version, the municipality, the IRIs, the licence). */
export const readConfig = (report?: Reporter, file: string = paths.config, shown?: string): Config =>
  report ? loadSettings(file, Config, report, shown) : standalone((r) => loadSettings(file, Config, r, shown));

/** sources/source.json (what the source text is, and its SHA-256). */
export const readSourceInfo = (report?: Reporter, file: string = paths.sourceInfo, shown?: string): SourceInfo =>
  report ? loadSettings(file, SourceInfo, report, shown) : standalone((r) => loadSettings(file, SourceInfo, r, shown));

/**
 * sources/linked-identifiers.json (the IRIs of other publishers the linked data links to), its municipality
 * checked against the configured one; undefined when the repository has no such file (the links are left out).
 */
export const readLinkedIdentifiers = (
  config: Pick<Config, 'municipality'>,
  report?: Reporter,
  file: string = paths.linkedIdentifiers,
  shown = shownPath(file),
): LinkedIdentifiers | undefined => {
  if (!lstatSync(file, { throwIfNoEntry: false })) return undefined;
  const load = (r: Reporter): LinkedIdentifiers => {
    const value = loadSettings(file, LinkedIdentifiers, r, shown);
    const problem = areaCodeProblem(value, config.municipality.code);
    if (problem)
      r.fail(
        'cli:config',
        { file: shown, ...placeOfKey(readSettingsText(file, r, shown), ['municipality', 'standardAreaCode']) },
        { key: 'municipality.standardAreaCode', problem },
      );
    return value;
  };
  return report ? load(report) : standalone(load);
};

/**
 * dataset.config.json for an npm script that needs nothing else (docs, schemas): the config, or its located
 * errors printed as every command prints them and the process ended with their exit status.
 */
export const readConfigOrExit = (): Config => {
  const report = new Reporter();
  const config = runStages(report, () => readConfig(report));
  if (config) return config;
  process.stderr.write(formatFirst(report.diagnostics));
  return process.exit(exitStatusOf(report.diagnostics));
};
