// The dataset's settings (version, municipality, base IRI, licence, limits): one file, checked once at the edge.
// Environment overrides go through the same schema: merged into the file's settings, then parsed.
// Every setting is input: a text holds no hidden character (../characters.ts), a URL is an absolute
// https:// IRI (RFC 3987) that Turtle, N-Triples and HTML can carry as it is, a version is SemVer.
import { basename } from 'node:path';
import { z } from 'zod';
import { describeHidden, hasHidden, hiddenCharacters, showHidden } from './characters.ts';
import { iriProblem } from './iri.ts';
import type { Reporter } from './diagnostics.ts';
import { paths } from './paths.ts';
import { versionProblem } from './semver.ts';

/** Refuses a text that holds a hidden character: no control (not even a line end or TAB), format (zero-width, bidirectional) or separator character, no lone surrogate. */
export const noHidden = (value: string, ctx: z.RefinementCtx): void => {
  const found = hiddenCharacters(value);
  if (found.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: `holds ${describeHidden(found)}: a setting may hold no control (NUL, ESC, line end, TAB), zero-width, bidirectional-override or separator character; retype it`,
    });
};

/** A text setting. */
const text = () => z.string().superRefine(noHidden);

/** A hidden character is noHidden's to name; any other character an IRI may not hold is named here. */
export const isIri = (value: string, ctx: z.RefinementCtx): void => {
  const problem = hasHidden(value) ? undefined : iriProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** An absolute https:// URL with a host that is a valid IRI: what a published IRI or download link may be (never javascript:, data:, http:). */
const httpsUrl = () =>
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// URL with a host name' })
    .superRefine(noHidden)
    .superRefine(isIri)
    .regex(/^https:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/, 'must be an https:// URL without spaces, user name, query or fragment');

export const Config = z
  .object({
    $comment: text().optional(),
    version: text().superRefine((value, ctx) => {
      const problem = versionProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    issued: z.iso.date(),
    municipality: z.object({ code: z.string().regex(/^\d{6}$/), name: text().min(1), nameEn: text().min(1) }).strict(),
    baseIri: httpsUrl().regex(/\/$/, 'must end with / (IRIs are the base followed by a path, e.g. …/kpi/4-1-1)'),
    downloadBaseUrl: httpsUrl().regex(/[^/]$/, 'must not end with / (URLs are the base followed by /download/…)'),
    // GitHub Pages of the repository: the site at data/latest/site/, every version's files at data/vX.Y.Z/.
    pagesUrl: httpsUrl().regex(/\/$/, 'must end with / (the site is at …/data/latest/site/)'),
    license: z
      .object({
        id: text().min(1),
        title: text().min(1),
        titleEn: text().min(1),
        // Licence IRIs are often http:// (Creative Commons'); any web URL, never another scheme.
        url: z
          .url({ protocol: /^https?$/, hostname: z.regexes.domain })
          .superRefine(noHidden)
          .superRefine(isIri),
        attribution: text().min(1),
        derivationNote: text().min(1),
      })
      .strict(),
    contactPoint: z.object({ name: text().min(1), url: httpsUrl() }).strict(),
    maxSourceBytes: z.number().int().positive(),
  })
  .strict();
export type Config = z.infer<typeof Config>;

/** A reader-facing text of source.json: one line, no control or invisible character, a bounded length. */
const label = text().min(1).max(300);

/** A page someone looked at, and what a reader should be told it is. */
const CheckedPage = z.object({ label, url: httpsUrl() }).strict();

/**
 * The city's own page for the plan, as far as it was established, and the day it was checked: found (its URL),
 * or not found (what was searched, and the pages that were found, each labelled). Never a URL nobody saw.
 */
export const OfficialPage = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), url: httpsUrl(), checked: z.iso.date() }).strict(),
  z
    .object({
      status: z.literal('not-found'),
      checked: z.iso.date(),
      searched: label,
      known: z.array(CheckedPage).min(1).max(20),
      notThisPlan: z.array(CheckedPage).max(20).optional(),
    })
    .strict(),
]);
export type OfficialPage = z.infer<typeof OfficialPage>;

export const SourceInfo = z
  .object({
    title: text(),
    planTitle: text(),
    part: text(),
    publisher: text(),
    municipalityCode: text(),
    municipalityName: text(),
    period: z.object({ startFiscalYear: z.number().int(), endFiscalYear: z.number().int() }),
    visionPeriod: z.object({ startFiscalYear: z.number().int(), endFiscalYear: z.number().int() }),
    file: text(),
    sha256: text().regex(/^[0-9a-f]{64}$/),
    encoding: text(),
    provenance: text(),
    officialPage: OfficialPage.optional(),
  })
  .strict();
export type SourceInfo = z.infer<typeof SourceInfo>;

/** The settings the environment may override (the release workflow knows the repository it publishes from). */
export const environmentKeys = ['baseIri', 'downloadBaseUrl', 'pagesUrl'] as const satisfies readonly (keyof Config)[];

/** `baseIri` → `DATASET_BASE_IRI`: every override is named after its key. */
export const environmentName = (key: string): string => `DATASET_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/** One key of the settings at fault: its path, and its distinct complaints joined (zod may repeat one for each check that failed). */
export interface SettingIssue {
  path: PropertyKey[];
  key: string;
  message: string;
}

export const settingIssues = (issues: readonly z.core.$ZodIssue[]): SettingIssue[] => {
  const byKey = new Map<string, { path: PropertyKey[]; messages: Set<string> }>();
  for (const i of issues) {
    const key = showHidden(i.path.map(String).join('.')) || '(root)';
    const entry = byKey.get(key) ?? { path: i.path, messages: new Set<string>() };
    // A message may quote what it found (zod names unknown keys): shown, never raw.
    entry.messages.add(showHidden(i.message));
    byKey.set(key, entry);
  }
  return [...byKey].map(([key, e]) => ({ path: e.path, key, message: [...e.messages].join('; ') }));
};

/** `DATASET_*` variables that name no setting (a typo would otherwise be ignored in silence). */
export const unknownEnvironment = (env: Record<string, string | undefined>): string[] => {
  const known = new Set<string>(environmentKeys.map(environmentName));
  return Object.keys(env)
    .filter((name) => name.startsWith('DATASET_') && !known.has(name))
    .sort();
};

/**
 * The file's settings with every `DATASET_<KEY>` override merged in, parsed by the same schema as the
 * file, so an override obeys the same rules (https only, the base IRI's trailing slash). An override
 * that is set but empty is an error too: `DATASET_BASE_IRI=$UNSET` must not fall back in silence. Each
 * setting at fault is a cli:config error at the variable that set it, and the stages stop.
 */
export const applyEnvironment = (config: Config, env: Record<string, string | undefined>, report: Reporter): Config => {
  const overridden = environmentKeys.filter((key) => env[environmentName(key)] !== undefined);
  const merged: Record<string, unknown> = { ...config };
  for (const key of overridden) merged[key] = env[environmentName(key)];
  const parsed = Config.safeParse(merged);
  if (parsed.success) return parsed.data;
  const found = settingIssues(parsed.error.issues).map((issue) => {
    const fromEnv = overridden.find((k) => k === issue.path[0]);
    const value = fromEnv ? showHidden(JSON.stringify(env[environmentName(fromEnv)])) : undefined;
    return {
      place: { file: fromEnv ? `$${environmentName(fromEnv)}` : basename(paths.config), line: 0 },
      params: { key: issue.key, value, problem: issue.message },
    };
  });
  const last = found.pop()!;
  for (const f of found) report.error('cli:config', f.place, f.params);
  return report.fail('cli:config', last.place, last.params);
};
