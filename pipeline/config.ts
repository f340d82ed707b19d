// The dataset's settings (version, municipality, base IRI, licence, limits): one file, checked once at the edge.
import { z } from 'zod';

export const Config = z
  .object({
    $comment: z.string().optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a SemVer version MAJOR.MINOR.PATCH'),
    issued: z.iso.date(),
    municipality: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(1), nameEn: z.string().min(1) }).strict(),
    baseIri: z.url().regex(/\/$/, 'must end with /'),
    downloadBaseUrl: z.url().regex(/[^/]$/, 'must not end with /'),
    // GitHub Pages of the repository: the site at data/latest/site/, every version's files at data/vX.Y.Z/.
    pagesUrl: z.url({ protocol: /^https$/ }).regex(/\/$/, 'must end with /'),
    license: z
      .object({
        id: z.string().min(1),
        title: z.string().min(1),
        titleEn: z.string().min(1),
        url: z.url(),
        attribution: z.string().min(1),
        derivationNote: z.string().min(1),
      })
      .strict(),
    contactPoint: z.object({ name: z.string().min(1), url: z.url() }).strict(),
    maxSourceBytes: z.number().int().positive(),
  })
  .strict();
export type Config = z.infer<typeof Config>;

export const SourceInfo = z
  .object({
    title: z.string(),
    planTitle: z.string(),
    part: z.string(),
    publisher: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    period: z.object({ startFiscalYear: z.number().int(), endFiscalYear: z.number().int() }),
    visionPeriod: z.object({ startFiscalYear: z.number().int(), endFiscalYear: z.number().int() }),
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    provenance: z.string(),
  })
  .strict();
export type SourceInfo = z.infer<typeof SourceInfo>;

/** Environment overrides the release workflow uses (it knows the repository it publishes from). */
export const applyEnvironment = (config: Config, env: Record<string, string | undefined>): Config => ({
  ...config,
  ...(env.DATASET_BASE_IRI ? { baseIri: env.DATASET_BASE_IRI } : {}),
  ...(env.DATASET_DOWNLOAD_BASE_URL ? { downloadBaseUrl: env.DATASET_DOWNLOAD_BASE_URL } : {}),
  ...(env.DATASET_PAGES_URL ? { pagesUrl: env.DATASET_PAGES_URL } : {}),
});
