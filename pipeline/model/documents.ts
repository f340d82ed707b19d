// Shapes of the documents published beside the tables: the nested plan and the quality report.
// Composed from the table schemas, so a record looks the same in every file.
import { z } from 'zod';
import {
  CitizenOpinion,
  CurrentIssue,
  Department,
  ExpectedAction,
  GlossaryTerm,
  GlossaryUsage,
  Goal,
  Indicator,
  IndicatorProgress,
  Kgi,
  Pillar,
  PillarAction,
  PillarDepartment,
  Policy,
  Project,
  ProjectInitiative,
  ProjectInitiativeDepartment,
  ProjectItem,
  RelatedPlan,
  SdgLink,
  SdgMarkCount,
  WellbeingCategory,
} from './tables.ts';

const NestedPillar = Pillar.extend({ departments: z.array(PillarDepartment), actions: z.array(PillarAction) }).strict();
const NestedIndicator = Indicator.extend({ progress: z.array(IndicatorProgress).meta({ description: 'The KPI’s curated actuals with progress rate and grade, oldest first (the indicator_progress rows)' }) }).strict();
const NestedPolicy = Policy.extend({
  indicators: z.array(NestedIndicator),
  relatedPlans: z.array(RelatedPlan),
  citizenOpinions: z.array(CitizenOpinion),
  expectedActions: z.array(ExpectedAction),
  sdgMarkCounts: z.array(SdgMarkCount),
  sdgLinks: z.array(SdgLink),
  pillars: z.array(NestedPillar),
}).strict();
const NestedGoal = Goal.extend({
  currentIssues: z.array(CurrentIssue),
  wellbeingCategories: z.array(WellbeingCategory),
  policies: z.array(NestedPolicy),
}).strict();

const SourceRef = z
  .object({
    file: z.string().min(1).meta({ description: 'File name of the source text under sources/' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the source text the dataset was built from' }),
  })
  .strict();

const Licence = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    url: z.url(),
    attribution: z.string().min(1).meta({ description: 'The attribution line the licence asks users to show' }),
    derivationNote: z.string().min(1).meta({ description: 'States that the data is derived (加工) from the plan' }),
  })
  .strict();

export const Plan = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    municipalityName: z.string().min(1),
    title: z.string().min(1).meta({ description: 'Title of the plan the data is derived from' }),
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    license: Licence,
    source: SourceRef,
    vision: z
      .object({ text: z.string().min(1).meta({ description: '将来像 (the vision)' }), sourceLine: z.number().int().min(1) })
      .strict(),
    kgis: z.array(Kgi),
    goals: z.array(NestedGoal),
    projects: z.array(
      Project.extend({
        initiatives: z.array(ProjectInitiative.extend({ departments: z.array(ProjectInitiativeDepartment), items: z.array(ProjectItem) }).strict()),
      }).strict(),
    ),
    departments: z.array(Department),
    glossary: z.array(GlossaryTerm.extend({ usages: z.array(GlossaryUsage) }).strict()),
  })
  .strict()
  .meta({ title: '「よねざわ しあわせビジョン2035」前期基本計画 (nested)', description: 'The whole plan as one nested document; every record is the same as in the tables.' });
export type Plan = z.infer<typeof Plan>;

export const QualityEntry = z
  .object({
    severity: z.enum(['warning', 'info']),
    ruleId: z.string().regex(/^[a-z]+:[a-z0-9-]+$/).meta({ description: 'stage:rule that found it' }),
    file: z.string().min(1).meta({ description: 'File under sources/ the place is in: the plan text, or a curated supplement' }),
    line: z.number().int().min(0).meta({ description: 'Line in the source text (0: the whole file)' }),
    column: z.number().int().min(0),
    reason: z.string().min(1),
    recordIds: z.array(z.string()).meta({ description: 'IDs of the published records concerned' }),
  })
  .strict();
export type QualityEntry = z.infer<typeof QualityEntry>;

export const QualityReport = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    source: SourceRef,
    summary: z
      .object({
        warnings: z.number().int().min(0),
        infos: z.number().int().min(0),
        byRule: z.record(z.string(), z.number().int().min(1)),
      })
      .strict(),
    entries: z.array(QualityEntry),
  })
  .strict()
  .meta({
    title: 'Data-quality report',
    description: 'Every inconsistency found in the source and every fact the text does not determine, with its place. Nothing listed here was silently corrected.',
  });
export type QualityReport = z.infer<typeof QualityReport>;
