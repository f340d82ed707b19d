// sources/linked-identifiers.json: the identifiers of other publishers the linked data links to — the
// municipality's IRI in e-Stat's statistical LOD, and the pattern of the UN's SDG goal IRIs — each with where
// it is documented and the date it was checked. Curated by a person, never fetched by the build: an IRI is
// derived from its publisher's documented pattern and checked against it here. The file is input like the
// settings (read/settings.ts): a regular file inside the repository, bounded, no hidden character in any text.
// Without the file, or without an entry, the link is left out of the graph (docs/linked-data.md, Links out).
import { z } from 'zod';
import { isIri, noHidden } from './config.ts';

const text = () => z.string().min(1).superRefine(noHidden);
/** An http(s) IRI (e-Stat's and the UN's are http://). */
const iri = () =>
  z
    .string()
    .regex(/^https?:\/\/[^\s/?#@]+\/\S*$/, 'must be an http:// or https:// IRI')
    .superRefine(noHidden)
    .superRefine(isIri);

/** e-Stat's 統計LOD names a 統計に用いる標準地域コード version `http://data.e-stat.go.jp/lod/sac/C{5 digits}-{yyyymmdd it took effect}`. */
export const estatSacPattern = /^http:\/\/data\.e-stat\.go\.jp\/lod\/sac\/C(\d{5})-(\d{4})(\d{2})(\d{2})$/;

export const LinkedIdentifiers = z
  .object({
    $comment: text().optional(),
    /** The municipality's standard area code in e-Stat's statistical LOD. */
    municipality: z
      .object({
        iri: iri().regex(estatSacPattern, 'must be an e-Stat standard area code IRI http://data.e-stat.go.jp/lod/sac/C<5 digits>-<yyyymmdd>'),
        /** The 5-digit 統計に用いる標準地域コード: the local-government code without its check digit. */
        standardAreaCode: z.string().regex(/^\d{5}$/, 'must be the 5 digits of the standard area code'),
        /** The date the code's version took effect (its IRI's yyyymmdd). */
        validFrom: z.iso.date(),
        publisher: text(),
        pattern: text(),
        provenance: text(),
        /** When a person last checked the derivation. */
        checked: z.iso.date(),
      })
      .strict()
      .superRefine((m, ctx) => {
        const [, code, y, mo, d] = estatSacPattern.exec(m.iri) ?? [];
        if (code !== undefined && code !== m.standardAreaCode)
          ctx.addIssue({ code: 'custom', path: ['iri'], message: `names the standard area code ${code}, not standardAreaCode ${m.standardAreaCode}` });
        if (y !== undefined && `${y}-${mo}-${d}` !== m.validFrom)
          ctx.addIssue({ code: 'custom', path: ['iri'], message: `names the version of ${y}-${mo}-${d}, not validFrom ${m.validFrom}` });
      })
      .optional(),
    /** The UN's IRIs of the 17 SDG goals. */
    sdgGoals: z
      .object({
        /** The IRI of goal N with `{goal}` in place of N. */
        iriPattern: z
          .string()
          .regex(/^[^{}]*\{goal\}[^{}]*$/, 'must hold {goal} once, where the goal number goes')
          .superRefine((value, ctx) => {
            if (!iri().safeParse(value.replace('{goal}', '1')).success)
              ctx.addIssue({ code: 'custom', message: 'with {goal} replaced by 1, must be an http(s) IRI' });
          }),
        publisher: text(),
        provenance: text(),
        checked: z.iso.date(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type LinkedIdentifiers = z.infer<typeof LinkedIdentifiers>;

/** Why the municipality's standard area code is not the local-government code's (its first 5 digits; the 6th is a check digit), or undefined. */
export const areaCodeProblem = (identifiers: LinkedIdentifiers, municipalityCode: string): string | undefined => {
  const code = identifiers.municipality?.standardAreaCode;
  return code === undefined || code === municipalityCode.slice(0, 5)
    ? undefined
    : `is ${code}, but the municipality's code ${municipalityCode} (dataset.config.json) has the standard area code ${municipalityCode.slice(0, 5)}`;
};

/** The UN's IRI of SDG goal `goal` (1–17), or undefined when the file gives no pattern. */
export const sdgGoalIri = (identifiers: LinkedIdentifiers | undefined, goal: number): string | undefined =>
  identifiers?.sdgGoals?.iriPattern.replace('{goal}', String(goal));
