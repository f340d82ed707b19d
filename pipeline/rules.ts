// Every rule a diagnostic can name, declared once: its id (`stage:rule`), its severity, a one-line summary
// of what it finds and what the person who meets it can do. The code reports by these ids only (RuleId:
// an unknown id does not compile, and error() takes only an error's id), the quality report publishes the
// ones it can hold, and the rule table of docs/rules.md is generated from here (npm run docs).

export type Severity = 'error' | 'warning' | 'info';

export interface Rule {
  severity: Severity;
  /** What the rule finds, in one line. */
  summary: string;
  /** What the person who meets it can do. */
  action: string;
  /** The same two in Japanese, for the people the site and the quality report speak to first (written, not machine-translated). */
  ja: { summary: string; action: string };
  /** The exit status of a command that stops on it, when not 1 (docs/cli.md: "Exit status"). */
  exit?: 2 | 3 | 4;
}

export const rules = {
  // ── read: bytes → text → lines ─────────────────────────────────────────────────────────────────────
  'read:size': {
    severity: 'error',
    summary: 'The source file is larger than maxSourceBytes.',
    action: 'Check that --source names the plan text; if a plan really is this large, raise maxSourceBytes in dataset.config.json.',
    ja: {
      summary: '原文のファイルが maxSourceBytes より大きい。',
      action: '指定した --source が計画のテキストか確かめる。本当にこの大きさの計画なら dataset.config.json の maxSourceBytes を引き上げる。',
    },
  },
  'read:empty': {
    severity: 'error',
    summary: 'The source file is empty.',
    action: 'Give the plan text as --source, saved as UTF-8.',
    ja: { summary: '原文のファイルが空。', action: '計画のテキストを UTF-8 で保存し、--source に指定する。' },
  },
  'read:encoding': {
    severity: 'error',
    summary: 'The source is not UTF-8 (nor UTF-16 with a byte-order mark); the first bad byte is named with its line.',
    action: 'Convert the file to UTF-8 (for Shift_JIS: iconv -f SHIFT_JIS -t UTF-8) and build again.',
    ja: {
      summary: '原文が UTF-8（またはバイト順マーク付きの UTF-16）でない。最初の不正なバイトを行とともに示す。',
      action: 'ファイルを UTF-8 に変換してから（Shift_JIS なら iconv -f SHIFT_JIS -t UTF-8）もう一度ビルドする。',
    },
  },
  'read:line-length': {
    severity: 'error',
    summary: 'A line is longer than 100,000 characters, which no plan text has; refused before any parser runs.',
    action: 'Check that the file is the plan text with its line ends, not a binary file or one whose line breaks were lost.',
    ja: {
      summary: '10万文字を超える行がある。計画のテキストにそのような行はないため、どの解析の前にも受け付けない。',
      action: '改行を保った計画のテキストであり、バイナリファイルや改行の失われたファイルでないことを確かめる。',
    },
  },
  'read:invisible-character': {
    severity: 'warning',
    summary:
      'A line holds hidden characters, named as U+XXXX: zero-width, byte-order-mark and control characters are removed; bidirectional controls and separators are kept as written, and the site shows them as 〈U+XXXX〉.',
    action: 'Nothing if the line reads right; delete the hidden characters from the source to silence it.',
    ja: {
      summary:
        '行に見えない文字があった（U+XXXX で示す）。幅のない文字・バイト順マーク・制御文字は取り除き、双方向制御文字と区切り文字は書かれたとおり残して、サイトでは〈U+XXXX〉と表示する。',
      action: '行の読みが正しければ対処は不要。表示を消すには原文から見えない文字を削除する。',
    },
  },
  'read:source-hash': {
    severity: 'error',
    summary: "The source text's SHA-256 is not the one sources/source.json states.",
    action:
      'If the text changed on purpose, record its new sha256 in sources/source.json and say in provenance where it came from; else restore the committed text.',
    ja: {
      summary: '原文の SHA-256 が sources/source.json に記載の値と一致しない。',
      action:
        '意図してテキストを変えたのなら、新しい sha256 を sources/source.json に記録し、provenance に入手元を書く。そうでなければコミット済みのテキストに戻す。',
    },
  },

  // ── parse: lines → sections → entities ───────────────────────────────────────────────────────────────
  'parse:section': {
    severity: 'error',
    summary: 'A heading that starts a part of the plan (第１章, 第２章, the SDG table, 第３章) is missing or out of order.',
    action: 'Restore the heading line the message names, as the plan prints it.',
    ja: {
      summary: '計画の部分の始まりを示す見出し（第１章、第２章、SDGs の対応表、第３章）がないか、順序が違う。',
      action: 'メッセージが示す見出しの行を、計画に印刷されたとおりに戻す。',
    },
  },
  'parse:duplicate-page': {
    severity: 'error',
    summary: '第３章 has a second page for the same goal or policy.',
    action: 'Remove the repeated page, or correct the number in its heading.',
    ja: { summary: '第３章に同じ基本目標または施策のページが二つある。', action: '重複したページを削除するか、見出しの番号を正す。' },
  },
  'parse:duplicate-entry': {
    severity: 'error',
    summary: '第２章 lists a goal or policy a second time; reading of 第２章 stops there.',
    action: 'Remove the repeated line, or correct its number.',
    ja: { summary: '第２章に基本目標または施策が二度出てくる。第２章の読み取りはそこで止まる。', action: '重複した行を削除するか、番号を正す。' },
  },
  'parse:pillar-name': {
    severity: 'error',
    summary: 'A pillar of 第２章 has a code but no name.',
    action: 'Restore the name after the code (「1-1-1　name」).',
    ja: { summary: '第２章の施策の柱に番号はあるが名称がない。', action: '番号の後の名称を戻す（「1-1-1　名称」）。' },
  },
  'parse:goal-statement-missing': {
    severity: 'error',
    summary: 'A goal of 第２章 has no statement after its heading.',
    action: 'Restore the statement lines (…を実現する) after the goal heading.',
    ja: { summary: '第２章の基本目標の見出しの後に、目標の文がない。', action: '基本目標の見出しの後に文（…を実現する）の行を戻す。' },
  },
  'parse:goal-statement': {
    severity: 'warning',
    summary: 'A goal statement of 第２章 does not end in 「実現する」 as the others do.',
    action: 'Check that no other text (a label of the diagram, a stray line) was read into the statement.',
    ja: {
      summary: '第２章の基本目標の文が、ほかと違って「実現する」で終わっていない。',
      action: '図のラベルや紛れ込んだ行など、ほかのテキストが文に読み込まれていないか確かめる。',
    },
  },
  'parse:goals': {
    severity: 'error',
    summary: '第２章 lists no 基本目標.',
    action: 'Check that 第２章 holds the goal headings (「1　子育て・教育」).',
    ja: { summary: '第２章に基本目標が一つもない。', action: '第２章に基本目標の見出し（「1　子育て・教育」）があるか確かめる。' },
  },
  'parse:pillars': {
    severity: 'error',
    summary: '第２章 lists no 施策の柱.',
    action: 'Check that 第２章 holds the pillar entries (「1-1-1　結婚・妊娠・出産支援の推進」).',
    ja: { summary: '第２章に施策の柱が一つもない。', action: '第２章に施策の柱の行（「1-1-1　結婚・妊娠・出産支援の推進」）があるか確かめる。' },
  },
  'parse:vision': {
    severity: 'error',
    summary: '第１章 has no vision after the label 将来像.',
    action: 'Restore the label 将来像 and the vision on the line after it.',
    ja: { summary: '第１章で「将来像」のラベルの後に将来像がない。', action: '「将来像」のラベルと、その次の行の将来像を戻す。' },
  },
  'parse:kgi': {
    severity: 'error',
    summary: '第１章 names no KGI (the 「…」 names after 重要目標達成指標（KGI）).',
    action: 'Restore the sentence that names the KGIs in 「…」.',
    ja: { summary: '第１章に KGI の名称（重要目標達成指標（KGI）の後の「…」）がない。', action: 'KGI を「…」で挙げている文を戻す。' },
  },
  'parse:projects': {
    severity: 'error',
    summary: '第１章 has no priority project (a heading followed by 【主な取組】).',
    action: 'Check that 第１章 holds the project pages with their 【主な取組】.',
    ja: {
      summary: '第１章に重点プロジェクト（見出しと、その後の【主な取組】）がない。',
      action: '第１章にプロジェクトのページと【主な取組】があるか確かめる。',
    },
  },
  'parse:project-summary': {
    severity: 'error',
    summary: 'A priority project has no summary between its heading and 【主な取組】.',
    action: "Restore the project's summary paragraph.",
    ja: { summary: '重点プロジェクトの見出しと【主な取組】の間に概要がない。', action: 'プロジェクトの概要の段落を戻す。' },
  },
  'parse:project-item': {
    severity: 'error',
    summary: "Text in a project's 主な取組 that is not an initiative (①…), a 【担当課】 or an item 【施策 x-y-z】, or an item without an action.",
    action: 'Put the line back under its initiative or item, or restore the missing initiative heading or action.',
    ja: {
      summary: '重点プロジェクトの主な取組に、取組（①…）・【担当課】・項目【施策 x-y-z】のどれでもないテキストか、取組の文のない項目がある。',
      action: '行を元の取組や項目の下に戻すか、失われた取組の見出しや文を戻す。',
    },
  },
  'parse:initiative-departments': {
    severity: 'error',
    summary: 'A project initiative names no department (【担当課】).',
    action: "Restore the 【担当課】 on the initiative's line or the line after it.",
    ja: { summary: '重点プロジェクトの取組に担当課（【担当課】）がない。', action: '取組の行か次の行に【担当課】を戻す。' },
  },
  'parse:current-issues-missing': {
    severity: 'error',
    summary: 'A goal page has no ■本市の現状と課題 section.',
    action: 'Restore the section heading and its statements.',
    ja: { summary: '基本目標のページに「■本市の現状と課題」がない。', action: '見出しとその記述を戻す。' },
  },
  'parse:current-issue-text': {
    severity: 'error',
    summary: 'Text in 本市の現状と課題 that belongs to no ⚫ statement (before the first category, or not a bullet).',
    action: 'Start the statement with ⚫, or restore the category heading above it.',
    ja: {
      summary: '本市の現状と課題に、どの ⚫ の記述にも属さないテキストがある（最初の分類より前、または箇条書きでない）。',
      action: '記述を ⚫ で始めるか、上の分類の見出しを戻す。',
    },
  },
  'parse:current-issues': {
    severity: 'warning',
    summary: 'A category of 本市の現状と課題 has no ⚫ statement.',
    action: "Check whether the category's statements were lost, or whether the line is a category at all.",
    ja: { summary: '本市の現状と課題の分類に ⚫ の記述が一つもない。', action: '分類の記述が失われていないか、その行が本当に分類の見出しかを確かめる。' },
  },
  'parse:wellbeing-example': {
    severity: 'error',
    summary: 'A 主観 or 客観 example of 地域幸福度 has no Well-Being category left to belong to.',
    action: 'Check the category line above the examples: one category for each pair of 主観 and 客観.',
    ja: {
      summary: '地域幸福度の主観・客観の例に、属する Well-Being のカテゴリーが残っていない。',
      action: '例の上のカテゴリーの行を確かめる（主観と客観の一組ごとにカテゴリーが一つ）。',
    },
  },
  'parse:wellbeing': {
    severity: 'warning',
    summary: 'A goal page has no ■本市の地域幸福度 section, or a Well-Being category lacks its 主観 or 客観 example.',
    action: 'Compare the page with the plan and restore the section or the example.',
    ja: {
      summary: '基本目標のページに「■本市の地域幸福度」がないか、Well-Being のカテゴリーに主観または客観の例がない。',
      action: 'ページを計画と見比べ、見出しや例を戻す。',
    },
  },
  'parse:policy-page-section': {
    severity: 'error',
    summary: 'A policy page lacks ■目指す姿, ■成果指標 or ■施策の柱と主な取組.',
    action: 'Restore the section heading the message names.',
    ja: { summary: '施策のページに「■目指す姿」「■成果指標」「■施策の柱と主な取組」のどれかがない。', action: 'メッセージが示す見出しを戻す。' },
  },
  'parse:policy-page': {
    severity: 'warning',
    summary: 'Text of a policy page outside every known ■ section is skipped, or a repeated ■ section is merged into the first.',
    action: 'Check the heading the message names: a mistyped ■ heading loses its section.',
    ja: {
      summary: '施策のページで、既知のどの ■ の見出しにも属さないテキストを読み飛ばしたか、繰り返された ■ の見出しを最初のものにまとめた。',
      action: 'メッセージが示す見出しを確かめる。■ の見出しを打ち間違えると、その部分が失われる。',
    },
  },
  'parse:policy-vision-incomplete': {
    severity: 'error',
    summary: '目指す姿 lacks its headline or its paragraph.',
    action: 'Restore the headline (…まち) and the paragraph under it.',
    ja: { summary: '目指す姿に見出し文か段落がない。', action: '見出し文（…まち）とその下の段落を戻す。' },
  },
  'parse:policy-vision': {
    severity: 'warning',
    summary: 'No line of the 目指す姿 headline ends in まち; the first line is taken as the headline.',
    action: 'Check where the headline ends and the paragraph begins.',
    ja: { summary: '目指す姿の見出し文に「まち」で終わる行がないため、最初の行を見出し文とした。', action: '見出し文の終わりと段落の始まりを確かめる。' },
  },
  'parse:indicator-header': {
    severity: 'error',
    summary: 'A 成果指標 table has no header naming its default years (「指標 R6 基準 R12 目標 担当課」).',
    action: 'Restore the header line of the table.',
    ja: { summary: '成果指標の表に、既定の年度を示す見出しの行（「指標 R6 基準 R12 目標 担当課」）がない。', action: '表の見出しの行を戻す。' },
  },
  'parse:indicator-row': {
    severity: 'error',
    summary: 'A KPI row breaks its grammar (name, baseline, target, department): a value is missing, a unit is unknown, or the table has no row.',
    action: 'Compare the row with the plan and restore the missing or mistyped cell.',
    ja: {
      summary: '成果指標の行が書式（名称・基準値・目標値・担当課）に合わない。値が欠けている、単位が分からない、または表に行がない。',
      action: '行を計画と見比べ、欠けたり打ち間違えたりしたセルを戻す。',
    },
  },
  'parse:digit-grouping': {
    severity: 'error',
    summary: 'The digits of a KPI value are not grouped by thousands (a decimal comma: 32,8％).',
    action: 'Write the number as the plan does: 1,234 or 1234, with 「.」 as the decimal point.',
    ja: {
      summary: '成果指標の値の桁区切りが3桁ごとでない（小数点にカンマを使った 32,8％ など）。',
      action: '計画のとおり 1,234 または 1234 と書き、小数点は「.」にする。',
    },
  },
  'parse:indicator-number': {
    severity: 'error',
    summary: 'A KPI value has more than 15 significant digits, more than a published number holds exactly.',
    action: 'Check the value against the plan: its KPI values have a few digits.',
    ja: { summary: '成果指標の値の有効数字が15桁を超え、公開する数値で正確に表せない。', action: '値を計画と見比べる。計画の成果指標の値は数桁しかない。' },
  },
  'parse:indicator-department': {
    severity: 'error',
    summary: "A KPI row has no department after its target: its line was lost, and the next row's name would be read as it.",
    action: 'Restore the department (担当課) of the row.',
    ja: { summary: '成果指標の行の目標値の後に担当課がない。行が失われ、次の行の名称が担当課として読まれてしまう。', action: 'その行の担当課を戻す。' },
  },
  'parse:opinions': {
    severity: 'warning',
    summary: 'Text in 市民等からの意見・提案 that is not a ⚫ bullet is skipped.',
    action: 'Start the opinion with ⚫, or remove the stray line.',
    ja: { summary: '市民等からの意見・提案のうち、⚫ の箇条書きでないテキストを読み飛ばした。', action: '意見を ⚫ で始めるか、紛れ込んだ行を削除する。' },
  },
  'parse:expected-action-actor': {
    severity: 'error',
    summary: 'An expected action does not start with 「市民等は」 or 「事業者・団体等は」.',
    action: 'Restore the start of the action.',
    ja: { summary: '期待したい行動が「市民等は」「事業者・団体等は」のどちらでも始まっていない。', action: '行動の書き出しを戻す。' },
  },
  'parse:expected-actions': {
    severity: 'warning',
    summary: 'Text in 期待したい行動 that is not a ⚫ bullet is skipped.',
    action: 'Start the action with ⚫, or remove the stray line.',
    ja: { summary: '期待したい行動のうち、⚫ の箇条書きでないテキストを読み飛ばした。', action: '行動を ⚫ で始めるか、紛れ込んだ行を削除する。' },
  },
  'parse:pillar-heading': {
    severity: 'error',
    summary: '施策の柱と主な取組 lists no pillar, or has text before its first pillar heading.',
    action: 'Restore the pillar heading 「1 name」 and its 【担当課】 line.',
    ja: {
      summary: '施策の柱と主な取組に施策の柱が一つもないか、最初の柱の見出しより前にテキストがある。',
      action: '柱の見出し「1 名称」と【担当課】の行を戻す。',
    },
  },
  'parse:pillar-actions': {
    severity: 'error',
    summary: 'A pillar has no ⚫ action, or text under it that is not a ⚫ bullet.',
    action: 'Start the action with ⚫, or restore the lost actions.',
    ja: { summary: '施策の柱に ⚫ の取組がないか、その下に ⚫ の箇条書きでないテキストがある。', action: '取組を ⚫ で始めるか、失われた取組を戻す。' },
  },
  'parse:pillar-departments': {
    severity: 'error',
    summary: "A pillar's 【担当課】 names no department.",
    action: 'Restore the departments after 【担当課】.',
    ja: { summary: '施策の柱の【担当課】に課の名前がない。', action: '【担当課】の後に課の名前を戻す。' },
  },
  'parse:stray-departments': {
    severity: 'error',
    summary: "A 【担当課】 line among a pillar's actions, not right after a pillar heading.",
    action: 'Put the line back after its pillar heading, or restore the pillar heading above it.',
    ja: { summary: '【担当課】の行が、柱の見出しの直後ではなく取組の間にある。', action: '行を柱の見出しの後に戻すか、上の柱の見出しを戻す。' },
  },
  'parse:pillar-without-departments': {
    severity: 'error',
    summary: 'A pillar heading has no 【担当課】 line after it: its actions would move to the pillar before.',
    action: "Restore the pillar's 【担当課】 line.",
    ja: { summary: '施策の柱の見出しの後に【担当課】の行がない。その取組が一つ前の柱に移ってしまう。', action: '柱の【担当課】の行を戻す。' },
  },
  'parse:too-many-rows': {
    severity: 'error',
    summary: 'A list of a policy page has more rows than its order column can number (9,999).',
    action: 'Check for a block repeated many times.',
    ja: { summary: '施策のページの一覧の行数が、順番の列で数えられる数（9,999）を超えている。', action: '同じ部分が何度も繰り返されていないか確かめる。' },
  },
  'parse:unfinished-statement': {
    severity: 'error',
    summary: 'A statement (action, opinion, expected action, current issue, 目指す姿 paragraph) stops before its 。.',
    action: 'Restore the lost end of the statement, or move the line that ends it to where it belongs.',
    ja: {
      summary: '記述（取組、意見、期待したい行動、現状と課題、目指す姿の段落）が「。」の前で途切れている。',
      action: '記述の失われた終わりを戻すか、終わりの行を元の場所に移す。',
    },
  },
  'parse:source-ends-mid-sentence': {
    severity: 'error',
    summary: 'The file ends in the middle of a statement: it is cut short.',
    action: 'Restore the end of the file.',
    ja: { summary: 'ファイルが記述の途中で終わっている。途中で切れている。', action: 'ファイルの終わりを戻す。' },
  },
  'parse:text-after-statement': {
    severity: 'warning',
    summary: 'A line continues a statement after its 。; published as one statement.',
    action: 'Check that the line belongs to the statement and is not a stray line.',
    ja: { summary: '「。」の後に記述の続きの行がある。一つの記述として公開した。', action: 'その行が記述の一部であり、紛れ込んだ行でないことを確かめる。' },
  },
  'parse:sdg-table': {
    severity: 'warning',
    summary: 'The SDG table lists no policy row (「1-1　name ● …」).',
    action: 'Check the table under ■施策とSDGｓ.',
    ja: { summary: 'SDGs の対応表に施策の行（「1-1　名称 ● …」）が一つもない。', action: '「■施策とSDGｓ」の下の表を確かめる。' },
  },
  'parse:normalised-space': {
    severity: 'info',
    summary: 'Spaces written with other characters (U+3000, U+00A0, a tab, other Unicode spaces) were read as spaces; one entry names them and every line.',
    action: 'Nothing: codes, numbers and lists read the same whichever space the extractor wrote.',
    ja: {
      summary: 'ほかの文字で書かれた空白（U+3000、U+00A0、タブ、その他の Unicode の空白）を空白として読んだ。1件の記録に該当する文字とすべての行を示す。',
      action: '対処は不要。抽出ツールがどの空白を書いても、番号・数値・一覧は同じに読む。',
    },
  },
  'parse:normalised-dash': {
    severity: 'info',
    summary: 'A dash or minus sign (U+2010–U+2015, U+2212, U+FF0D, ー) between digits or before a number was read as "-"; one entry names them and every line.',
    action: 'Nothing: 1－1－1 is the code 1-1-1 and −5 the number -5.',
    ja: {
      summary:
        '数字の間または数値の前にあるダッシュ・マイナス記号（U+2010～U+2015、U+2212、U+FF0D、ー）を「-」として読んだ。1件の記録に該当する文字とすべての行を示す。',
      action: '対処は不要。1－1－1 は番号 1-1-1、−5 は数値 -5 として読む。',
    },
  },
  'parse:normalised-bullet': {
    severity: 'info',
    summary:
      "A bullet written with another glyph (●, •, ・ at a line start, a PDF font's private-use bullet) was read as ⚫; one entry names them and every line.",
    action: 'Nothing: the statements are split at these bullets as at ⚫.',
    ja: {
      summary: 'ほかの記号で書かれた行頭の黒丸（●、•、行頭の・、PDF のフォント独自の記号）を ⚫ として読んだ。1件の記録に該当する記号とすべての行を示す。',
      action: '対処は不要。⚫ と同じようにここで文を区切る。',
    },
  },
  'parse:normalised-digit': {
    severity: 'info',
    summary:
      'A KPI value was written with full-width digits, decimal point or comma (４９．３％); its notation is published with ASCII ones (49.3％), as its value is read.',
    action: 'Nothing: the value and its notation read the same whichever width the digits were written in.',
    ja: {
      summary: '成果指標の値が全角の数字・小数点・カンマ（４９．３％）で書かれていた。値と同じく、表記も半角（49.3％）で公開する。',
      action: '対処は不要。数字の幅が違っても値と表記は同じに読む。',
    },
  },
  'parse:normalised-separator': {
    severity: 'info',
    summary: 'A list of departments is separated by other marks than 、 (・, ／, spaces, a comma); they were read as separators.',
    action: 'Nothing if the departments listed are right; write 、 between them to silence it.',
    ja: {
      summary: '担当課の一覧が「、」以外の記号（・、／、空白、カンマ）で区切られていた。これらを区切りとして読んだ。',
      action: '挙げられた担当課が正しければ対処は不要。表示を消すには課の間を「、」で区切る。',
    },
  },
  'parse:ambiguous-line-break': {
    severity: 'warning',
    summary:
      'Nothing in the text tells whether a line starts a new entry of a list without markers (a project action, a related plan, a row of Well-Being categories) or continues the line before it, which the PDF may have wrapped; the message says how it was read.',
    action: 'Compare with the PDF: if the reading is wrong, join the two lines in the source (or break them where the entries part).',
    ja: {
      summary:
        '記号のない一覧（重点プロジェクトの取組、主な個別計画、地域幸福度の行）で、ある行が新しい項目の始まりか、PDF で折り返された前の行の続きかを本文から判断できない。どちらに読んだかをメッセージに示す。',
      action: 'PDF と照らし合わせる。読みが違っていれば、原文で2行をつなぐ（または項目の境目で改行する）。',
    },
  },
  'parse:repeated-header': {
    severity: 'info',
    summary: 'A table header repeated inside its table (after a page break) was recognised and skipped.',
    action: 'Nothing: the rows before and after it are one table.',
    ja: {
      summary: '表の中で（改ページの後に）繰り返された表の見出し行を見出しとして認識し、読み飛ばした。',
      action: '対処は不要。前後の行は一つの表として読む。',
    },
  },
  'parse:page-furniture': {
    severity: 'warning',
    summary: 'A line that looks like page furniture (a page number, a running header or footer) stood among the text and was skipped.',
    action: 'Check that the line is not content the plan states; delete it from the source to silence the warning.',
    ja: {
      summary: 'ページ番号・柱（ページの上下の見出し）のように見える行が本文の中にあり、読み飛ばした。',
      action: 'その行が計画の内容でないことを確かめる。表示を消すには原文からその行を削除する。',
    },
  },

  // ── curated: the supplements in sources/ ────────────────────────────────────────────────────────────
  'curated:character': {
    severity: 'error',
    summary:
      'A curated file holds a hidden character — a control (NUL, ESC, TAB), zero-width, bidirectional-override or separator character — named as U+XXXX at its line and column.',
    action: 'Retype the text there; line ends are the only controls a curated file may hold.',
    ja: {
      summary:
        '整備ファイル（sources/ の CSV）に見えない文字（NUL・ESC・タブなどの制御文字、幅のない文字、双方向制御文字、区切り文字）がある。行と列、U+XXXX で示す。',
      action: 'その箇所を打ち直す。整備ファイルに書ける制御文字は改行だけ。',
    },
  },
  'curated:csv': {
    severity: 'error',
    summary: 'A curated file is not valid CSV (an unclosed quote, a stray quote).',
    action: 'Fix the quoting on the line named; save the file as CSV UTF-8.',
    ja: {
      summary: '人が作成したファイルが正しい CSV でない（閉じていない引用符、余分な引用符）。',
      action: '示された行の引用符を直し、CSV UTF-8 で保存する。',
    },
  },
  'curated:header': {
    severity: 'error',
    summary: 'sources/sdg-links.csv does not start with the header 施策番号,SDGゴール番号,出典.',
    action: 'Restore the header line.',
    ja: { summary: '記録ファイル sources/sdg-links.csv の先頭が見出し 施策番号,SDGゴール番号,出典 でない。', action: '見出しの行を戻す。' },
  },
  'curated:sdg-link': {
    severity: 'error',
    summary:
      'A row of sources/sdg-links.csv is invalid: an unknown policy, an SDG outside 1–17, no 出典, a link listed twice, or more links than the plan has ●.',
    action: 'Correct the row against the original PDF.',
    ja: {
      summary: 'sources/sdg-links.csv の行が正しくない。存在しない施策、1〜17 以外の SDG、出典がない、同じ対応が二度ある、または計画の ● より多い対応がある。',
      action: '原本の PDF と見比べて行を正す。',
    },
  },
  'curated:actuals-encoding': {
    severity: 'error',
    summary: 'sources/indicator-actuals.csv is not UTF-8.',
    action: 'Save it as CSV UTF-8, not in Shift_JIS.',
    ja: { summary: '記録ファイル sources/indicator-actuals.csv が UTF-8 でない。', action: 'Shift_JIS ではなく CSV UTF-8 で保存する。' },
  },
  'curated:actuals-header': {
    severity: 'error',
    summary: 'sources/indicator-actuals.csv does not start with the header 指標ID,年度,実績値,出典.',
    action: 'Restore the header line.',
    ja: { summary: '記録ファイル sources/indicator-actuals.csv の先頭が見出し 指標ID,年度,実績値,出典 でない。', action: '見出しの行を戻す。' },
  },
  'curated:actual-columns': {
    severity: 'error',
    summary: 'A row of the actuals does not have its four cells.',
    action: 'Quote a value that holds a comma, and write numbers without one.',
    ja: { summary: '実績値の行のセルが4つでない。', action: 'カンマを含む値は引用符で囲み、数値はカンマなしで書く。' },
  },
  'curated:actual-text': {
    severity: 'error',
    summary: 'A cell of the actuals holds a line break.',
    action: 'Retype the cell.',
    ja: { summary: '実績値のセルに改行がある。', action: 'セルを1行で打ち直す。' },
  },
  'curated:actual-formula': {
    severity: 'error',
    summary: 'A cell of the actuals starts like a spreadsheet formula (=, +, -, @).',
    action: 'Write the value itself.',
    ja: { summary: '実績値のセルが表計算の数式のように（=、+、-、@ で）始まっている。', action: '値そのものを書く。' },
  },
  'curated:actual-kpi': {
    severity: 'error',
    summary: '指標ID is not a KPI ID such as kpi-4-1-1, or names no KPI of the plan.',
    action: 'Use the ID of the KPI as 062022_indicators.csv lists it.',
    ja: {
      summary: '指標ID が kpi-4-1-1 のような成果指標の ID でないか、計画のどの成果指標も指していない。',
      action: '062022_indicators.csv にある成果指標の ID を使う。',
    },
  },
  'curated:actual-year': {
    severity: 'error',
    summary: '年度 is not a 西暦 fiscal year such as 2026.',
    action: 'Write the fiscal year as four digits (令和8年度 = 2026).',
    ja: { summary: '年度が 2026 のような西暦の年度でない。', action: '年度を西暦4桁で書く（令和8年度 = 2026）。' },
  },
  'curated:actual-value': {
    severity: 'error',
    summary: "実績値 is not a bare number in the KPI's unit (no thousands separator, sign +, unit or full-width digit; at most 15 significant digits).",
    action: 'Write the bare number, as the message suggests.',
    ja: {
      summary: '実績値が成果指標の単位での数値だけになっていない（桁区切り・+ の符号・単位・全角数字は使えず、有効数字は15桁まで）。',
      action: 'メッセージが示すとおり、数値だけを書く。',
    },
  },
  'curated:actual-provenance': {
    severity: 'error',
    summary: 'A row of the actuals has no 出典.',
    action: 'Say where the figure was published: a URL or a document title.',
    ja: { summary: '実績値の行に出典がない。', action: '数値が公表された場所（URL または文書名）を書く。' },
  },
  'curated:actual-duplicate': {
    severity: 'error',
    summary: 'A second actual for the same KPI and year.',
    action: 'Keep one row per KPI and year: correct the first instead.',
    ja: { summary: '同じ成果指標・同じ年度の実績値が二つある。', action: '成果指標と年度ごとに1行にし、最初の行を正す。' },
  },
  'curated:actual-year-range': {
    severity: 'error',
    summary: "An actual's year is before its KPI's baseline year or after 2035, the end of the vision.",
    action: 'Check the year.',
    ja: { summary: '実績値の年度が、成果指標の基準年度より前か、将来像の最終年度（2035年度）より後。', action: '年度を確かめる。' },
  },

  // ── pages: 第３章 against 第２章 ─────────────────────────────────────────────────────────────────────
  'pages:unknown-goal': {
    severity: 'error',
    summary: '第３章 has a page for a goal 第２章 does not list.',
    action: "Correct the goal's number in the page heading, or in 第２章.",
    ja: { summary: '第３章に、第２章にない基本目標のページがある。', action: 'ページの見出しか第２章で、基本目標の番号を正す。' },
  },
  'pages:goal-name': {
    severity: 'warning',
    summary: "A goal page names its goal differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
    ja: { summary: '基本目標のページでの目標の名称が第２章と違う。第２章の名称を公開した。', action: 'どちらの表記が計画のものか確かめる。' },
  },
  'pages:goal-statement': {
    severity: 'warning',
    summary: "A goal page states its goal differently from 第２章; 第２章's statement is published.",
    action: 'Check which wording is the plan’s.',
    ja: { summary: '基本目標のページでの目標の文が第２章と違う。第２章の文を公開した。', action: 'どちらの文言が計画のものか確かめる。' },
  },
  'pages:missing-policy-page': {
    severity: 'error',
    summary: 'A goal has a page, but one of its policies has none (is the file cut short?).',
    action: "Restore the policy's page.",
    ja: { summary: '基本目標にはページがあるのに、その施策の一つにページがない（ファイルが途中で切れていないか）。', action: '施策のページを戻す。' },
  },
  'pages:issue-category': {
    severity: 'info',
    summary: 'A category of 本市の現状と課題 is not the name of a policy of its goal: its statements are published without a policy.',
    action: 'Nothing: the plan groups these statements under a name of its own.',
    ja: {
      summary: '本市の現状と課題の分類名が、その基本目標のどの施策の名称とも一致しない。その記述は施策と結び付けずに公開した。',
      action: '対処は不要。計画がこれらの記述を独自の名前でまとめている。',
    },
  },
  'pages:unknown-policy': {
    severity: 'error',
    summary: '第３章 has a page for a policy 第２章 does not list.',
    action: "Correct the policy's code in the page heading, or in 第２章.",
    ja: { summary: '第３章に、第２章にない施策のページがある。', action: 'ページの見出しか第２章で、施策の番号を正す。' },
  },
  'pages:policy-name': {
    severity: 'warning',
    summary: "A policy page names its policy differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
    ja: { summary: '施策のページでの施策の名称が第２章と違う。第２章の名称を公開した。', action: 'どちらの表記が計画のものか確かめる。' },
  },
  'pages:unknown-pillar': {
    severity: 'error',
    summary: 'A policy page lists a pillar 第２章 does not have.',
    action: "Correct the pillar's number on the page, or in 第２章.",
    ja: { summary: '施策のページに、第２章にない施策の柱がある。', action: 'ページか第２章で、柱の番号を正す。' },
  },
  'pages:pillar-name': {
    severity: 'warning',
    summary: "A policy page names a pillar differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
    ja: { summary: '施策のページでの施策の柱の名称が第２章と違う。第２章の名称を公開した。', action: 'どちらの表記が計画のものか確かめる。' },
  },
  'pages:source-ends-early': {
    severity: 'error',
    summary: 'The file ends inside a policy page, before pillars 第２章 lists for it.',
    action: 'Restore the end of the file.',
    ja: { summary: 'ファイルが施策のページの途中、第２章に挙げられた柱より前で終わっている。', action: 'ファイルの終わりを戻す。' },
  },
  'pages:pillar-missing': {
    severity: 'warning',
    summary: "A pillar of 第２章 is not on its policy's page.",
    action: 'Check the page for a lost pillar heading.',
    ja: { summary: '第２章の施策の柱が、その施策のページにない。', action: 'ページで柱の見出しが失われていないか確かめる。' },
  },
  'pages:footnote-unmarked': {
    severity: 'warning',
    summary: "A policy page's footnote defines a term that no ※ on that page marks: the mark was lost, and with it the term's usage there.",
    action: 'Restore the ※ after the term in the text, or remove the footnote if the page does not use the term.',
    ja: {
      summary: '施策ページの脚注が用語を説明しているが、そのページのどこにも ※ が付いていない。※ が失われ、その用語の使用箇所もわからなくなった。',
      action: '本文の用語の後に ※ を戻す。そのページで使っていない用語なら脚注を削除する。',
    },
  },
  'pages:no-indicator': {
    severity: 'warning',
    summary: 'A policy page has no 成果指標 (KPI).',
    action: 'Check the ■成果指標 section of the page.',
    ja: { summary: '施策のページに成果指標（KPI）がない。', action: 'ページの「■成果指標」を確かめる。' },
  },

  // ── unresolved: what the text does not determine ─────────────────────────────────────────────────────
  'unresolved:goal-page': {
    severity: 'info',
    summary: 'A goal has no page in 第３章 of this text: its current issues and Well-Being categories are not published.',
    action: 'Nothing in the data: the text lacks the page. A later text that holds it fills the tables.',
    ja: {
      summary: 'この抽出テキストの第３章に基本目標のページがない。その現状と課題と地域幸福度（Well-Being）のカテゴリーは公開していない。',
      action: 'データでの対処はない（テキストにページがない）。ページを含む新しいテキストから作れば表に入る。',
    },
  },
  'unresolved:policy-page': {
    severity: 'info',
    summary:
      "A policy has no page in 第３章 of this text: its 目指す姿, KPIs, related plans, opinions, expected actions and its pillars' actions and departments are not published.",
    action: 'Nothing in the data: the text lacks the page. A later text that holds it fills the tables.',
    ja: {
      summary:
        'この抽出テキストの第３章に施策のページがない。その目指す姿・成果指標・個別計画・意見・期待したい行動と、施策の柱の主な取組・担当課は公開していない。',
      action: 'データでの対処はない（テキストにページがない）。ページを含む新しいテキストから作れば表に入る。',
    },
  },
  'unresolved:glossary-definition': {
    severity: 'info',
    summary: "A glossary term's definition is masked (＊＊＊) in the source: published without one, none invented.",
    action: 'Nothing: the definition is not in the text.',
    ja: { summary: '用語解説の定義が原文で伏字（＊＊＊）になっている。定義なしで公開し、推測で補ってもいない。', action: '対処はない。定義はテキストにない。' },
  },
  'unresolved:sdg-goals-1-7': {
    severity: 'info',
    summary: 'The plan marks a policy with ● among SDGs 1–7, but extraction lost which columns: only curated links are published.',
    action: 'Read the links off the original PDF into sources/sdg-links.csv, each with its 出典.',
    ja: {
      summary: '計画は SDGs 1〜7 の欄に施策の ● を付けているが、抽出でどの欄かが失われた。人が確かめた対応だけを公開する。',
      action: '原本の PDF から対応を読み取り、出典とともに sources/sdg-links.csv に記録する。',
    },
  },
  'unresolved:sdg-goals-8-17': {
    severity: 'info',
    summary: 'The SDG 8–17 half of the table came out as unlabeled rows of ●: no SDG 8–17 link is published from the text.',
    action: 'Read the links off the original PDF into sources/sdg-links.csv, each with its 出典.',
    ja: {
      summary: 'SDGs 8〜17 の半分の表が、見出しのない ● の行として抽出された。テキストからは SDGs 8〜17 の対応を公開していない。',
      action: '原本の PDF から対応を読み取り、出典とともに sources/sdg-links.csv に記録する。',
    },
  },

  // ── plausibility: well-formed, but wrong ─────────────────────────────────────────────────────────────
  'plausibility:baseline-condition': {
    severity: 'error',
    summary: 'A KPI baseline carries 以上/以下/未満, which only a target has: are baseline and target swapped?',
    action: 'Put the values back in the order baseline, target.',
    ja: {
      summary: '成果指標の基準値に、目標値にしかない「以上・以下・未満」が付いている。基準値と目標値が入れ替わっていないか。',
      action: '値を基準値・目標値の順に戻す。',
    },
  },
  'plausibility:fiscal-year-order': {
    severity: 'error',
    summary: "A KPI's baseline year is after its target year (in a row, or in the table header).",
    action: 'Check the years against the plan: are they swapped?',
    ja: { summary: '成果指標の基準年度が目標年度より後になっている（行または表の見出しで）。', action: '年度を計画と見比べる。入れ替わっていないか。' },
  },
  'plausibility:fiscal-year-span': {
    severity: 'error',
    summary: "A KPI's target year lies outside the plan's period, or its baseline year after it or before 令和.",
    action: 'Check the year against the plan (the period is in sources/source.json).',
    ja: {
      summary: '成果指標の目標年度が計画期間の外にあるか、基準年度がそれより後または令和より前。',
      action: '年度を計画と見比べる（計画期間は sources/source.json にある）。',
    },
  },
  'plausibility:department-name': {
    severity: 'error',
    summary: "A department name holds a value (digits, ％, 以上/以下/未満) or does not end like the plan's (…課, …センター).",
    action: 'Restore the department name; a value in its place means a cell slid.',
    ja: {
      summary: '担当課の名前に値（数字、％、以上・以下・未満）が入っているか、計画の課の名前の終わり方（…課、…センター）をしていない。',
      action: '担当課の名前を戻す。値が入っているのはセルがずれたため。',
    },
  },
  'plausibility:duplicate-indicator': {
    severity: 'warning',
    summary: 'A KPI row repeats an earlier row of the same policy: both are published, and the IDs after it shift.',
    action: 'Remove the duplicated row if the plan does not list it twice.',
    ja: {
      summary: '成果指標の行が、同じ施策の前の行を繰り返している。両方を公開し、その後の ID は一つずつずれる。',
      action: '計画が二度挙げていないなら、重複した行を削除する。',
    },
  },
  'plausibility:duplicate-action': {
    severity: 'warning',
    summary: 'A pillar action repeats an earlier action of the same pillar: both are published, and the IDs after it shift.',
    action: 'Remove the duplicated action if the plan does not list it twice.',
    ja: {
      summary: '施策の柱の取組が、同じ柱の前の取組を繰り返している。両方を公開し、その後の ID は一つずつずれる。',
      action: '計画が二度挙げていないなら、重複した取組を削除する。',
    },
  },

  // ── glossary: ※ marks and footnotes ─────────────────────────────────────────────────────────────────
  'glossary:definition-differs': {
    severity: 'warning',
    summary: 'A footnote term is defined differently on two pages; the first definition is published.',
    action: 'Check which definition is the plan’s.',
    ja: { summary: '用語解説の用語が二つのページで違う定義になっている。最初の定義を公開した。', action: 'どちらの定義が計画のものか確かめる。' },
  },
  'glossary:unknown-term': {
    severity: 'warning',
    summary: 'A ※ follows no footnote term of any page.',
    action: 'Check the footnotes of the page (＊term：…) and the words before the ※.',
    ja: { summary: '※ の前に、どのページの用語解説にもない語がある。', action: 'そのページの用語解説（＊用語：…）と、※ の前の語を確かめる。' },
  },
  'glossary:unused-term': {
    severity: 'warning',
    summary: 'A footnote term is marked ※ nowhere in the text.',
    action: 'Check for a lost ※ after the term in the text.',
    ja: { summary: '用語解説の用語が、本文のどこにも ※ 付きで出てこない。', action: '本文でその用語の後の ※ が失われていないか確かめる。' },
  },
  'glossary:source-ends-early': {
    severity: 'error',
    summary: 'A ※ on the page that ends the file has no footnote there: the file stops before the page’s footnotes.',
    action: 'Restore the end of the file.',
    ja: { summary: 'ファイルの最後のページの ※ に用語解説がない。ファイルがそのページの用語解説より前で終わっている。', action: 'ファイルの終わりを戻す。' },
  },

  // ── progress: curated actuals against their KPIs ─────────────────────────────────────────────────────
  'progress:percent-as-fraction': {
    severity: 'warning',
    summary: 'An actual of a ％ KPI looks like a fraction (0.52 for 52％); published as written.',
    action: 'Write the value in ％ (52) in sources/indicator-actuals.csv if it is one.',
    ja: {
      summary: '単位が％の成果指標の実績値が割合のように見える（52％ を 0.52 と書くなど）。書かれたとおりに公開した。',
      action: '割合なら sources/indicator-actuals.csv の値を％で（52 と）書く。',
    },
  },
  'progress:target-against-direction': {
    severity: 'warning',
    summary:
      "A KPI's target lies against the direction its condition gives, so the progress rate of an actual that misses it measures movement away from the condition.",
    action: 'Read the progress rate with that in mind: it decides no grade there, and the actual is graded C by its condition.',
    ja: {
      summary: '成果指標の目標値が、条件の示す向きと逆の側にある。目標に届かない実績値の進捗率は、条件から離れた度合いを表す。',
      action: '進捗率はそのつもりで読む。この場合、進捗率は評価を決めず、実績値は条件によって C と評価する。',
    },
  },

  // ── model, integrity: the tables ─────────────────────────────────────────────────────────────────────
  'model:schema': {
    severity: 'error',
    summary: "A record breaks its table's schema (a type, a pattern, a bound).",
    action: 'Correct the source line the message names.',
    ja: { summary: 'レコードが表のスキーマ（型、パターン、範囲）に合わない。', action: 'メッセージが示す原文の行を正す。' },
  },
  'integrity:duplicate-id': {
    severity: 'error',
    summary: 'Two records have the same ID.',
    action: 'Correct the repeated code in the source.',
    ja: { summary: '二つのレコードの ID が同じ。', action: '原文で重複した番号を正す。' },
  },
  'integrity:reference': {
    severity: 'error',
    summary: 'A record refers to a record that does not exist.',
    action: 'Correct the code it cites, or restore the record it names.',
    ja: { summary: 'レコードが存在しないレコードを参照している。', action: '参照している番号を正すか、参照先のレコードを戻す。' },
  },
  'integrity:empty': {
    severity: 'error',
    summary: 'No goals, policies, pillars or projects were read.',
    action: 'Check that the file is the plan text.',
    ja: { summary: '基本目標・施策・施策の柱・重点プロジェクトが一つも読み取れなかった。', action: 'ファイルが計画のテキストか確かめる。' },
  },
  'integrity:goal-without-policy': {
    severity: 'error',
    summary: 'A goal has no policy in 第２章.',
    action: "Restore the goal's policies in 第２章.",
    ja: { summary: '第２章の基本目標に施策が一つもない。', action: '第２章にその基本目標の施策を戻す。' },
  },
  'integrity:policy-without-pillar': {
    severity: 'error',
    summary: 'A policy has no pillar in 第２章.',
    action: "Restore the policy's pillars in 第２章.",
    ja: { summary: '第２章の施策に施策の柱が一つもない。', action: '第２章にその施策の柱を戻す。' },
  },
  'integrity:pillar-name-mismatch': {
    severity: 'warning',
    summary: 'A project item cites a pillar by another name than 第２章 gives it; published as written.',
    action: 'Nothing when the plan itself says so; else correct the citation.',
    ja: {
      summary: '重点プロジェクトの項目が、施策の柱を第２章とは違う名称で引用している。書かれたとおりに公開した。',
      action: '計画自体がそう書いているなら対処は不要。そうでなければ引用を正す。',
    },
  },

  // ── emit, validate: the files ────────────────────────────────────────────────────────────────────────
  'emit:csv-formula': {
    severity: 'info',
    summary: "A cell starts like a spreadsheet formula: the CSV prefixes it with ' (OWASP CSV injection), the JSON keeps it as written.",
    action: 'Nothing: read the JSON for the text as written.',
    ja: {
      summary: "セルが表計算の数式のように始まっている。CSV では先頭に ' を付け（OWASP の CSV インジェクション対策）、JSON では書かれたとおりに残した。",
      action: '対処は不要。書かれたとおりのテキストは JSON で読める。',
    },
  },
  'emit:xlsx-too-many-rows': {
    severity: 'error',
    summary: 'A table has more records than an Excel sheet holds below its header (1,048,575).',
    action: 'Check the source for a block repeated many times.',
    ja: {
      summary: '表のレコード数が、Excel のシートに見出しの下に入る行数（1,048,575）を超えている。',
      action: '原文で同じ部分が何度も繰り返されていないか確かめる。',
    },
  },
  'emit:xlsx-cell-too-long': {
    severity: 'error',
    summary: 'A text is longer than an Excel cell holds (32,767 characters).',
    action: 'Check the source there: a text this long is most likely lines run together.',
    ja: {
      summary: 'テキストが Excel のセルに入る長さ（32,767文字）を超えている。',
      action: '原文のその箇所を確かめる。これほど長いのは、おそらく行がつながってしまったため。',
    },
  },
  'emit:linked-data': {
    severity: 'error',
    summary:
      'A linked-data file of the build does not read back as written (jsonld.js in safe mode for .jsonld, n3 for .ttl), or would carry an IRI Turtle cannot: nothing is written.',
    action: 'Check the setting or text the message names (an IRI with a space, ", <, > or a line break); else report it as a bug.',
    ja: {
      summary:
        'ビルドした Linked Data のファイルが書いたとおりに読み戻せない（.jsonld は jsonld.js のセーフモード、.ttl は n3 で読む）か、Turtle に書けない IRI を含む。何も書き出さない。',
      action: 'メッセージが示す設定や文（空白・"・<・>・改行を含む IRI など）を確かめる。該当がなければ不具合として報告する。',
    },
  },
  'validate:json-schema': {
    severity: 'error',
    summary: 'A JSON file of the build breaks its committed schema (schemas/).',
    action: 'Run npm run schemas after changing the model, and commit schemas/.',
    ja: {
      summary: 'ビルドした JSON ファイルが、コミット済みのスキーマ（schemas/）に合わない。',
      action: 'モデルを変えたら npm run schemas を実行し、schemas/ をコミットする。',
    },
  },
  'validate:schema-missing': {
    severity: 'error',
    summary: 'A JSON file of the build has no committed schema.',
    action: 'Run npm run schemas and commit schemas/.',
    ja: { summary: 'ビルドした JSON ファイルに、コミット済みのスキーマがない。', action: 'npm run schemas を実行し、schemas/ をコミットする。' },
  },

  // ── cli: every command's edge ────────────────────────────────────────────────────────────────────────
  'cli:usage': {
    severity: 'error',
    exit: 2,
    summary: 'A command was given an unknown option or the wrong arguments.',
    action: 'Read the usage the command prints with it.',
    ja: { summary: 'コマンドに未知のオプションか、誤った引数が与えられた。', action: 'コマンドが一緒に表示する使い方を読む。' },
  },
  'cli:config': {
    severity: 'error',
    exit: 2,
    summary: 'A setting is invalid: in dataset.config.json, sources/source.json or a DATASET_* variable.',
    action: 'Correct the setting the message names (the file, line and key).',
    ja: {
      summary: '設定が正しくない（dataset.config.json、sources/source.json または DATASET_* 変数）。',
      action: 'メッセージが示す設定（ファイル・行・キー）を正す。',
    },
  },
  'cli:source-unusable': {
    severity: 'error',
    exit: 2,
    summary: '--source names nothing readable, or not a regular file.',
    action: 'Give the path of the plan text.',
    ja: { summary: '指定した --source が読めないか、通常のファイルでない。', action: '計画のテキストのパスを指定する。' },
  },
  'cli:input-unusable': {
    severity: 'error',
    exit: 2,
    summary:
      'A file the build reads from the repository (dataset.config.json, sources/source.json and the text it names, a curated CSV, a committed schema) is not a regular file of bounded size inside the repository; refused before it is read.',
    action: 'Restore the file from git (git checkout -- FILE); make source.json name a file inside the repository.',
    ja: {
      summary:
        'ビルドがリポジトリから読むファイル（dataset.config.json、sources/source.json とそれが指すテキスト、人が作成した CSV、コミット済みのスキーマ）が、リポジトリ内にある大きさの限られた通常のファイルでない。読む前に受け付けなかった。',
      action: 'ファイルを git から戻す（git checkout -- FILE）。source.json にはリポジトリ内のファイルを指定する。',
    },
  },
  'cli:out-refused': {
    severity: 'error',
    exit: 2,
    summary: '--out is not a folder the build may replace (a file, a folder of yours, the sources).',
    action: 'Give a new or empty folder, or a previous output of the build.',
    ja: {
      summary: '指定した --out が、ビルドで置き換えてよいフォルダでない（ファイル、利用者のフォルダ、sources など）。',
      action: '新しいか空のフォルダ、または以前のビルドの出力を指定する。',
    },
  },
  'cli:out-busy': {
    severity: 'error',
    exit: 4,
    summary: 'Another build is writing the same --out.',
    action: 'Wait for it to finish.',
    ja: { summary: '別のビルドが同じ --out に書き込んでいる。', action: '終わるのを待つ。' },
  },
  'cli:io': {
    severity: 'error',
    exit: 3,
    summary: 'The system refused a read or a write (disk full, read-only, permission, I/O error); the previous output is kept.',
    action: 'Fix what the OS error names, and run the command again.',
    ja: {
      summary: 'システムが読み書きを拒んだ（ディスクの空きがない、読み取り専用、権限、入出力エラー）。以前の出力はそのまま残した。',
      action: 'エラーの示す原因（OS が伝えるもの）を取り除き、コマンドをもう一度実行する。',
    },
  },
  'cli:unknown-setting': {
    severity: 'warning',
    summary: 'A DATASET_* variable names no setting; it is ignored.',
    action: 'Check its spelling, or unset it.',
    ja: { summary: 'DATASET_* 変数がどの設定も指していないため、無視した。', action: '綴りを確かめるか、変数を削除する。' },
  },
  'cli:meaning-changed': {
    severity: 'warning',
    summary:
      'A record of the output being replaced now means something else under the same ID (its label moved to another ID, or was replaced by another); the build still replaces it.',
    action: 'If a row was inserted, deleted or split by mistake, restore it; if the change is meant, the release needs a MAJOR version (npm run diff).',
    ja: {
      summary:
        '置き換える前の出力の記録が、同じ ID のまま別のものを指すようになった（名称がほかの ID に移った、またはほかの名称に置き換わった）。ビルドは出力を置き換える。',
      action: '行の挿入・削除・分割が誤りなら元に戻す。意図した変更なら、公開には MAJOR のバージョンが必要（npm run diff）。',
    },
  },
  'cli:record-removed': {
    severity: 'warning',
    summary: 'Records of the output being replaced are gone from the new build (their lines deleted, or their IDs shifted away).',
    action: 'If a line was deleted by mistake, restore it; if the removal is meant, the release needs a MAJOR version (npm run diff).',
    ja: {
      summary: '置き換える前の出力にあった記録が、新しいビルドにない（行が削除された、または ID がずれた）。',
      action: '行を誤って削除したなら元に戻す。意図した削除なら、公開には MAJOR のバージョンが必要（npm run diff）。',
    },
  },
  'cli:list-count-changed': {
    severity: 'warning',
    summary:
      'A list the text delimits by line breaks or separators alone (project actions, related plans, categories, departments) has another count of items than in the output being replaced.',
    action: 'Check that no entry was split over two lines or two joined into one (a line wrapped elsewhere); if the change is meant, nothing.',
    ja: {
      summary: '改行や区切り記号だけで区切られた一覧（重点プロジェクトの取組、主な個別計画、分類、担当課）の項目数が、置き換える前の出力と違う。',
      action: '1項目が2行に分かれたり、2項目が1行になったり（ほかの位置での折り返し）していないか確かめる。意図した変更なら対処は不要。',
    },
  },
  'cli:internal': {
    severity: 'error',
    summary: 'A bug of ours, reported without a stack trace.',
    action: 'Report it with the command you ran and the line printed.',
    ja: { summary: 'こちらのプログラムの不具合（スタックトレースなしで報告）。', action: '実行したコマンドと表示された行を添えて報告する。' },
  },

  // ── release: the release commands ────────────────────────────────────────────────────────────────────
  'release:tag-version': {
    severity: 'error',
    summary: 'The release tag is not v followed by the version in dataset.config.json.',
    action: 'Tag the configured version, or set "version" to the tag’s and commit first.',
    ja: {
      summary: 'リリースのタグが、v に dataset.config.json の版を続けたものでない。',
      action: '設定の版でタグを付けるか、"version" をタグの版にしてからコミットする。',
    },
  },
  'release:not-on-main': {
    severity: 'error',
    summary: 'The commit to release is not on main.',
    action: 'Merge the change into main, then tag the merged commit.',
    ja: { summary: 'リリースするコミットが main にない。', action: '変更を main にマージしてから、マージしたコミットにタグを付ける。' },
  },
  'release:history-unknown': {
    severity: 'error',
    exit: 2,
    summary: 'Whether the commit is on main cannot be told: a revision names no commit, git failed, or the clone is too shallow.',
    action: "Fetch main's whole history (actions/checkout with fetch-depth: 0) and check the revisions given.",
    ja: {
      summary: 'コミットが main にあるか判断できない（リビジョンがどのコミットも指していない、git が失敗した、またはクローンの履歴が浅い）。',
      action: 'main の履歴全体を取得し（actions/checkout の fetch-depth: 0）、与えたリビジョンを確かめる。',
    },
  },
  'release:assets-mismatch': {
    severity: 'error',
    summary:
      'The release assets are not exactly the files SHA256SUMS lists, each with its hash: a file unlisted, missing or changed, or a line of SHA256SUMS malformed.',
    action: 'Write the assets again with npm run release:assets, and publish nothing else.',
    ja: {
      summary:
        'リリースのファイルが SHA256SUMS の一覧とハッシュどおりでない（一覧にないファイル、欠けたファイル、変わったファイル、または SHA256SUMS の不正な行）。',
      action: 'npm run release:assets でファイルを作り直し、それ以外は公開しない。',
    },
  },
  'release:dist-not-committed': {
    severity: 'error',
    summary: 'A file of the fresh build differs from the committed dist/ (changed, deleted, added, not committed or ignored).',
    action: 'Run npm run build and commit dist/.',
    ja: {
      summary: '新しくビルドしたファイルが、コミット済みの dist/ と違う（変更・削除・追加・未コミット・無視の設定）。',
      action: 'npm run build を実行し、dist/ をコミットする。',
    },
  },
  'release:stale-dist': {
    severity: 'error',
    summary: 'The build states another dataset version than dataset.config.json.',
    action: 'Run npm run build.',
    ja: { summary: 'ビルドが dataset.config.json と違うデータ版を記載している。', action: 'npm run build を実行する。' },
  },
  'release:not-a-build': {
    severity: 'error',
    exit: 2,
    summary: 'A folder given as a build is not one: a file is not valid JSON, or a record lacks its ID.',
    action: 'Give a dist/ folder or an unpacked release zip.',
    ja: {
      summary: 'ビルドとして与えたフォルダがビルドでない（ファイルが正しい JSON でない、またはレコードに ID がない）。',
      action: 'dist/ フォルダか、展開したリリースの zip を指定する。',
    },
  },
  'release:version-bump': {
    severity: 'error',
    summary: 'The version bump is smaller than the changes of the data need.',
    action: 'Raise "version" in dataset.config.json as the message says, and build again.',
    ja: {
      summary: '版の上げ幅が、データの変更に必要な分より小さい。',
      action: 'メッセージのとおり dataset.config.json の "version" を上げ、もう一度ビルドする。',
    },
  },
  'release:changelog-entry': {
    severity: 'error',
    summary: 'CHANGELOG.md has no entry for the configured version.',
    action: 'Add "## [X.Y.Z] - YYYY-MM-DD" with what changed.',
    ja: { summary: '変更履歴 CHANGELOG.md に設定の版の記載がない。', action: '変更点とともに "## [X.Y.Z] - YYYY-MM-DD" を追加する。' },
  },
  'release:pages-version': {
    severity: 'error',
    summary: 'A build given to release:pages does not state the version its folder names.',
    action: 'Unzip each earlier release into a folder named after its version.',
    ja: {
      summary: 'リリースのページ作成（release:pages）に与えたビルドが、フォルダ名の版を記載していない。',
      action: '以前のリリースはそれぞれ版の名前のフォルダに展開する。',
    },
  },
  'release:not-committed': {
    severity: 'error',
    summary:
      "What the publish or pages job would publish is not the tagged commit's dist/ as its committed SHA256SUMS lists it: an asset, a zip entry, a Pages file or the root page differs, or something else is there.",
    action: 'Publish nothing: find what changed the artifact after the build job checked dist/ (a dependency, the runner), then run the release again.',
    ja: {
      summary:
        '公開ジョブ・Pages ジョブが公開しようとしているものが、タグのコミットの dist/ とその SHA256SUMS の記載に一致しない（アセット、zip の中身、Pages のファイル、ルートページが違う、またはほかのものがある）。',
      action: '何も公開しない。ビルドジョブが dist/ を確かめた後に成果物を変えたもの（依存パッケージ、ランナー）を突き止めてから、リリースをやり直す。',
    },
  },
  'release:pages-unlisted': {
    severity: 'error',
    summary: 'A build given to release:pages is not exactly the files its SHA256SUMS lists (a file unlisted, missing or changed).',
    action: 'Unzip each earlier release as it was published, and nothing else into its folder.',
    ja: {
      summary:
        'release:pages に渡したビルドが、その SHA256SUMS に載ったファイルと完全には一致しない（載っていないファイル、欠けたファイル、変更されたファイルがある）。',
      action: '過去の各リリースを公開時のまま展開し、そのフォルダにはほかに何も置かない。',
    },
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
