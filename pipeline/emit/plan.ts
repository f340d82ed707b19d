// The tables → one nested document (goals → policies → pillars, projects → initiatives → items).
import type { Config, SourceInfo } from '../config.ts';
import type { Model } from '../model/build.ts';
import type { Plan } from '../model/documents.ts';

export interface Provenance {
  config: Config;
  source: SourceInfo;
  sha256: string;
}

export const licenceOf = (config: Config) => ({
  id: config.license.id,
  title: config.license.title,
  url: config.license.url,
  attribution: config.license.attribution,
  derivationNote: config.license.derivationNote,
});

export const toPlan = (model: Model, { config, source, sha256 }: Provenance): Plan => {
  const t = model.tables;
  return {
    municipalityCode: config.municipality.code,
    municipalityName: config.municipality.name,
    title: source.title,
    datasetVersion: config.version,
    license: licenceOf(config),
    source: { file: source.file, sha256 },
    vision: { text: model.vision!.text, sourceLine: model.vision!.line },
    kgis: t.kgis,
    goals: t.goals.map((g) => ({
      ...g,
      currentIssues: t.current_issues.filter((c) => c.goalId === g.id),
      wellbeingCategories: t.wellbeing_categories.filter((w) => w.goalId === g.id),
      policies: t.policies
        .filter((p) => p.goalId === g.id)
        .map((p) => ({
          ...p,
          indicators: t.indicators.filter((x) => x.policyId === p.id).map((k) => ({ ...k, progress: t.indicator_progress.filter((r) => r.indicatorId === k.id) })),
          relatedPlans: t.related_plans.filter((x) => x.policyId === p.id),
          citizenOpinions: t.citizen_opinions.filter((x) => x.policyId === p.id),
          expectedActions: t.expected_actions.filter((x) => x.policyId === p.id),
          sdgMarkCounts: t.sdg_mark_counts.filter((x) => x.policyId === p.id),
          sdgLinks: t.sdg_links.filter((x) => x.policyId === p.id),
          pillars: t.pillars
            .filter((x) => x.policyId === p.id)
            .map((x) => ({
              ...x,
              departments: t.pillar_departments.filter((d) => d.pillarId === x.id),
              actions: t.pillar_actions.filter((a) => a.pillarId === x.id),
            })),
        })),
    })),
    projects: t.projects.map((p) => ({
      ...p,
      initiatives: t.project_initiatives
        .filter((i) => i.projectId === p.id)
        .map((i) => ({
          ...i,
          departments: t.project_initiative_departments.filter((d) => d.initiativeId === i.id),
          items: t.project_items.filter((x) => x.initiativeId === i.id),
        })),
    })),
    departments: t.departments,
    glossary: t.glossary.map((term) => ({ ...term, usages: t.glossary_usages.filter((u) => u.termId === term.id) })),
  };
};
