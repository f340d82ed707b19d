// 第３章 against 第２章: every page must name goals, policies and pillars as the policy system does.
// A differing name is a warning (published as 第２章 has it, the page's spelling reported); a page that
// names a pillar the system lacks, or a goal page whose policies have no pages, is an error.
import type { Reporter } from '../diagnostics.ts';
import type { GoalPageEntity } from '../parse/goal-pages.ts';
import type { PolicyPageEntity } from '../parse/policy-pages.ts';
import type { PolicySystem } from '../parse/policy-system.ts';
import { comparable } from '../parse/text.ts';
import { ids } from '../ids.ts';

export const checkPages = (
  system: PolicySystem,
  goalPages: readonly GoalPageEntity[],
  policyPages: readonly PolicyPageEntity[],
  file: string,
  report: Reporter,
): void => {
  const same = (a: string, b: string) => comparable(a) === comparable(b);

  for (const page of goalPages) {
    const goal = system.goals.find((g) => g.number === page.goal);
    if (!goal) {
      report.error('pages:unknown-goal', { file, line: page.line }, { goal: page.goal });
      continue;
    }
    if (!same(goal.name, page.name))
      report.warning('pages:goal-name', { file, line: page.line }, { goal: page.goal, name: page.name, line: goal.line, known: goal.name }, [
        ids.goal(page.goal),
      ]);
    if (!same(goal.statement, page.statement)) {
      report.warning(
        'pages:goal-statement',
        { file, line: page.statementLine },
        { goal: page.goal, statement: page.statement, line: goal.statementLine, known: goal.statement },
        [ids.goal(page.goal)],
      );
    }
    for (const policy of system.policies.filter((p) => p.goal === page.goal)) {
      if (!policyPages.some((p) => p.goal === policy.goal && p.policy === policy.number)) {
        report.error('pages:missing-policy-page', { file, line: page.line }, { goal: page.goal, code: `${policy.goal}-${policy.number}`, name: policy.name });
      }
    }
    for (const issue of page.currentIssues.filter((c) => c.order === 1)) {
      if (!system.policies.some((p) => p.goal === page.goal && same(p.name, issue.category))) {
        report.info('pages:issue-category', { file, line: issue.line }, { category: issue.category, goal: page.goal });
      }
    }
  }

  missingPages(system, goalPages, policyPages, file, report);

  // A second page for a policy never gets here: segment() refuses it (parse:duplicate-page).
  for (const page of policyPages) {
    const code = `${page.goal}-${page.policy}`;
    const policy = system.policies.find((p) => p.goal === page.goal && p.number === page.policy);
    if (!policy) {
      report.error('pages:unknown-policy', { file, line: page.line }, { code });
      continue;
    }
    if (!same(policy.name, page.name))
      report.warning('pages:policy-name', { file, line: page.line }, { code, name: page.name, line: policy.line, known: policy.name }, [ids.policy(code)]);
    const systemPillars = system.pillars.filter((p) => p.goal === page.goal && p.policy === page.policy);
    for (const pillar of page.pillars) {
      const known = systemPillars.find((p) => p.number === pillar.number);
      if (!known) {
        report.error('pages:unknown-pillar', { file, line: pillar.line }, { code, number: pillar.number, name: pillar.name });
      } else if (!same(known.name, pillar.name)) {
        report.warning(
          'pages:pillar-name',
          { file, line: pillar.line },
          { code: `${code}-${pillar.number}`, name: pillar.name, line: known.line, known: known.name },
          [ids.pillar(`${code}-${pillar.number}`)],
        );
      }
    }
    // On the page that ends the file, pillars missing after its last one mean the file stops before the
    // page's end (cut short), not that the page leaves them out.
    const missing = systemPillars.filter((p) => !page.pillars.some((x) => x.number === p.number));
    const lastOnPage = page.pillars[page.pillars.length - 1];
    const cutOff = page.endsFile && lastOnPage ? missing.filter((p) => p.number > lastOnPage.number) : [];
    if (cutOff.length > 0) {
      const end = lastOnPage!.actions[lastOnPage!.actions.length - 1]?.lastLine ?? lastOnPage!.line;
      report.error(
        'pages:source-ends-early',
        { file, line: end },
        {
          code,
          last: lastOnPage!.number,
          end,
          missing: cutOff.map((p) => `${code}-${p.number} 「${p.name}」`).join(', '),
          line: cutOff[0]!.line,
        },
        cutOff.map((p) => ids.pillar(`${code}-${p.number}`)),
      );
    }
    for (const p of missing) {
      if (!cutOff.includes(p))
        report.warning('pages:pillar-missing', { file, line: page.line }, { code: `${code}-${p.number}`, name: p.name, policy: code }, [
          ids.pillar(`${code}-${p.number}`),
        ]);
    }
    if (page.indicators.length === 0) report.warning('pages:no-indicator', { file, line: page.line }, { code }, [ids.policy(code)]);
    footnotesMarked(page, code, file, report);
  }
};

/**
 * A page's footnotes define the terms its text marks with ※. A footnote whose term no ※ of its page follows
 * has lost its mark (a ※ dropped by an editor or an extractor): the term's usage there would vanish from
 * glossary_usages without a word.
 */
const footnotesMarked = (page: PolicyPageEntity, code: string, file: string, report: Reporter): void => {
  const texts = [
    ...(page.vision ? [page.vision.title.raw, page.vision.text.raw] : []),
    ...page.indicators.map((k) => k.raw),
    ...page.relatedPlans.map((p) => p.raw),
    ...page.opinions.map((o) => o.raw),
    ...page.expectedActions.map((e) => e.raw),
    ...page.pillars.flatMap((p) => p.actions.map((a) => a.raw)),
  ];
  const marked = texts.flatMap((t) => [...t.matchAll(/※/g)].map((m) => comparable(t.slice(0, m.index))));
  for (const f of page.footnotes) {
    const term = comparable(f.term);
    if (term !== '' && !marked.some((before) => before.endsWith(term)))
      report.warning('pages:footnote-unmarked', { file, line: f.line }, { code, term: f.term }, [ids.policy(code)]);
  }
};

/**
 * The text holds the pages of some goals only (goals 4 and 5 in this edition). What the pages of the
 * others would say — 本市の現状と課題, Well-Being, and each policy's 目指す姿, 成果指標 and its pillars'
 * actions and departments — is not in the text: published as unresolved, per goal and per policy.
 */
const missingPages = (
  system: PolicySystem,
  goalPages: readonly GoalPageEntity[],
  policyPages: readonly PolicyPageEntity[],
  file: string,
  report: Reporter,
): void => {
  const hasPage = (goal: number, policy: number) => policyPages.some((p) => p.goal === goal && p.policy === policy);
  for (const goal of system.goals) {
    if (goalPages.some((g) => g.goal === goal.number)) continue;
    const policies = system.policies.filter((p) => p.goal === goal.number);
    const without = policies.filter((p) => !hasPage(p.goal, p.number));
    report.info(
      'unresolved:goal-page',
      { file, line: goal.line },
      { goal: goal.number, name: goal.name, policies: without.length === policies.length ? policies.length : undefined },
      [ids.goal(goal.number)],
    );
    for (const policy of without) {
      const code = `${policy.goal}-${policy.number}`;
      const pillars = system.pillars.filter((p) => p.goal === policy.goal && p.policy === policy.number);
      report.info('unresolved:policy-page', { file, line: policy.line }, { code, name: policy.name, pillars: pillars.map((p) => `${code}-${p.number}`) }, [
        ids.policy(code),
        ...pillars.map((p) => ids.pillar(`${code}-${p.number}`)),
      ]);
    }
  }
};
