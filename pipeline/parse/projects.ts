// 第１章 → the vision, the KGIs and the priority projects: summary, initiatives (①…) with their
// departments, and the items under each (a cited pillar 【施策 x-y-z】name, then one action per line).
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import type { SourceLine } from './lines.ts';
import { restatedAlone } from './bullets.ts';
import { departmentsLabel, departmentsLabelInline, restated } from './marks.ts';
import { departmentListOpen, splitDepartments } from './department-names.ts';
import { breakExcerpt, joinOpenLabels, lineBreak } from './line-breaks.ts';
import { circledNumber, comparable, digitsToNumber, joinLines, normaliseText } from './text.ts';

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

/** A project's heading: its number, then its name, which ends in プロジェクト (on this line or, wrapped, a later one). */
export const projectHeading = /^\s*([0-9０-９])\s+(\S.*)$/;
export const projectNameEnd = /プロジェクト\s*$/;
// Names are taken greedily and trimmed in code (a lazy name before \s*$ is quadratic on trailing spaces);
// an initiative's 【担当課】 is found by a plain search, not by a lazy name before an optional group.
export const initiativeHeading = /^\s*([\u2460-\u2473])(.*)$/;
export const itemHeading = /^\s*[⚫●•]\s*【施策\s*([0-9０-９]+[-－][0-9０-９]+[-－][0-9０-９]+)】(.*)$/;
export const actionsHeading = /^\s*【主な取組】\s*$/;
/** A KGI name in 「…」: no 「 inside, so an unclosed 「 is not rescanned from every later one. */
export const quotedName = /「([^「」]+)」/g;
/** The sentence that names the KGIs ends at 「…の達成に向け」 or at its 。. */
export const kgiSentenceEnd = /達成に向け|。/;
/** Longer than any heading of a plan (the plan's longest has 22 characters): a text this long is a paragraph. */
const maxHeadingLength = 200;

const isBlank = (l: SourceLine): boolean => l.text.trim() === '';

/** Pieces of text, each with the line it came from, joined; and where each character came from. */
const joinedWithLines = (lines: readonly SourceLine[]): { text: string; lineAt: (index: number) => number } => {
  const starts: { at: number; line: number }[] = [];
  let text = '';
  for (const l of lines) {
    const piece = l.text.trim();
    if (piece === '') continue;
    const joined = joinLines([text, piece]);
    starts.push({ at: joined.length - piece.length, line: l.line });
    text = joined;
  }
  return { text, lineAt: (index) => starts.reduce((line, s) => (s.at <= index ? s.line : line), starts[0]?.line ?? 0) };
};

/**
 * A project heading: 「n name」 whose name ends in プロジェクト, on its line or, when the PDF wrapped it, a
 * later one; the lines between belong to the name. Undefined when no プロジェクト ends it before a marker, a
 * sentence's end or another numbered line.
 */
const headingAt = (lines: readonly SourceLine[], i: number): { number: number; name: string; end: number } | undefined => {
  const m = projectHeading.exec(lines[i]!.text);
  if (!m) return undefined;
  let name = m[2]!.trim();
  let end = i;
  // A heading is a line or a few: a name that runs on without its プロジェクト is not one.
  while (!projectNameEnd.test(name) && name.length <= maxHeadingLength) {
    let next = end + 1;
    while (next < lines.length && isBlank(lines[next]!)) next += 1;
    const l = lines[next];
    if (!l || projectHeading.test(l.text) || actionsHeading.test(l.text) || initiativeHeading.test(l.text) || /[。⚫【]/.test(l.text)) return undefined;
    name = joinLines([name, l.text.trim()]);
    end = next;
  }
  if (!projectNameEnd.test(name)) return undefined;
  return { number: digitsToNumber(m[1]!), name: normaliseText(name), end };
};

export const parseChapter1 = (
  lines: readonly SourceLine[],
  file: string,
  report: Reporter,
  /** 第２章's pillar names by code (1-1-1), which tell a wrapped citation from the action under it. */
  pillarNames: ReadonlyMap<string, string> = new Map(),
): Chapter1 => {
  // The vision follows the label 将来像; the KGIs are the 「…」 names after "KGI" in the opening paragraph.
  const visionLabel = lines.findIndex((l) => l.text.trim() === '将来像');
  const visionLine = visionLabel >= 0 ? lines.slice(visionLabel + 1).find((l) => !isBlank(l)) : undefined;
  const vision = visionLine ? { text: normaliseText(visionLine.text), line: visionLine.line } : undefined;
  if (!vision) report.error('parse:vision', { file, line: lines[0]?.line ?? 0 }, {});

  const kgis: Kgi[] = [];
  const kgiLine = lines.findIndex((l) => /KGI/.test(l.text));
  if (kgiLine >= 0) {
    // The sentence runs from the KGI mention to 「…の達成に向け」 (or its 。), over as many lines as the PDF
    // wrapped it into: its lines are joined first, so that a name wrapped inside its 「…」 is read whole.
    const sentence: SourceLine[] = [];
    for (const l of lines.slice(kgiLine)) {
      const text = sentence.length === 0 ? l.text.slice(l.text.indexOf('KGI')) : l.text;
      sentence.push({ line: l.line, text });
      if (kgiSentenceEnd.test(joinedWithLines(sentence).text)) break;
    }
    const { text, lineAt } = joinedWithLines(sentence);
    const end = kgiSentenceEnd.exec(text);
    for (const m of text.slice(0, end ? end.index : text.length).matchAll(quotedName))
      kgis.push({ number: kgis.length + 1, name: normaliseText(m[1]!), line: lineAt(m.index!) });
  }
  if (kgis.length === 0) report.error('parse:kgi', { file, line: lines[kgiLine]?.line ?? lines[0]?.line ?? 0 }, {});

  // Project pages: a heading whose body has 【主な取組】. The overview diagram repeats the headings alone.
  const starts = lines.flatMap((_, i) => {
    const h = headingAt(lines, i);
    return h ? [{ index: i, ...h }] : [];
  });
  const projects: ProjectEntity[] = [];
  starts.forEach((start, k) => {
    const body = lines.slice(start.end + 1, starts[k + 1]?.index ?? lines.length);
    const actionsAt = body.findIndex((l) => actionsHeading.test(l.text));
    if (actionsAt < 0) return;
    const heading = lines[start.index]!;
    const summaryLines = body.slice(0, actionsAt).filter((l) => !isBlank(l));
    const project: ProjectEntity = {
      number: start.number,
      name: start.name,
      summary: normaliseText(summaryLines.map((l) => l.text)),
      line: heading.line,
      summaryLine: summaryLines[0]?.line ?? heading.line,
      initiatives: [],
    };
    if (project.summary === '') report.error('parse:project-summary', { file, line: heading.line }, { project: project.number });
    projects.push(project);
    parseInitiatives(joinOpenLabels(body.slice(actionsAt + 1)), project, pillarNames, file, report);
  });
  if (projects.length === 0) report.error('parse:projects', { file, line: lines[0]?.line ?? 0 }, {});
  return { vision, kgis, projects };
};

/**
 * Whether the line after a citation 【施策 x-y-z】name continues the name: the break falls inside a phrase,
 * or the joined name is (the start of) 第２章's name of that pillar where the name alone is not.
 */
const continuesCitation = (name: string, next: string, pillarName: string | undefined): boolean => {
  if (lineBreak(name, next) === 'inside') return true;
  if (pillarName === undefined) return false;
  const whole = comparable(pillarName);
  const joined = comparable(joinLines([name, next]));
  return comparable(name) !== whole && whole.startsWith(joined);
};

/**
 * 主な取組 of a project. Each entry is delimited by its marker: an initiative by ①, ②, … (its name runs on
 * to its 【担当課】 or its first item), its departments by 【担当課】 (the list runs on to the first item), an
 * item by ⚫【施策 x-y-z】 (the cited name runs on where the text says so, continuesCitation), and under an
 * item one action per line — a line continues the action before it only where the text says the break falls
 * inside a phrase (line-breaks.ts); where it cannot tell, the line is a new action and the break is reported.
 */
const parseInitiatives = (
  body: readonly SourceLine[],
  project: ProjectEntity,
  pillarNames: ReadonlyMap<string, string>,
  file: string,
  report: Reporter,
): void => {
  let initiative: InitiativeEntity | undefined;
  let item: ProjectItemEntity | undefined;
  /** What the next unmarked line may continue. */
  let open: 'initiative-name' | 'departments' | 'citation' | 'action' | undefined;
  let departmentPieces: SourceLine[] = [];
  let nameText = '';
  /** The last line of the action read so far. */
  let actionLine = '';
  const flushDepartments = () => {
    if (initiative && departmentPieces.length > 0) initiative.departments = splitDepartments(departmentPieces, file, report);
    departmentPieces = [];
  };

  for (const l of body) {
    if (isBlank(l)) continue;
    if (actionsHeading.test(l.text)) {
      report.info('parse:repeated-header', { file, line: l.line }, { kind: 'project-actions', project: project.number });
      continue;
    }
    const ini = initiativeHeading.exec(l.text);
    const number = ini ? circledNumber(ini[1]!) : undefined;
    if (ini && number !== undefined) {
      flushDepartments();
      // 「①name 【担当課】A、B」 or the name alone, its 【担当課】 on a later line.
      const label = departmentsLabelInline.exec(ini[2]!);
      nameText = (label ? ini[2]!.slice(0, label.index) : ini[2]!).trim();
      initiative = { number, name: normaliseText(nameText), departments: [], departmentsLine: l.line, line: l.line, items: [] };
      project.initiatives.push(initiative);
      item = undefined;
      if (label) {
        departmentPieces = [{ line: l.line, text: ini[2]!.slice(label.index + label[0].length) }];
        open = 'departments';
      } else open = 'initiative-name';
      continue;
    }
    const dep = departmentsLabel.exec(l.text);
    if (dep && initiative && !item && (open === 'initiative-name' || open === 'departments')) {
      flushDepartments();
      departmentPieces = [{ line: l.line, text: dep[1]! }];
      initiative.departmentsLine = l.line;
      open = 'departments';
      continue;
    }
    if (dep) {
      // Read as text, it would be glued onto an action or become one.
      report.error(
        'parse:project-item',
        { file, line: l.line },
        {
          kind: 'stray-departments',
          project: project.number,
          initiative: initiative ? { number: initiative.number, line: initiative.departmentsLine } : undefined,
        },
      );
      continue;
    }
    const it = itemHeading.exec(l.text);
    if (it) {
      flushDepartments();
      if (!initiative) {
        report.error('parse:project-item', { file, line: l.line }, { kind: 'before-initiative', project: project.number, pillar: it[1]! });
        open = undefined;
        continue;
      }
      item = {
        pillarCode: it[1]!.normalize('NFKC').replace(/－/g, '-'),
        citedName: it[2]!.trim(),
        line: l.line,
        column: l.text.indexOf('【') + 1,
        actions: [],
      };
      initiative.items.push(item);
      open = 'citation';
      continue;
    }
    if (open === 'initiative-name' && initiative) {
      // A wrapped initiative name, up to its 【担当課】 (which may follow it on the same line).
      const label = departmentsLabelInline.exec(l.text);
      nameText = joinLines([nameText, (label ? l.text.slice(0, label.index) : l.text).trim()]);
      initiative.name = normaliseText(nameText);
      if (label) {
        departmentPieces = [{ line: l.line, text: l.text.slice(label.index + label[0].length) }];
        initiative.departmentsLine = l.line;
        open = 'departments';
      }
      continue;
    }
    if (open === 'departments' && departmentListOpen(departmentPieces[departmentPieces.length - 1]!.text)) {
      departmentPieces.push(l);
      continue;
    }
    if (!item) {
      report.error('parse:project-item', { file, line: l.line }, { kind: 'unexpected', project: project.number });
      continue;
    }
    if (open === 'citation' && item.actions.length === 0 && continuesCitation(item.citedName, l.text, pillarNames.get(item.pillarCode))) {
      item.citedName = joinLines([item.citedName, l.text.trim()]);
      continue;
    }
    const previous = item.actions[item.actions.length - 1];
    if (open === 'action' && previous) {
      // A （再掲） on a line of its own marks the action before it.
      if (lineBreak(actionLine, l.text) === 'inside' || restatedAlone.test(l.text)) {
        previous.text = joinLines([previous.text, l.text.trim()]);
        actionLine = l.text;
        continue;
      }
      const citation = initiative!.items.length;
      report.warning(
        'parse:ambiguous-line-break',
        { file, line: l.line },
        {
          kind: 'project-action',
          line: l.line,
          pillar: item.pillarCode,
          itemLine: item.line,
          project: project.number,
          previous: previous.line,
          excerpt: breakExcerpt(actionLine, l.text),
        },
        [
          ids.projectItem(project.number, initiative!.number, citation, item.actions.length),
          ids.projectItem(project.number, initiative!.number, citation, item.actions.length + 1),
        ],
      );
    }
    item.actions.push({ text: l.text.trim(), restated: false, line: l.line });
    actionLine = l.text;
    open = 'action';
  }
  flushDepartments();

  for (const ini of project.initiatives) {
    if (ini.departments.length === 0) report.error('parse:initiative-departments', { file, line: ini.line }, { initiative: `${project.number}-${ini.number}` });
    for (const it of ini.items) {
      it.citedName = normaliseText(it.citedName);
      if (it.actions.length === 0) report.error('parse:project-item', { file, line: it.line }, { kind: 'no-action', pillar: it.pillarCode });
      for (const a of it.actions) {
        ({ text: a.text, restated: a.restated } = restated(normaliseText(a.text)));
      }
    }
  }
};
