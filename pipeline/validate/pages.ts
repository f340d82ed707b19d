// 第３章 against 第２章: every page must name goals, policies and pillars as the policy system does.
// A differing name is a warning (published as 第２章 has it, the page's spelling reported); a page that
// names a pillar the system lacks, or a goal page whose policies have no pages, is an error.
import { error, info, warning, type Diagnostic } from '../diagnostics.ts';
import type { GoalPageEntity } from '../parse/goal-pages.ts';
import type { PolicyPageEntity } from '../parse/policy-pages.ts';
import type { PolicySystem } from '../parse/policy-system.ts';
import { comparable } from '../parse/text.ts';

export const checkPages = (system: PolicySystem, goalPages: readonly GoalPageEntity[], policyPages: readonly PolicyPageEntity[], file: string): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const same = (a: string, b: string) => comparable(a) === comparable(b);

  for (const page of goalPages) {
    const goal = system.goals.find((g) => g.number === page.goal);
    if (!goal) {
      out.push(error('pages:unknown-goal', { file, line: page.line }, `goal page for 基本目標 ${page.goal}, which 第２章 does not list`));
      continue;
    }
    if (!same(goal.name, page.name)) out.push(warning('pages:goal-name', { file, line: page.line }, `goal page names 基本目標 ${page.goal} 「${page.name}」, 第２章 (line ${goal.line}) 「${goal.name}」`, [`goal-${page.goal}`]));
    if (!same(goal.statement, page.statement)) {
      out.push(warning('pages:goal-statement', { file, line: page.statementLine }, `goal page states 基本目標 ${page.goal} as 「${page.statement}」, 第２章 (line ${goal.statementLine}) as 「${goal.statement}」; 第２章's is published`, [`goal-${page.goal}`]));
    }
    for (const policy of system.policies.filter((p) => p.goal === page.goal)) {
      if (!policyPages.some((p) => p.goal === policy.goal && p.policy === policy.number)) {
        out.push(error('pages:missing-policy-page', { file, line: page.line }, `基本目標 ${page.goal} has a page, but its policy ${policy.goal}-${policy.number} 「${policy.name}」 has none; expected a page 「施策 ${policy.goal}-${policy.number} ${policy.name}」 (is the file cut short?)`));
      }
    }
    for (const issue of page.currentIssues.filter((c) => c.order === 1)) {
      if (!system.policies.some((p) => p.goal === page.goal && same(p.name, issue.category))) {
        out.push(info('pages:issue-category', { file, line: issue.line }, `現状と課題 category 「${issue.category}」 is not the name of a policy of 基本目標 ${page.goal}; published without a policy`));
      }
    }
  }

  const seen = new Set<string>();
  for (const page of policyPages) {
    const code = `${page.goal}-${page.policy}`;
    if (seen.has(code)) out.push(error('pages:duplicate-policy-page', { file, line: page.line }, `a second page for 施策 ${code}; each policy has one page`));
    seen.add(code);
    const policy = system.policies.find((p) => p.goal === page.goal && p.number === page.policy);
    if (!policy) {
      out.push(error('pages:unknown-policy', { file, line: page.line }, `page for 施策 ${code}, which 第２章 does not list`));
      continue;
    }
    if (!same(policy.name, page.name)) out.push(warning('pages:policy-name', { file, line: page.line }, `page names 施策 ${code} 「${page.name}」, 第２章 (line ${policy.line}) 「${policy.name}」`, [`policy-${code}`]));
    const systemPillars = system.pillars.filter((p) => p.goal === page.goal && p.policy === page.policy);
    for (const pillar of page.pillars) {
      const known = systemPillars.find((p) => p.number === pillar.number);
      if (!known) {
        out.push(error('pages:unknown-pillar', { file, line: pillar.line }, `page of 施策 ${code} lists pillar ${pillar.number} 「${pillar.name}」, but 第２章 has no pillar ${code}-${pillar.number}`));
      } else if (!same(known.name, pillar.name)) {
        out.push(warning('pages:pillar-name', { file, line: pillar.line }, `page names pillar ${code}-${pillar.number} 「${pillar.name}」, 第２章 (line ${known.line}) 「${known.name}」; 第２章's is published`, [`pillar-${code}-${pillar.number}`]));
      }
    }
    for (const p of systemPillars) {
      if (!page.pillars.some((x) => x.number === p.number)) out.push(warning('pages:pillar-missing', { file, line: page.line }, `pillar ${code}-${p.number} 「${p.name}」 of 第２章 is not on the page of 施策 ${code}`, [`pillar-${code}-${p.number}`]));
    }
    if (page.indicators.length === 0) out.push(warning('pages:no-indicator', { file, line: page.line }, `施策 ${code} has no 成果指標`, [`policy-${code}`]));
  }
  return out;
};
