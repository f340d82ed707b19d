// 第１章 → the vision, the KGIs and the priority projects: summary, initiatives (①…) with their
// departments, and the items under each (a cited pillar 【施策 x-y-z】name, then one action per line).
import type { Reporter } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';
import { departmentsLabel, departmentsLabelInline, restated } from './marks.ts';
import { displayWidth } from '../display-width.ts';
import { circledNumber, digitsToNumber, normaliseText, splitList } from './text.ts';

export interface ProjectItemEntity {
  pillarCode: string;
  citedName: string;
  line: number;
  column: number;
  actions: { text: string; restated: boolean; line: number }[];
}
export interface InitiativeEntity {
  number: number;
  name: string;
  departments: string[];
  departmentsLine: number;
  line: number;
  items: ProjectItemEntity[];
}
export interface ProjectEntity {
  number: number;
  name: string;
  summary: string;
  line: number;
  summaryLine: number;
  initiatives: InitiativeEntity[];
}
export interface Vision {
  text: string;
  line: number;
}
export interface Kgi {
  number: number;
  name: string;
  line: number;
}
export interface Chapter1 {
  vision: Vision | undefined;
  kgis: Kgi[];
  projects: ProjectEntity[];
}

export const projectHeading = /^\s*([0-9０-９])\s+(\S.*プロジェクト)\s*$/;
// Names are taken greedily and trimmed in code (a lazy name before \s*$ is quadratic on trailing spaces);
// an initiative's 【担当課】 is found by a plain search, not by a lazy name before an optional group.
export const initiativeHeading = /^\s*([\u2460-\u2473])(.*)$/;
export const itemHeading = /^\s*[⚫●•]\s*【施策\s*([0-9０-９]+[-－][0-9０-９]+[-－][0-9０-９]+)】(.*)$/;
export const actionsHeading = /^\s*【主な取組】\s*$/;
/** A KGI name in 「…」: no 「 inside, so an unclosed 「 is not rescanned from every later one. */
export const quotedName = /「([^「」]+)」/g;
/** A line this wide (in columns) fills the text block: the PDF wrapped it, and the next line continues it. */
const WRAP_WIDTH = 84;

const isBlank = (l: SourceLine): boolean => l.text.trim() === '';

export const parseChapter1 = (lines: readonly SourceLine[], file: string, report: Reporter): Chapter1 => {
  // The vision follows the label 将来像; the KGIs are the 「…」 names after "KGI" in the opening paragraph.
  const visionLabel = lines.findIndex((l) => l.text.trim() === '将来像');
  const visionLine = visionLabel >= 0 ? lines.slice(visionLabel + 1).find((l) => !isBlank(l)) : undefined;
  const vision = visionLine ? { text: normaliseText(visionLine.text), line: visionLine.line } : undefined;
  if (!vision) report.error('parse:vision', { file, line: lines[0]?.line ?? 0 }, 'no vision found; expected the label 「将来像」 followed by the vision');

  const kgis: Kgi[] = [];
  const kgiLine = lines.findIndex((l) => /KGI/.test(l.text));
  if (kgiLine >= 0) {
    // The sentence runs from the KGI mention to 「…の達成に向け」, over a few lines.
    for (const l of lines.slice(kgiLine, kgiLine + 6)) {
      const after = l.line === lines[kgiLine]!.line ? l.text.slice(l.text.indexOf('KGI')) : l.text;
      for (const m of after.matchAll(quotedName)) kgis.push({ number: kgis.length + 1, name: normaliseText(m[1]!), line: l.line });
      if (/達成に向け/.test(l.text)) break;
    }
  }
  if (kgis.length === 0)
    report.error(
      'parse:kgi',
      { file, line: lines[kgiLine]?.line ?? lines[0]?.line ?? 0 },
      'no KGI found; expected 「…」 names after 「重要目標達成指標（KGI…）である」',
    );

  // Project pages: a heading whose body has 【主な取組】. The overview diagram repeats the headings alone.
  const starts = lines.flatMap((l, i) => (projectHeading.test(l.text) ? [i] : []));
  const projects: ProjectEntity[] = [];
  starts.forEach((start, k) => {
    const body = lines.slice(start + 1, starts[k + 1] ?? lines.length);
    const actionsAt = body.findIndex((l) => actionsHeading.test(l.text));
    if (actionsAt < 0) return;
    const heading = lines[start]!;
    const m = projectHeading.exec(heading.text)!;
    const summaryLines = body.slice(0, actionsAt).filter((l) => !isBlank(l));
    const project: ProjectEntity = {
      number: digitsToNumber(m[1]!),
      name: normaliseText(m[2]!),
      summary: normaliseText(summaryLines.map((l) => l.text)),
      line: heading.line,
      summaryLine: summaryLines[0]?.line ?? heading.line,
      initiatives: [],
    };
    if (project.summary === '')
      report.error(
        'parse:project-summary',
        { file, line: heading.line },
        `project ${project.number} has no summary; expected a paragraph between its heading and 【主な取組】`,
      );
    projects.push(project);
    parseInitiatives(body.slice(actionsAt + 1), project, file, report);
  });
  if (projects.length === 0)
    report.error(
      'parse:projects',
      { file, line: lines[0]?.line ?? 0 },
      'no priority project found; expected a heading such as 「1 育み、学びたい！「ひと」プロジェクト」 followed by 【主な取組】',
    );
  return { vision, kgis, projects };
};

const parseInitiatives = (body: readonly SourceLine[], project: ProjectEntity, file: string, report: Reporter): void => {
  let initiative: InitiativeEntity | undefined;
  let item: ProjectItemEntity | undefined;
  let continues = false; // the previous action line was wrapped
  let awaitingDepartments = false;

  for (const l of body) {
    if (isBlank(l)) continue;
    const ini = initiativeHeading.exec(l.text);
    const number = ini ? circledNumber(ini[1]!) : undefined;
    if (ini && number !== undefined) {
      // 「①name 【担当課】A、B」 or the name alone, its 【担当課】 on the next line.
      const label = departmentsLabelInline.exec(ini[2]!);
      const name = label ? ini[2]!.slice(0, label.index) : ini[2]!;
      initiative = { number, name: normaliseText(name.trim()), departments: [], departmentsLine: l.line, line: l.line, items: [] };
      project.initiatives.push(initiative);
      item = undefined;
      continues = false;
      if (label) initiative.departments = splitList(ini[2]!.slice(label.index + label[0].length));
      awaitingDepartments = !label;
      continue;
    }
    const dep = departmentsLabel.exec(l.text);
    if (dep && initiative && awaitingDepartments) {
      initiative.departments = splitList(dep[1]!);
      initiative.departmentsLine = l.line;
      awaitingDepartments = false;
      continue;
    }
    const it = itemHeading.exec(l.text);
    if (it) {
      if (!initiative) {
        report.error('parse:project-item', { file, line: l.line }, `item 【施策 ${it[1]}】 comes before any initiative (①, ②, …) of project ${project.number}`);
        continue;
      }
      awaitingDepartments = false;
      item = {
        pillarCode: it[1]!.normalize('NFKC').replace(/－/g, '-'),
        citedName: normaliseText(it[2]!.trim()),
        line: l.line,
        column: l.text.indexOf('【') + 1,
        actions: [],
      };
      initiative.items.push(item);
      continues = false;
      continue;
    }
    if (!item) {
      report.error(
        'parse:project-item',
        { file, line: l.line },
        `unexpected text in project ${project.number}'s 主な取組; expected an initiative (①…), 【担当課】 or an item 【施策 x-y-z】`,
      );
      continue;
    }
    const previous = item.actions[item.actions.length - 1];
    if (continues && previous) {
      previous.text = normaliseText([previous.text, l.text]);
    } else {
      item.actions.push({ text: normaliseText(l.text), restated: false, line: l.line });
    }
    continues = displayWidth(l.text.trim()) >= WRAP_WIDTH;
  }

  for (const ini of project.initiatives) {
    if (ini.departments.length === 0)
      report.error(
        'parse:initiative-departments',
        { file, line: ini.line },
        `initiative ${project.number}-${ini.number} has no departments; expected 【担当課】 on its line or the next`,
      );
    for (const it of ini.items) {
      if (it.actions.length === 0)
        report.error(
          'parse:project-item',
          { file, line: it.line },
          `item 【施策 ${it.pillarCode}】 has no action; expected at least one line of text under it`,
        );
      for (const a of it.actions) {
        ({ text: a.text, restated: a.restated } = restated(a.text));
      }
    }
  }
};
