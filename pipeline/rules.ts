// Every rule a diagnostic can name, declared once: its id (`stage:rule`), its severity, a one-line summary
// of what it finds and what the person who meets it can do. The code reports by these ids only (RuleId:
// an unknown id does not compile, and error() takes only an error's id), the quality report publishes the
// ones it can hold, and the README's rule table is generated from here (npm run docs).

export type Severity = 'error' | 'warning' | 'info';

export interface Rule {
  severity: Severity;
  /** What the rule finds, in one line. */
  summary: string;
  /** What the person who meets it can do. */
  action: string;
  /** The exit status of a command that stops on it, when not 1 (README: "Exit status"). */
  exit?: 2 | 3 | 4;
}

export const rules = {
  // ── read: bytes → text → lines ─────────────────────────────────────────────────────────────────────
  'read:size': {
    severity: 'error',
    summary: 'The source file is larger than maxSourceBytes.',
    action: 'Check that --source names the plan text; if a plan really is this large, raise maxSourceBytes in dataset.config.json.',
  },
  'read:empty': {
    severity: 'error',
    summary: 'The source file is empty.',
    action: 'Give the plan text as --source, saved as UTF-8.',
  },
  'read:encoding': {
    severity: 'error',
    summary: 'The source is not UTF-8 (nor UTF-16 with a byte-order mark); the first bad byte is named with its line.',
    action: 'Convert the file to UTF-8 (for Shift_JIS: iconv -f SHIFT_JIS -t UTF-8) and build again.',
  },
  'read:line-length': {
    severity: 'error',
    summary: 'A line is longer than 100,000 characters, which no plan text has; refused before any parser runs.',
    action: 'Check that the file is the plan text with its line ends, not a binary file or one whose line breaks were lost.',
  },
  'read:invisible-character': {
    severity: 'warning',
    summary:
      'A line holds hidden characters, named as U+XXXX: zero-width, byte-order-mark and control characters are removed; bidirectional controls and separators are kept as written, and the site shows them as 〈U+XXXX〉.',
    action: 'Nothing if the line reads right; delete the hidden characters from the source to silence it.',
  },
  'read:source-hash': {
    severity: 'error',
    summary: "The source text's SHA-256 is not the one sources/source.json states.",
    action:
      'If the text changed on purpose, record its new sha256 in sources/source.json and say in provenance where it came from; else restore the committed text.',
  },

  // ── parse: lines → sections → entities ───────────────────────────────────────────────────────────────
  'parse:section': {
    severity: 'error',
    summary: 'A heading that starts a part of the plan (第１章, 第２章, the SDG table, 第３章) is missing or out of order.',
    action: 'Restore the heading line the message names, as the plan prints it.',
  },
  'parse:duplicate-page': {
    severity: 'error',
    summary: '第３章 has a second page for the same goal or policy.',
    action: 'Remove the repeated page, or correct the number in its heading.',
  },
  'parse:duplicate-entry': {
    severity: 'error',
    summary: '第２章 lists a goal or policy a second time; reading of 第２章 stops there.',
    action: 'Remove the repeated line, or correct its number.',
  },
  'parse:pillar-name': {
    severity: 'error',
    summary: 'A pillar of 第２章 has a code but no name.',
    action: 'Restore the name after the code (「1-1-1　name」).',
  },
  'parse:goal-statement-missing': {
    severity: 'error',
    summary: 'A goal of 第２章 has no statement after its heading.',
    action: 'Restore the statement lines (…を実現する) after the goal heading.',
  },
  'parse:goal-statement': {
    severity: 'warning',
    summary: 'A goal statement of 第２章 does not end in 「実現する」 as the others do.',
    action: 'Check that no other text (a label of the diagram, a stray line) was read into the statement.',
  },
  'parse:goals': {
    severity: 'error',
    summary: '第２章 lists no 基本目標.',
    action: 'Check that 第２章 holds the goal headings (「1　子育て・教育」).',
  },
  'parse:pillars': {
    severity: 'error',
    summary: '第２章 lists no 施策の柱.',
    action: 'Check that 第２章 holds the pillar entries (「1-1-1　結婚・妊娠・出産支援の推進」).',
  },
  'parse:vision': {
    severity: 'error',
    summary: '第１章 has no vision after the label 将来像.',
    action: 'Restore the label 将来像 and the vision on the line after it.',
  },
  'parse:kgi': {
    severity: 'error',
    summary: '第１章 names no KGI (the 「…」 names after 重要目標達成指標（KGI）).',
    action: 'Restore the sentence that names the KGIs in 「…」.',
  },
  'parse:projects': {
    severity: 'error',
    summary: '第１章 has no priority project (a heading followed by 【主な取組】).',
    action: 'Check that 第１章 holds the project pages with their 【主な取組】.',
  },
  'parse:project-summary': {
    severity: 'error',
    summary: 'A priority project has no summary between its heading and 【主な取組】.',
    action: "Restore the project's summary paragraph.",
  },
  'parse:project-item': {
    severity: 'error',
    summary: "Text in a project's 主な取組 that is not an initiative (①…), a 【担当課】 or an item 【施策 x-y-z】, or an item without an action.",
    action: 'Put the line back under its initiative or item, or restore the missing initiative heading or action.',
  },
  'parse:initiative-departments': {
    severity: 'error',
    summary: 'A project initiative names no department (【担当課】).',
    action: "Restore the 【担当課】 on the initiative's line or the line after it.",
  },
  'parse:current-issues-missing': {
    severity: 'error',
    summary: 'A goal page has no ■本市の現状と課題 section.',
    action: 'Restore the section heading and its statements.',
  },
  'parse:current-issue-text': {
    severity: 'error',
    summary: 'Text in 本市の現状と課題 that belongs to no ⚫ statement (before the first category, or not a bullet).',
    action: 'Start the statement with ⚫, or restore the category heading above it.',
  },
  'parse:current-issues': {
    severity: 'warning',
    summary: 'A category of 本市の現状と課題 has no ⚫ statement.',
    action: "Check whether the category's statements were lost, or whether the line is a category at all.",
  },
  'parse:wellbeing-example': {
    severity: 'error',
    summary: 'A 主観 or 客観 example of 地域幸福度 has no Well-Being category left to belong to.',
    action: 'Check the category line above the examples: one category for each pair of 主観 and 客観.',
  },
  'parse:wellbeing': {
    severity: 'warning',
    summary: 'A goal page has no ■本市の地域幸福度 section, or a Well-Being category lacks its 主観 or 客観 example.',
    action: 'Compare the page with the plan and restore the section or the example.',
  },
  'parse:policy-page-section': {
    severity: 'error',
    summary: 'A policy page lacks ■目指す姿, ■成果指標 or ■施策の柱と主な取組.',
    action: 'Restore the section heading the message names.',
  },
  'parse:policy-page': {
    severity: 'warning',
    summary: 'Text of a policy page outside every known ■ section is skipped, or a repeated ■ section is merged into the first.',
    action: 'Check the heading the message names: a mistyped ■ heading loses its section.',
  },
  'parse:policy-vision-incomplete': {
    severity: 'error',
    summary: '目指す姿 lacks its headline or its paragraph.',
    action: 'Restore the headline (…まち) and the paragraph under it.',
  },
  'parse:policy-vision': {
    severity: 'warning',
    summary: 'No line of the 目指す姿 headline ends in まち; the first line is taken as the headline.',
    action: 'Check where the headline ends and the paragraph begins.',
  },
  'parse:indicator-header': {
    severity: 'error',
    summary: 'A 成果指標 table has no header naming its default years (「指標 R6 基準 R12 目標 担当課」).',
    action: 'Restore the header line of the table.',
  },
  'parse:indicator-row': {
    severity: 'error',
    summary: 'A KPI row breaks its grammar (name, baseline, target, department): a value is missing, a unit is unknown, or the table has no row.',
    action: 'Compare the row with the plan and restore the missing or mistyped cell.',
  },
  'parse:digit-grouping': {
    severity: 'error',
    summary: 'The digits of a KPI value are not grouped by thousands (a decimal comma: 32,8％).',
    action: 'Write the number as the plan does: 1,234 or 1234, with 「.」 as the decimal point.',
  },
  'parse:indicator-number': {
    severity: 'error',
    summary: 'A KPI value has more than 15 significant digits, more than a published number holds exactly.',
    action: 'Check the value against the plan: its KPI values have a few digits.',
  },
  'parse:indicator-department': {
    severity: 'error',
    summary: "A KPI row has no department after its target: its line was lost, and the next row's name would be read as it.",
    action: 'Restore the department (担当課) of the row.',
  },
  'parse:opinions': {
    severity: 'warning',
    summary: 'Text in 市民等からの意見・提案 that is not a ⚫ bullet is skipped.',
    action: 'Start the opinion with ⚫, or remove the stray line.',
  },
  'parse:expected-action-actor': {
    severity: 'error',
    summary: 'An expected action does not start with 「市民等は」 or 「事業者・団体等は」.',
    action: 'Restore the start of the action.',
  },
  'parse:expected-actions': {
    severity: 'warning',
    summary: 'Text in 期待したい行動 that is not a ⚫ bullet is skipped.',
    action: 'Start the action with ⚫, or remove the stray line.',
  },
  'parse:pillar-heading': {
    severity: 'error',
    summary: '施策の柱と主な取組 lists no pillar, or has text before its first pillar heading.',
    action: 'Restore the pillar heading 「1 name」 and its 【担当課】 line.',
  },
  'parse:pillar-actions': {
    severity: 'error',
    summary: 'A pillar has no ⚫ action, or text under it that is not a ⚫ bullet.',
    action: 'Start the action with ⚫, or restore the lost actions.',
  },
  'parse:pillar-departments': {
    severity: 'error',
    summary: "A pillar's 【担当課】 names no department.",
    action: 'Restore the departments after 【担当課】.',
  },
  'parse:stray-departments': {
    severity: 'error',
    summary: "A 【担当課】 line among a pillar's actions, not right after a pillar heading.",
    action: 'Put the line back after its pillar heading, or restore the pillar heading above it.',
  },
  'parse:pillar-without-departments': {
    severity: 'error',
    summary: 'A pillar heading has no 【担当課】 line after it: its actions would move to the pillar before.',
    action: "Restore the pillar's 【担当課】 line.",
  },
  'parse:too-many-rows': {
    severity: 'error',
    summary: 'A list of a policy page has more rows than its order column can number (9,999).',
    action: 'Check for a block repeated many times.',
  },
  'parse:unfinished-statement': {
    severity: 'error',
    summary: 'A statement (action, opinion, expected action, current issue, 目指す姿 paragraph) stops before its 。.',
    action: 'Restore the lost end of the statement, or move the line that ends it to where it belongs.',
  },
  'parse:source-ends-mid-sentence': {
    severity: 'error',
    summary: 'The file ends in the middle of a statement: it is cut short.',
    action: 'Restore the end of the file.',
  },
  'parse:text-after-statement': {
    severity: 'warning',
    summary: 'A line continues a statement after its 。; published as one statement.',
    action: 'Check that the line belongs to the statement and is not a stray line.',
  },
  'parse:sdg-table': {
    severity: 'warning',
    summary: 'The SDG table lists no policy row (「1-1　name ● …」).',
    action: 'Check the table under ■施策とSDGｓ.',
  },
  'parse:normalised-space': {
    severity: 'info',
    summary: 'Spaces written with other characters (U+3000, U+00A0, a tab, other Unicode spaces) were read as spaces; one entry names them and every line.',
    action: 'Nothing: codes, numbers and lists read the same whichever space the extractor wrote.',
  },
  'parse:normalised-dash': {
    severity: 'info',
    summary: 'A dash or minus sign (U+2010–U+2015, U+2212, U+FF0D, ー) between digits or before a number was read as "-"; one entry names them and every line.',
    action: 'Nothing: 1－1－1 is the code 1-1-1 and −5 the number -5.',
  },
  'parse:normalised-bullet': {
    severity: 'info',
    summary:
      "A bullet written with another glyph (●, •, ・ at a line start, a PDF font's private-use bullet) was read as ⚫; one entry names them and every line.",
    action: 'Nothing: the statements are split at these bullets as at ⚫.',
  },
  'parse:normalised-digit': {
    severity: 'info',
    summary:
      'A KPI value was written with full-width digits, decimal point or comma (４９．３％); its notation is published with ASCII ones (49.3％), as its value is read.',
    action: 'Nothing: the value and its notation read the same whichever width the digits were written in.',
  },
  'parse:normalised-separator': {
    severity: 'info',
    summary: 'A list of departments is separated by other marks than 、 (・, ／, spaces, a comma); they were read as separators.',
    action: 'Nothing if the departments listed are right; write 、 between them to silence it.',
  },
  'parse:ambiguous-line-break': {
    severity: 'warning',
    summary:
      'Nothing in the text tells whether a line starts a new entry of a list without markers (a project action, a related plan, a row of Well-Being categories) or continues the line before it, which the PDF may have wrapped; the message says how it was read.',
    action: 'Compare with the PDF: if the reading is wrong, join the two lines in the source (or break them where the entries part).',
  },
  'parse:repeated-header': {
    severity: 'info',
    summary: 'A table header repeated inside its table (after a page break) was recognised and skipped.',
    action: 'Nothing: the rows before and after it are one table.',
  },
  'parse:page-furniture': {
    severity: 'warning',
    summary: 'A line that looks like page furniture (a page number, a running header or footer) stood among the text and was skipped.',
    action: 'Check that the line is not content the plan states; delete it from the source to silence the warning.',
  },

  // ── curated: the supplements in sources/ ────────────────────────────────────────────────────────────
  'curated:character': {
    severity: 'error',
    summary:
      'A curated file holds a hidden character — a control (NUL, ESC, TAB), zero-width, bidirectional-override or separator character — named as U+XXXX at its line and column.',
    action: 'Retype the text there; line ends are the only controls a curated file may hold.',
  },
  'curated:csv': {
    severity: 'error',
    summary: 'A curated file is not valid CSV (an unclosed quote, a stray quote).',
    action: 'Fix the quoting on the line named; save the file as CSV UTF-8.',
  },
  'curated:header': {
    severity: 'error',
    summary: 'sources/sdg-links.csv does not start with the header 施策番号,SDGゴール番号,出典.',
    action: 'Restore the header line.',
  },
  'curated:sdg-link': {
    severity: 'error',
    summary:
      'A row of sources/sdg-links.csv is invalid: an unknown policy, an SDG outside 1–17, no 出典, a link listed twice, or more links than the plan has ●.',
    action: 'Correct the row against the original PDF.',
  },
  'curated:actuals-encoding': {
    severity: 'error',
    summary: 'sources/indicator-actuals.csv is not UTF-8.',
    action: 'Save it as CSV UTF-8, not in Shift_JIS.',
  },
  'curated:actuals-header': {
    severity: 'error',
    summary: 'sources/indicator-actuals.csv does not start with the header 指標ID,年度,実績値,出典.',
    action: 'Restore the header line.',
  },
  'curated:actual-columns': {
    severity: 'error',
    summary: 'A row of the actuals does not have its four cells.',
    action: 'Quote a value that holds a comma, and write numbers without one.',
  },
  'curated:actual-text': {
    severity: 'error',
    summary: 'A cell of the actuals holds a line break.',
    action: 'Retype the cell.',
  },
  'curated:actual-formula': {
    severity: 'error',
    summary: 'A cell of the actuals starts like a spreadsheet formula (=, +, -, @).',
    action: 'Write the value itself.',
  },
  'curated:actual-kpi': {
    severity: 'error',
    summary: '指標ID is not a KPI ID such as kpi-4-1-1, or names no KPI of the plan.',
    action: 'Use the ID of the KPI as 062022_indicators.csv lists it.',
  },
  'curated:actual-year': {
    severity: 'error',
    summary: '年度 is not a 西暦 fiscal year such as 2026.',
    action: 'Write the fiscal year as four digits (令和8年度 = 2026).',
  },
  'curated:actual-value': {
    severity: 'error',
    summary: "実績値 is not a bare number in the KPI's unit (no thousands separator, sign +, unit or full-width digit; at most 15 significant digits).",
    action: 'Write the bare number, as the message suggests.',
  },
  'curated:actual-provenance': {
    severity: 'error',
    summary: 'A row of the actuals has no 出典.',
    action: 'Say where the figure was published: a URL or a document title.',
  },
  'curated:actual-duplicate': {
    severity: 'error',
    summary: 'A second actual for the same KPI and year.',
    action: 'Keep one row per KPI and year: correct the first instead.',
  },
  'curated:actual-year-range': {
    severity: 'error',
    summary: "An actual's year is before its KPI's baseline year or after 2035, the end of the vision.",
    action: 'Check the year.',
  },

  // ── pages: 第３章 against 第２章 ─────────────────────────────────────────────────────────────────────
  'pages:unknown-goal': {
    severity: 'error',
    summary: '第３章 has a page for a goal 第２章 does not list.',
    action: "Correct the goal's number in the page heading, or in 第２章.",
  },
  'pages:goal-name': {
    severity: 'warning',
    summary: "A goal page names its goal differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
  },
  'pages:goal-statement': {
    severity: 'warning',
    summary: "A goal page states its goal differently from 第２章; 第２章's statement is published.",
    action: 'Check which wording is the plan’s.',
  },
  'pages:missing-policy-page': {
    severity: 'error',
    summary: 'A goal has a page, but one of its policies has none (is the file cut short?).',
    action: "Restore the policy's page.",
  },
  'pages:issue-category': {
    severity: 'info',
    summary: 'A category of 本市の現状と課題 is not the name of a policy of its goal: its statements are published without a policy.',
    action: 'Nothing: the plan groups these statements under a name of its own.',
  },
  'pages:unknown-policy': {
    severity: 'error',
    summary: '第３章 has a page for a policy 第２章 does not list.',
    action: "Correct the policy's code in the page heading, or in 第２章.",
  },
  'pages:policy-name': {
    severity: 'warning',
    summary: "A policy page names its policy differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
  },
  'pages:unknown-pillar': {
    severity: 'error',
    summary: 'A policy page lists a pillar 第２章 does not have.',
    action: "Correct the pillar's number on the page, or in 第２章.",
  },
  'pages:pillar-name': {
    severity: 'warning',
    summary: "A policy page names a pillar differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
  },
  'pages:source-ends-early': {
    severity: 'error',
    summary: 'The file ends inside a policy page, before pillars 第２章 lists for it.',
    action: 'Restore the end of the file.',
  },
  'pages:pillar-missing': {
    severity: 'warning',
    summary: "A pillar of 第２章 is not on its policy's page.",
    action: 'Check the page for a lost pillar heading.',
  },
  'pages:footnote-unmarked': {
    severity: 'warning',
    summary: "A policy page's footnote defines a term that no ※ on that page marks: the mark was lost, and with it the term's usage there.",
    action: 'Restore the ※ after the term in the text, or remove the footnote if the page does not use the term.',
  },
  'pages:no-indicator': {
    severity: 'warning',
    summary: 'A policy page has no 成果指標 (KPI).',
    action: 'Check the ■成果指標 section of the page.',
  },

  // ── unresolved: what the text does not determine ─────────────────────────────────────────────────────
  'unresolved:goal-page': {
    severity: 'info',
    summary: 'A goal has no page in 第３章 of this text: its current issues and Well-Being categories are not published.',
    action: 'Nothing in the data: the text lacks the page. A later text that holds it fills the tables.',
  },
  'unresolved:policy-page': {
    severity: 'info',
    summary:
      "A policy has no page in 第３章 of this text: its 目指す姿, KPIs, related plans, opinions, expected actions and its pillars' actions and departments are not published.",
    action: 'Nothing in the data: the text lacks the page. A later text that holds it fills the tables.',
  },
  'unresolved:glossary-definition': {
    severity: 'info',
    summary: "A glossary term's definition is masked (＊＊＊) in the source: published without one, none invented.",
    action: 'Nothing: the definition is not in the text.',
  },
  'unresolved:sdg-goals-1-7': {
    severity: 'info',
    summary: 'The plan marks a policy with ● among SDGs 1–7, but extraction lost which columns: only curated links are published.',
    action: 'Read the links off the original PDF into sources/sdg-links.csv, each with its 出典.',
  },
  'unresolved:sdg-goals-8-17': {
    severity: 'info',
    summary: 'The SDG 8–17 half of the table came out as unlabeled rows of ●: no SDG 8–17 link is published from the text.',
    action: 'Read the links off the original PDF into sources/sdg-links.csv, each with its 出典.',
  },

  // ── plausibility: well-formed, but wrong ─────────────────────────────────────────────────────────────
  'plausibility:baseline-condition': {
    severity: 'error',
    summary: 'A KPI baseline carries 以上/以下/未満, which only a target has: are baseline and target swapped?',
    action: 'Put the values back in the order baseline, target.',
  },
  'plausibility:fiscal-year-order': {
    severity: 'error',
    summary: "A KPI's baseline year is after its target year (in a row, or in the table header).",
    action: 'Check the years against the plan: are they swapped?',
  },
  'plausibility:fiscal-year-span': {
    severity: 'error',
    summary: "A KPI's target year lies outside the plan's period, or its baseline year after it or before 令和.",
    action: 'Check the year against the plan (the period is in sources/source.json).',
  },
  'plausibility:department-name': {
    severity: 'error',
    summary: "A department name holds a value (digits, ％, 以上/以下/未満) or does not end like the plan's (…課, …センター).",
    action: 'Restore the department name; a value in its place means a cell slid.',
  },
  'plausibility:duplicate-indicator': {
    severity: 'warning',
    summary: 'A KPI row repeats an earlier row of the same policy: both are published, and the IDs after it shift.',
    action: 'Remove the duplicated row if the plan does not list it twice.',
  },
  'plausibility:duplicate-action': {
    severity: 'warning',
    summary: 'A pillar action repeats an earlier action of the same pillar: both are published, and the IDs after it shift.',
    action: 'Remove the duplicated action if the plan does not list it twice.',
  },

  // ── glossary: ※ marks and footnotes ─────────────────────────────────────────────────────────────────
  'glossary:definition-differs': {
    severity: 'warning',
    summary: 'A footnote term is defined differently on two pages; the first definition is published.',
    action: 'Check which definition is the plan’s.',
  },
  'glossary:unknown-term': {
    severity: 'warning',
    summary: 'A ※ follows no footnote term of any page.',
    action: 'Check the footnotes of the page (＊term：…) and the words before the ※.',
  },
  'glossary:unused-term': {
    severity: 'warning',
    summary: 'A footnote term is marked ※ nowhere in the text.',
    action: 'Check for a lost ※ after the term in the text.',
  },
  'glossary:source-ends-early': {
    severity: 'error',
    summary: 'A ※ on the page that ends the file has no footnote there: the file stops before the page’s footnotes.',
    action: 'Restore the end of the file.',
  },

  // ── progress: curated actuals against their KPIs ─────────────────────────────────────────────────────
  'progress:percent-as-fraction': {
    severity: 'warning',
    summary: 'An actual of a ％ KPI looks like a fraction (0.52 for 52％); published as written.',
    action: 'Write the value in ％ (52) in sources/indicator-actuals.csv if it is one.',
  },
  'progress:target-against-direction': {
    severity: 'warning',
    summary:
      "A KPI's target lies against the direction its condition gives, so the progress rate of an actual that misses it measures movement away from the condition.",
    action: 'Read the progress rate with that in mind: it decides no grade there, and the actual is graded C by its condition.',
  },

  // ── model, integrity: the tables ─────────────────────────────────────────────────────────────────────
  'model:schema': {
    severity: 'error',
    summary: "A record breaks its table's schema (a type, a pattern, a bound).",
    action: 'Correct the source line the message names.',
  },
  'integrity:duplicate-id': {
    severity: 'error',
    summary: 'Two records have the same ID.',
    action: 'Correct the repeated code in the source.',
  },
  'integrity:reference': {
    severity: 'error',
    summary: 'A record refers to a record that does not exist.',
    action: 'Correct the code it cites, or restore the record it names.',
  },
  'integrity:empty': {
    severity: 'error',
    summary: 'No goals, policies, pillars or projects were read.',
    action: 'Check that the file is the plan text.',
  },
  'integrity:goal-without-policy': {
    severity: 'error',
    summary: 'A goal has no policy in 第２章.',
    action: "Restore the goal's policies in 第２章.",
  },
  'integrity:policy-without-pillar': {
    severity: 'error',
    summary: 'A policy has no pillar in 第２章.',
    action: "Restore the policy's pillars in 第２章.",
  },
  'integrity:pillar-name-mismatch': {
    severity: 'warning',
    summary: 'A project item cites a pillar by another name than 第２章 gives it; published as written.',
    action: 'Nothing when the plan itself says so; else correct the citation.',
  },

  // ── emit, validate: the files ────────────────────────────────────────────────────────────────────────
  'emit:csv-formula': {
    severity: 'info',
    summary: "A cell starts like a spreadsheet formula: the CSV prefixes it with ' (OWASP CSV injection), the JSON keeps it as written.",
    action: 'Nothing: read the JSON for the text as written.',
  },
  'emit:xlsx-too-many-rows': {
    severity: 'error',
    summary: 'A table has more records than an Excel sheet holds below its header (1,048,575).',
    action: 'Check the source for a block repeated many times.',
  },
  'emit:xlsx-cell-too-long': {
    severity: 'error',
    summary: 'A text is longer than an Excel cell holds (32,767 characters).',
    action: 'Check the source there: a text this long is most likely lines run together.',
  },
  'emit:linked-data': {
    severity: 'error',
    summary:
      'A linked-data file of the build does not read back as written (jsonld.js in safe mode for .jsonld, n3 for .ttl), or would carry an IRI Turtle cannot: nothing is written.',
    action: 'Check the setting or text the message names (an IRI with a space, ", <, > or a line break); else report it as a bug.',
  },
  'validate:json-schema': {
    severity: 'error',
    summary: 'A JSON file of the build breaks its committed schema (schemas/).',
    action: 'Run npm run schemas after changing the model, and commit schemas/.',
  },
  'validate:schema-missing': {
    severity: 'error',
    summary: 'A JSON file of the build has no committed schema.',
    action: 'Run npm run schemas and commit schemas/.',
  },

  // ── cli: every command's edge ────────────────────────────────────────────────────────────────────────
  'cli:usage': {
    severity: 'error',
    exit: 2,
    summary: 'A command was given an unknown option or the wrong arguments.',
    action: 'Read the usage the command prints with it.',
  },
  'cli:config': {
    severity: 'error',
    exit: 2,
    summary: 'A setting is invalid: in dataset.config.json, sources/source.json or a DATASET_* variable.',
    action: 'Correct the setting the message names (the file, line and key).',
  },
  'cli:source-unusable': {
    severity: 'error',
    exit: 2,
    summary: '--source names nothing readable, or not a regular file.',
    action: 'Give the path of the plan text.',
  },
  'cli:input-unusable': {
    severity: 'error',
    exit: 2,
    summary:
      'A file the build reads from the repository (dataset.config.json, sources/source.json and the text it names, a curated CSV, a committed schema) is not a regular file of bounded size inside the repository; refused before it is read.',
    action: 'Restore the file from git (git checkout -- FILE); make source.json name a file inside the repository.',
  },
  'cli:out-refused': {
    severity: 'error',
    exit: 2,
    summary: '--out is not a folder the build may replace (a file, a folder of yours, the sources).',
    action: 'Give a new or empty folder, or a previous output of the build.',
  },
  'cli:out-busy': {
    severity: 'error',
    exit: 4,
    summary: 'Another build is writing the same --out.',
    action: 'Wait for it to finish.',
  },
  'cli:io': {
    severity: 'error',
    exit: 3,
    summary: 'The system refused a read or a write (disk full, read-only, permission, I/O error); the previous output is kept.',
    action: 'Fix what the OS error names, and run the command again.',
  },
  'cli:unknown-setting': {
    severity: 'warning',
    summary: 'A DATASET_* variable names no setting; it is ignored.',
    action: 'Check its spelling, or unset it.',
  },
  'cli:meaning-changed': {
    severity: 'warning',
    summary:
      'A record of the output being replaced now means something else under the same ID (its label moved to another ID, or was replaced by another); the build still replaces it.',
    action: 'If a row was inserted, deleted or split by mistake, restore it; if the change is meant, the release needs a MAJOR version (npm run diff).',
  },
  'cli:record-removed': {
    severity: 'warning',
    summary: 'Records of the output being replaced are gone from the new build (their lines deleted, or their IDs shifted away).',
    action: 'If a line was deleted by mistake, restore it; if the removal is meant, the release needs a MAJOR version (npm run diff).',
  },
  'cli:list-count-changed': {
    severity: 'warning',
    summary:
      'A list the text delimits by line breaks or separators alone (project actions, related plans, categories, departments) has another count of items than in the output being replaced.',
    action: 'Check that no entry was split over two lines or two joined into one (a line wrapped elsewhere); if the change is meant, nothing.',
  },
  'cli:internal': {
    severity: 'error',
    summary: 'A bug of ours, reported without a stack trace.',
    action: 'Report it with the command you ran and the line printed.',
  },

  // ── release: the release commands ────────────────────────────────────────────────────────────────────
  'release:tag-version': {
    severity: 'error',
    summary: 'The release tag is not v followed by the version in dataset.config.json.',
    action: 'Tag the configured version, or set "version" to the tag’s and commit first.',
  },
  'release:not-on-main': {
    severity: 'error',
    summary: 'The commit to release is not on main.',
    action: 'Merge the change into main, then tag the merged commit.',
  },
  'release:history-unknown': {
    severity: 'error',
    exit: 2,
    summary: 'Whether the commit is on main cannot be told: a revision names no commit, git failed, or the clone is too shallow.',
    action: "Fetch main's whole history (actions/checkout with fetch-depth: 0) and check the revisions given.",
  },
  'release:assets-mismatch': {
    severity: 'error',
    summary:
      'The release assets are not exactly the files SHA256SUMS lists, each with its hash: a file unlisted, missing or changed, or a line of SHA256SUMS malformed.',
    action: 'Write the assets again with npm run release:assets, and publish nothing else.',
  },
  'release:dist-not-committed': {
    severity: 'error',
    summary: 'A file of the fresh build differs from the committed dist/ (changed, deleted, added, not committed or ignored).',
    action: 'Run npm run build and commit dist/.',
  },
  'release:stale-dist': {
    severity: 'error',
    summary: 'The build states another dataset version than dataset.config.json.',
    action: 'Run npm run build.',
  },
  'release:not-a-build': {
    severity: 'error',
    exit: 2,
    summary: 'A folder given as a build is not one: a file is not valid JSON, or a record lacks its ID.',
    action: 'Give a dist/ folder or an unpacked release zip.',
  },
  'release:version-bump': {
    severity: 'error',
    summary: 'The version bump is smaller than the changes of the data need.',
    action: 'Raise "version" in dataset.config.json as the message says, and build again.',
  },
  'release:changelog-entry': {
    severity: 'error',
    summary: 'CHANGELOG.md has no entry for the configured version.',
    action: 'Add "## [X.Y.Z] - YYYY-MM-DD" with what changed.',
  },
  'release:pages-version': {
    severity: 'error',
    summary: 'A build given to release:pages does not state the version its folder names.',
    action: 'Unzip each earlier release into a folder named after its version.',
  },
  'release:not-committed': {
    severity: 'error',
    summary:
      "What the publish or pages job would publish is not the tagged commit's dist/ as its committed SHA256SUMS lists it: an asset, a zip entry, a Pages file or the root page differs, or something else is there.",
    action: 'Publish nothing: find what changed the artifact after the build job checked dist/ (a dependency, the runner), then run the release again.',
  },
  'release:pages-unlisted': {
    severity: 'error',
    summary: 'A build given to release:pages is not exactly the files its SHA256SUMS lists (a file unlisted, missing or changed).',
    action: 'Unzip each earlier release as it was published, and nothing else into its folder.',
  },
} as const satisfies Record<`${string}:${string}`, Rule>;

export type RuleId = keyof typeof rules;
const rule = (id: RuleId): Rule => rules[id];
/** The ids of the rules of one severity: error() takes only an error's. */
export type RuleOf<S extends Severity> = { [K in RuleId]: (typeof rules)[K]['severity'] extends S ? K : never }[RuleId];

export const ruleIds = Object.keys(rules).sort() as RuleId[];

/** The stage a rule belongs to: the part of its id before the colon. */
export const stageOf = (id: RuleId): string => id.slice(0, id.indexOf(':'));

/** The commands' own rules: printed by a command, never part of a build's data. */
const commandStages = new Set(['cli', 'release']);

/**
 * The rules the quality report can hold: the warnings and infos of the build's stages (errors stop the
 * build; the commands' rules are about a run, not about the data).
 */
export const reportableRuleIds: RuleId[] = ruleIds.filter((id) => rules[id].severity !== 'error' && !commandStages.has(stageOf(id)));

/** The exit status of a command that stops on an error of the rule: 1 unless the rule says otherwise. */
export const exitOf = (id: RuleId): number => rule(id).exit ?? 1;

/** A command's exit status for what it reported: 0 without errors, else the highest its errors' rules give. */
export const exitStatusOf = (reported: readonly { ruleId: RuleId; severity: Severity }[]): number =>
  reported.reduce((status, d) => (d.severity === 'error' ? Math.max(status, exitOf(d.ruleId)) : status), 0);
