// Every rule a diagnostic can name, declared once: its id (`stage:rule`), its severity, a one-line summary
// of what it finds and what the person who meets it can do, and its message template (Japanese and English,
// from named parameters). The code reports by these ids only (RuleId: an unknown id does not compile, error()
// takes only an error's id, and the parameters are the template's: a missing one does not compile), the
// quality report publishes the ones it can hold, and the rule table of docs/rules.md is generated from here (npm run docs).

export type Severity = 'error' | 'warning' | 'info';

/** What a diagnostic says, in Japanese (shown first) and in English (beside it). */
export interface Message {
  ja: string;
  en: string;
}

export interface Rule {
  severity: Severity;
  /** What the rule finds, in one line. */
  summary: string;
  /** What the person who meets it can do. */
  action: string;
  /** The same two in Japanese, for the people the site and the quality report speak to first (written, not machine-translated). */
  ja: { summary: string; action: string };
  /**
   * The rule's message template: a typed function of named parameters giving the Japanese and the English of
   * one diagnostic. The reporter takes the parameters, so a missing or misnamed one does not compile.
   */
  message: (params: never) => Message;
  /** The exit status of a command that stops on it, when not 1 (docs/cli.md: "Exit status"). */
  exit?: 2 | 3 | 4;
}

/** A KPI's two values, as the Japanese messages name them. */
const measureJa = { baseline: '基準値', target: '目標値' } as const;

/** Characters of other writers read as the plan's (parse:normalised-*): one message for each kind. */
const normalised = (p: { found: Message; count: number; lines: string }, readAs: Message): Message => ({
  ja: `${p.found.ja} を ${p.count} 行で${readAs.ja}として読んだ: ${p.lines}行目`,
  en: `${p.found.en} read as ${readAs.en} on ${p.count} line${p.count === 1 ? '' : 's'}: ${p.lines}`,
});

/** A row listed twice (plausibility:duplicate-indicator, plausibility:duplicate-action): one message for both. */
const duplicateRow = (p: {
  where: Message;
  label: string;
  line: number;
  id: string;
  firstLine: number;
  firstId: string;
  more: number;
  moreLines: string;
}): Message => ({
  ja: `${p.where.ja}: 「${p.label}」（${p.line}行目、${p.id}）は ${p.firstLine}行目（${p.firstId}）の繰り返し${p.more === 0 ? '' : `。ほかに ${p.more} 回（${p.moreLines}行目）`}。どれも公開し、最初の行より後の行の ID はずれる。行が重複していないか`,
  en: `${p.where.en}: 「${p.label}」 (line ${p.line}, ${p.id}) repeats line ${p.firstLine} (${p.firstId})${p.more === 0 ? '' : `, and ${p.more} more time${p.more === 1 ? '' : 's'} (line ${p.moreLines})`}; each is published, and the IDs of the rows after the first shift — was a row duplicated?`,
});

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
    message: ({ bytes, maxBytes }: { bytes: number; maxBytes: number }) => ({
      ja: `原文が ${bytes} バイトあり、上限の ${maxBytes} バイト（dataset.config.json の maxSourceBytes）を超えている`,
      en: `source is ${bytes} bytes, more than the limit of ${maxBytes} bytes (maxSourceBytes in dataset.config.json)`,
    }),
  },
  'read:empty': {
    severity: 'error',
    summary: 'The source file is empty.',
    action: 'Give the plan text as --source, saved as UTF-8.',
    ja: { summary: '原文のファイルが空。', action: '計画のテキストを UTF-8 で保存し、--source に指定する。' },
    message: (_: Record<string, never>) => ({
      ja: '原文が空。UTF-8 の計画のテキストが必要',
      en: 'source is empty; expected the plan text in UTF-8',
    }),
  },
  'read:encoding': {
    severity: 'error',
    summary: 'The source is not UTF-8 (nor UTF-16 with a byte-order mark); the first bad byte is named with its line.',
    action: 'Convert the file to UTF-8 (for Shift_JIS: iconv -f SHIFT_JIS -t UTF-8) and build again.',
    ja: {
      summary: '原文が UTF-8（またはバイト順マーク付きの UTF-16）でない。最初の不正なバイトを行とともに示す。',
      action: 'ファイルを UTF-8 に変換してから（Shift_JIS なら iconv -f SHIFT_JIS -t UTF-8）もう一度ビルドする。',
    },
    message: (p: { bom: string } | { byte: string; offset: number; bytes: string }) =>
      'bom' in p
        ? {
            ja: `原文は ${p.bom} のバイト順マークで始まるが、正しい ${p.bom} ではない`,
            en: `source starts with a ${p.bom} byte-order mark but is not valid ${p.bom}`,
          }
        : {
            ja: `原文が正しい UTF-8 でない: バイトオフセット ${p.offset} のバイト ${p.byte}（${p.bytes}）。UTF-8 のテキストが必要（Shift_JIS なら iconv -f SHIFT_JIS -t UTF-8 で変換する）`,
            en: `source is not valid UTF-8: byte ${p.byte} at byte offset ${p.offset} (bytes ${p.bytes}); expected UTF-8 text (is it Shift_JIS? convert it with iconv -f SHIFT_JIS -t UTF-8)`,
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
    message: ({ max, length }: { max: string; length: string }) => ({
      ja: `行が ${max} 文字より長い（${length} 文字）。計画のテキストにこれほど長い行はない。正しいファイルで、改行が保たれているか確かめる`,
      en: `line is longer than ${max} characters (${length}); no line of a plan text is this long — is it the right file, with its line ends?`,
    }),
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
    message: ({ removed, kept }: { removed: Message | undefined; kept: Message | undefined }) => ({
      ja: [
        removed === undefined ? '' : `この行から幅のない文字・バイト順マーク・制御文字を取り除いた（${removed.ja}）`,
        kept === undefined ? '' : `双方向制御文字・区切り文字は書かれたとおり残した（${kept.ja}）。サイトではそれぞれ〈U+XXXX〉と表示する`,
      ]
        .filter(Boolean)
        .join('。'),
      en: [
        removed === undefined ? '' : `removed zero-width, BOM or control characters from this line (${removed.en})`,
        kept === undefined ? '' : `kept bidirectional-control or separator characters as written (${kept.en}); the site shows each as 〈U+XXXX〉`,
      ]
        .filter(Boolean)
        .join('; '),
    }),
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
    message: ({ expected, sourceFile, actual }: { expected: string; sourceFile: string; actual: string }) => ({
      ja: `sha256 は ${expected} だが、${sourceFile} の SHA-256 は ${actual}。source.json の記載と違うテキストである。意図した変更なら、新しいハッシュをここに記録し、"provenance" にテキストの入手元を書く`,
      en: `sha256 is ${expected}, but ${sourceFile} has SHA-256 ${actual}: the text is not the one source.json describes; if the change is intended, record the new hash here and say in "provenance" where the text came from`,
    }),
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
    message: ({ heading, after, lastLine }: { heading: string; after: { line: number; heading: string } | undefined; lastLine: number }) => ({
      ja: `${after === undefined ? 'ファイルの先頭' : `${after.line}行目（「${after.heading}」）`}の後に見出し「${heading}」が必要だが、ファイルはそれがないまま ${lastLine}行目で終わる`,
      en: `expected the heading 「${heading}」 after ${after === undefined ? 'the start of the file' : `line ${after.line} (「${after.heading}」)`}, but the file ends at line ${lastLine} without it`,
    }),
  },
  'parse:duplicate-page': {
    severity: 'error',
    summary: '第３章 has a second page for the same goal or policy.',
    action: 'Remove the repeated page, or correct the number in its heading.',
    ja: { summary: '第３章に同じ基本目標または施策のページが二つある。', action: '重複したページを削除するか、見出しの番号を正す。' },
    message: ({ page, first }: { page: string; first: number }) => ({
      ja: `${page}の二つ目のページ（一つ目は ${first}行目から）。基本目標と施策のページは一つずつのはず`,
      en: `a second page for ${page} (the first starts at line ${first}); expected each goal and policy to have one page`,
    }),
  },
  'parse:duplicate-entry': {
    severity: 'error',
    summary: '第２章 lists a goal or policy a second time; reading of 第２章 stops there.',
    action: 'Remove the repeated line, or correct its number.',
    ja: { summary: '第２章に基本目標または施策が二度出てくる。第２章の読み取りはそこで止まる。', action: '重複した行を削除するか、番号を正す。' },
    message: ({ entry, first }: { entry: string; first: number }) => ({
      ja: `第２章に${entry}が二度出てくる（一度目は ${first}行目）。基本目標と施策は一度ずつのはず。第２章の読み取りはここで止めた`,
      en: `第２章 lists ${entry} a second time (first at line ${first}); expected each goal and policy once — reading of 第２章 stopped here`,
    }),
  },
  'parse:pillar-name': {
    severity: 'error',
    summary: 'A pillar of 第２章 has a code but no name.',
    action: 'Restore the name after the code (「1-1-1　name」).',
    ja: { summary: '第２章の施策の柱に番号はあるが名称がない。', action: '番号の後の名称を戻す（「1-1-1　名称」）。' },
    message: ({ code }: { code: string }) => ({
      ja: `施策の柱 ${code} に名称がない。「${code}　名称」のはず`,
      en: `pillar ${code} has no name; expected 「${code}　name」`,
    }),
  },
  'parse:goal-statement-missing': {
    severity: 'error',
    summary: 'A goal of 第２章 has no statement after its heading.',
    action: 'Restore the statement lines (…を実現する) after the goal heading.',
    ja: { summary: '第２章の基本目標の見出しの後に、目標の文がない。', action: '基本目標の見出しの後に文（…を実現する）の行を戻す。' },
    message: ({ goal, name }: { goal: number; name: string }) => ({
      ja: `基本目標 ${goal}「${name}」に目標の文がない。見出しの後の行が目標を述べるはず（…を実現する）`,
      en: `基本目標 ${goal} 「${name}」 has no statement; expected the lines after its heading to state it (…を実現する)`,
    }),
  },
  'parse:goal-statement': {
    severity: 'warning',
    summary: 'A goal statement of 第２章 does not end in 「実現する」 as the others do.',
    action: 'Check that no other text (a label of the diagram, a stray line) was read into the statement.',
    ja: {
      summary: '第２章の基本目標の文が、ほかと違って「実現する」で終わっていない。',
      action: '図のラベルや紛れ込んだ行など、ほかのテキストが文に読み込まれていないか確かめる。',
    },
    message: ({ goal, statement }: { goal: number; statement: string }) => ({
      ja: `基本目標 ${goal} の文「${statement}」が、ほかと違って「実現する」で終わっていない。ほかのテキストを文として読んでいないか確かめる`,
      en: `基本目標 ${goal}'s statement 「${statement}」 does not end in 「実現する」 as the others do; check that no other text was taken for it`,
    }),
  },
  'parse:goals': {
    severity: 'error',
    summary: '第２章 lists no 基本目標.',
    action: 'Check that 第２章 holds the goal headings (「1　子育て・教育」).',
    ja: { summary: '第２章に基本目標が一つもない。', action: '第２章に基本目標の見出し（「1　子育て・教育」）があるか確かめる。' },
    message: (_: Record<string, never>) => ({
      ja: '第２章に基本目標がない。「1　子育て・教育」のような見出しが必要',
      en: '第２章 lists no 基本目標; expected headings such as 「1　子育て・教育」',
    }),
  },
  'parse:pillars': {
    severity: 'error',
    summary: '第２章 lists no 施策の柱.',
    action: 'Check that 第２章 holds the pillar entries (「1-1-1　結婚・妊娠・出産支援の推進」).',
    ja: { summary: '第２章に施策の柱が一つもない。', action: '第２章に施策の柱の行（「1-1-1　結婚・妊娠・出産支援の推進」）があるか確かめる。' },
    message: (_: Record<string, never>) => ({
      ja: '第２章に施策の柱がない。「1-1-1　結婚・妊娠・出産支援の推進」のような項目が必要',
      en: '第２章 lists no 施策の柱; expected entries such as 「1-1-1　結婚・妊娠・出産支援の推進」',
    }),
  },
  'parse:vision': {
    severity: 'error',
    summary: '第１章 has no vision after the label 将来像.',
    action: 'Restore the label 将来像 and the vision on the line after it.',
    ja: { summary: '第１章で「将来像」のラベルの後に将来像がない。', action: '「将来像」のラベルと、その次の行の将来像を戻す。' },
    message: (_: Record<string, never>) => ({
      ja: '将来像が見つからない。ラベル「将来像」の後に将来像が続くはず',
      en: 'no vision found; expected the label 「将来像」 followed by the vision',
    }),
  },
  'parse:kgi': {
    severity: 'error',
    summary: '第１章 names no KGI (the 「…」 names after 重要目標達成指標（KGI）).',
    action: 'Restore the sentence that names the KGIs in 「…」.',
    ja: { summary: '第１章に KGI の名称（重要目標達成指標（KGI）の後の「…」）がない。', action: 'KGI を「…」で挙げている文を戻す。' },
    message: (_: Record<string, never>) => ({
      ja: 'KGI が見つからない。「重要目標達成指標（KGI…）である」の後に「…」の名称が続くはず',
      en: 'no KGI found; expected 「…」 names after 「重要目標達成指標（KGI…）である」',
    }),
  },
  'parse:projects': {
    severity: 'error',
    summary: '第１章 has no priority project (a heading followed by 【主な取組】).',
    action: 'Check that 第１章 holds the project pages with their 【主な取組】.',
    ja: {
      summary: '第１章に重点プロジェクト（見出しと、その後の【主な取組】）がない。',
      action: '第１章にプロジェクトのページと【主な取組】があるか確かめる。',
    },
    message: (_: Record<string, never>) => ({
      ja: '重点プロジェクトが見つからない。「1 育み、学びたい！「ひと」プロジェクト」のような見出しの後に【主な取組】が続くはず',
      en: 'no priority project found; expected a heading such as 「1 育み、学びたい！「ひと」プロジェクト」 followed by 【主な取組】',
    }),
  },
  'parse:project-summary': {
    severity: 'error',
    summary: 'A priority project has no summary between its heading and 【主な取組】.',
    action: "Restore the project's summary paragraph.",
    ja: { summary: '重点プロジェクトの見出しと【主な取組】の間に概要がない。', action: 'プロジェクトの概要の段落を戻す。' },
    message: ({ project }: { project: number }) => ({
      ja: `重点プロジェクト ${project} に概要がない。見出しと【主な取組】の間に段落があるはず`,
      en: `project ${project} has no summary; expected a paragraph between its heading and 【主な取組】`,
    }),
  },
  'parse:project-item': {
    severity: 'error',
    summary: "Text in a project's 主な取組 that is not an initiative (①…), a 【担当課】 or an item 【施策 x-y-z】, or an item without an action.",
    action: 'Put the line back under its initiative or item, or restore the missing initiative heading or action.',
    ja: {
      summary: '重点プロジェクトの主な取組に、取組（①…）・【担当課】・項目【施策 x-y-z】のどれでもないテキストか、取組の文のない項目がある。',
      action: '行を元の取組や項目の下に戻すか、失われた取組の見出しや文を戻す。',
    },
    message: (
      p:
        | { kind: 'stray-departments'; project: number; initiative: { number: number; line: number } | undefined }
        | { kind: 'before-initiative'; project: number; pillar: string }
        | { kind: 'unexpected'; project: number }
        | { kind: 'no-action'; pillar: string },
    ): Message => {
      switch (p.kind) {
        case 'stray-departments':
          return {
            ja: `重点プロジェクト ${p.project} の主な取組に、取組名の後でない【担当課】の行がある（${p.initiative ? `取組 ${p.project}-${p.initiative.number} の担当課は ${p.initiative.line}行目` : 'まだ取組がない'}）。【担当課】は取組名の後にだけ来るはず`,
            en: `a 【担当課】 line in project ${p.project}'s 主な取組 that follows no initiative name (${p.initiative ? `initiative ${p.project}-${p.initiative.number} names its departments on line ${p.initiative.line}` : 'no initiative yet'}); expected 【担当課】 only after an initiative's name`,
          };
        case 'before-initiative':
          return {
            ja: `項目【施策 ${p.pillar}】が重点プロジェクト ${p.project} のどの取組（①、②、…）よりも前にある`,
            en: `item 【施策 ${p.pillar}】 comes before any initiative (①, ②, …) of project ${p.project}`,
          };
        case 'unexpected':
          return {
            ja: `重点プロジェクト ${p.project} の主な取組に想定外のテキストがある。取組（①…）、【担当課】、項目【施策 x-y-z】のいずれかのはず`,
            en: `unexpected text in project ${p.project}'s 主な取組; expected an initiative (①…), 【担当課】 or an item 【施策 x-y-z】`,
          };
        case 'no-action':
          return {
            ja: `項目【施策 ${p.pillar}】に取組の文がない。その下に少なくとも一行のテキストが必要`,
            en: `item 【施策 ${p.pillar}】 has no action; expected at least one line of text under it`,
          };
      }
    },
  },
  'parse:initiative-departments': {
    severity: 'error',
    summary: 'A project initiative names no department (【担当課】).',
    action: "Restore the 【担当課】 on the initiative's line or the line after it.",
    ja: { summary: '重点プロジェクトの取組に担当課（【担当課】）がない。', action: '取組の行か次の行に【担当課】を戻す。' },
    message: ({ initiative }: { initiative: string }) => ({
      ja: `取組 ${initiative} に担当課がない。その行か名称の後に【担当課】が必要`,
      en: `initiative ${initiative} has no departments; expected 【担当課】 on its line or after its name`,
    }),
  },
  'parse:current-issues-missing': {
    severity: 'error',
    summary: 'A goal page has no ■本市の現状と課題 section.',
    action: 'Restore the section heading and its statements.',
    ja: { summary: '基本目標のページに「■本市の現状と課題」がない。', action: '見出しとその記述を戻す。' },
    message: ({ goal }: { goal: number }) => ({
      ja: `基本目標 ${goal} のページに「■本市の現状と課題」の部分がない`,
      en: `基本目標 ${goal}'s page has no 「■本市の現状と課題」 section`,
    }),
  },
  'parse:current-issue-text': {
    severity: 'error',
    summary: 'Text in 本市の現状と課題 that belongs to no ⚫ statement (before the first category, or not a bullet).',
    action: 'Start the statement with ⚫, or restore the category heading above it.',
    ja: {
      summary: '本市の現状と課題に、どの ⚫ の記述にも属さないテキストがある（最初の分類より前、または箇条書きでない）。',
      action: '記述を ⚫ で始めるか、上の分類の見出しを戻す。',
    },
    message: (p: { before: true } | { category: string }) =>
      'before' in p
        ? {
            ja: '本市の現状と課題で、分類の見出しより前に文がある。先に「健康・保健」のような見出しが必要',
            en: 'statement before any category heading in 本市の現状と課題; expected a heading such as 「健康・保健」 first',
          }
        : { ja: `「${p.category}」の下に ⚫ の文でないテキストがある`, en: `text under 「${p.category}」 that is not a ⚫ statement` },
  },
  'parse:current-issues': {
    severity: 'warning',
    summary: 'A category of 本市の現状と課題 has no ⚫ statement.',
    action: "Check whether the category's statements were lost, or whether the line is a category at all.",
    ja: { summary: '本市の現状と課題の分類に ⚫ の記述が一つもない。', action: '分類の記述が失われていないか、その行が本当に分類の見出しかを確かめる。' },
    message: ({ category }: { category: string }) => ({
      ja: `分類「${category}」に文がない。後の分類の番号が一つずつずれ、その文の ID もずれる`,
      en: `category 「${category}」 has no statement; the categories after it are numbered one further, and their statements' IDs with them`,
    }),
  },
  'parse:wellbeing-example': {
    severity: 'error',
    summary: 'A 主観 or 客観 example of 地域幸福度 has no Well-Being category left to belong to.',
    action: 'Check the category line above the examples: one category for each pair of 主観 and 客観.',
    ja: {
      summary: '地域幸福度の主観・客観の例に、属する Well-Being のカテゴリーが残っていない。',
      action: '例の上のカテゴリーの行を確かめる（主観と客観の一組ごとにカテゴリーが一つ）。',
    },
    message: ({ kind, text }: { kind: '主観' | '客観'; text: string }) => ({
      ja: `${kind}の例「${text}」の属する分類が残っていない`,
      en: `${kind} example 「${text}」 has no category left to belong to`,
    }),
  },
  'parse:wellbeing': {
    severity: 'warning',
    summary: 'A goal page has no ■本市の地域幸福度 section, or a Well-Being category lacks its 主観 or 客観 example.',
    action: 'Compare the page with the plan and restore the section or the example.',
    ja: {
      summary: '基本目標のページに「■本市の地域幸福度」がないか、Well-Being のカテゴリーに主観または客観の例がない。',
      action: 'ページを計画と見比べ、見出しや例を戻す。',
    },
    message: (p: { goal: number } | { category: string; lacks: '主観' | '客観' }) =>
      'goal' in p
        ? { ja: `基本目標 ${p.goal} のページに「■本市の地域幸福度」の部分がない`, en: `基本目標 ${p.goal}'s page has no 「■本市の地域幸福度」 section` }
        : {
            ja: `地域幸福度（Well-Being）の分類「${p.category}」に${p.lacks}の例がない`,
            en: `Well-Being category 「${p.category}」 lacks its ${p.lacks} example`,
          },
  },
  'parse:policy-page-section': {
    severity: 'error',
    summary: 'A policy page lacks ■目指す姿, ■成果指標 or ■施策の柱と主な取組.',
    action: 'Restore the section heading the message names.',
    ja: { summary: '施策のページに「■目指す姿」「■成果指標」「■施策の柱と主な取組」のどれかがない。', action: 'メッセージが示す見出しを戻す。' },
    message: ({ policy, section }: { policy: string; section: string }) => ({
      ja: `施策 ${policy} のページに「${section}」の部分がない`,
      en: `施策 ${policy}'s page has no 「${section}」 section`,
    }),
  },
  'parse:policy-page': {
    severity: 'warning',
    summary: 'Text of a policy page outside every known ■ section is skipped, or a repeated ■ section is merged into the first.',
    action: 'Check the heading the message names: a mistyped ■ heading loses its section.',
    ja: {
      summary: '施策のページで、既知のどの ■ の見出しにも属さないテキストを読み飛ばしたか、繰り返された ■ の見出しを最初のものにまとめた。',
      action: 'メッセージが示す見出しを確かめる。■ の見出しを打ち間違えると、その部分が失われる。',
    },
    message: (p: { policy: string; kind: 'second' | 'unknown'; section: string } | { policy: string; kind: 'outside' }) =>
      p.kind === 'outside'
        ? { ja: `施策 ${p.policy}: どの ■ の部分にも属さないテキストを読み飛ばした`, en: `施策 ${p.policy}: text outside any ■ section skipped` }
        : p.kind === 'second'
          ? {
              ja: `施策 ${p.policy}: 二つ目の「${p.section}」の部分。その内容は一つ目に加えた`,
              en: `施策 ${p.policy}: a second 「${p.section}」 section; its content is added to the first`,
            }
          : { ja: `施策 ${p.policy}: 未知の部分「${p.section}」を読み飛ばした`, en: `施策 ${p.policy}: unknown section 「${p.section}」 skipped` },
  },
  'parse:policy-vision-incomplete': {
    severity: 'error',
    summary: '目指す姿 lacks its headline or its paragraph.',
    action: 'Restore the headline (…まち) and the paragraph under it.',
    ja: { summary: '目指す姿に見出し文か段落がない。', action: '見出し文（…まち）とその下の段落を戻す。' },
    message: ({ policy }: { policy: string }) => ({
      ja: `施策 ${policy}: 目指す姿には見出しと段落が必要`,
      en: `施策 ${policy}: 目指す姿 needs a headline and a paragraph`,
    }),
  },
  'parse:policy-vision': {
    severity: 'warning',
    summary: 'No line of the 目指す姿 headline ends in まち; the first line is taken as the headline.',
    action: 'Check where the headline ends and the paragraph begins.',
    ja: { summary: '目指す姿の見出し文に「まち」で終わる行がないため、最初の行を見出し文とした。', action: '見出し文の終わりと段落の始まりを確かめる。' },
    message: ({ policy }: { policy: string }) => ({
      ja: `施策 ${policy}: 「まち」で終わる目指す姿の見出しがない。最初の行を見出しとした`,
      en: `施策 ${policy}: no 目指す姿 headline ends in まち; the first line is taken as the headline`,
    }),
  },
  'parse:indicator-header': {
    severity: 'error',
    summary: 'A 成果指標 table has no header naming its default years (「指標 R6 基準 R12 目標 担当課」).',
    action: 'Restore the header line of the table.',
    ja: { summary: '成果指標の表に、既定の年度を示す見出しの行（「指標 R6 基準 R12 目標 担当課」）がない。', action: '表の見出しの行を戻す。' },
    message: (p: { policy: string } | { policy: string; second: string; firstLine: number; first: string }) =>
      'second' in p
        ? {
            ja: `施策 ${p.policy} 成果指標: 行の間にある二つ目の見出し「${p.second}」が、最初の見出し（${p.firstLine}行目:「${p.first}」）と違う年度を示している。その後の行は別の既定の年度をとることになる。見出しは一つのはず`,
            en: `施策 ${p.policy} 成果指標: a second header 「${p.second}」 among the rows names other years than the first (line ${p.firstLine}: 「${p.first}」); the rows after it would take other default years — expected one header`,
          }
        : {
            ja: `施策 ${p.policy} 成果指標: 既定の年度を示す見出し「指標 R6 基準 R12 目標 担当課」が必要`,
            en: `施策 ${p.policy} 成果指標: expected the header 「指標 R6 基準 R12 目標 担当課」 naming the default years`,
          },
  },
  'parse:indicator-row': {
    severity: 'error',
    summary: 'A KPI row breaks its grammar (name, baseline, target, department): a value is missing, a unit is unknown, or the table has no row.',
    action: 'Compare the row with the plan and restore the missing or mistyped cell.',
    ja: {
      summary: '成果指標の行が書式（名称・基準値・目標値・担当課）に合わない。値が欠けている、単位が分からない、または表に行がない。',
      action: '行を計画と見比べ、欠けたり打ち間違えたりしたセルを戻す。',
    },
    message: (
      p:
        | { policy: string; kind: 'no-rows' }
        | { policy: string; kind: 'starts-with-number'; text: string }
        | { policy: string; kind: 'no-values'; name: string }
        | { policy: string; kind: 'no-target'; name: string; baseline: string; found: string | undefined }
        | { policy: string; kind: 'unknown-suffix'; which: 'baseline' | 'target'; text: string; suffix: string; units: string }
        | { policy: string; kind: 'two-departments'; name: string; found: string; first: string }
        | { policy: string; kind: 'unit-mismatch'; name: string; baselineUnit: string; targetUnit: string },
    ): Message => {
      const at = `施策 ${p.policy} 成果指標: `;
      switch (p.kind) {
        case 'no-rows':
          return { ja: `施策 ${p.policy} 成果指標の見出しの下に指標の行がない`, en: `施策 ${p.policy} 成果指標 has no indicator row under its header` };
        case 'starts-with-number':
          return {
            ja: `${at}行が数値「${p.text}」で始まる。指標名が先に来るはず`,
            en: `${at}row starts with the number 「${p.text}」; expected the indicator's name first`,
          };
        case 'no-values':
          return {
            ja: `${at}指標「${p.name}」に基準値も目標値もない。「指標名 基準値 目標値 担当課」が必要`,
            en: `${at}indicator 「${p.name}」 has no baseline or target; expected 「name baseline target department」`,
          };
        case 'no-target':
          return {
            ja: `${at}指標「${p.name}」に基準値（${p.baseline}）はあるが目標値がない${p.found === undefined ? '' : `。目標値の位置に「${p.found}」がある`}`,
            en: `${at}indicator 「${p.name}」 has a baseline (${p.baseline}) but no target${p.found === undefined ? '' : `: found 「${p.found}」 where the target value should be`}`,
          };
        case 'unknown-suffix':
          return {
            ja: `${at}${measureJa[p.which]}「${p.text}」の単位または条件（${p.suffix}）が分からない。${p.units} のいずれかと、必要なら 以上/以下/未満 が付くはず`,
            en: `${at}${p.which} 「${p.text}」 has a unit or condition we do not know (${p.suffix}); expected one of ${p.units} and optionally 以上/以下/未満`,
          };
        case 'two-departments':
          return {
            ja: `${at}指標「${p.name}」: 目標値の後の担当課は一つのはずが、「${p.found}」がある（「${p.first}」は未知の単位か）`,
            en: `${at}indicator 「${p.name}」: expected one department after the target, found 「${p.found}」 (is 「${p.first}」 an unknown unit?)`,
          };
        case 'unit-mismatch':
          return {
            ja: `${at}指標「${p.name}」: 基準値の単位 ${p.baselineUnit} が目標値の単位 ${p.targetUnit} と違う`,
            en: `${at}indicator 「${p.name}」: baseline unit ${p.baselineUnit} differs from target unit ${p.targetUnit}`,
          };
      }
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
    message: ({ policy, which, text, digits }: { policy: string; which: 'baseline' | 'target'; text: string; digits: string }) => ({
      ja: `施策 ${policy} 成果指標: ${measureJa[which]}「${text}」の数字「${digits}」が 3 桁ごとに区切られていない（1,234 か 1234 のはず。小数点は「,」ではなく「.」）`,
      en: `施策 ${policy} 成果指標: ${which} 「${text}」: the digits 「${digits}」 are not grouped by thousands (expected 1,234 or 1234; a decimal point is 「.」, not 「,」)`,
    }),
  },
  'parse:indicator-number': {
    severity: 'error',
    summary: 'A KPI value has more than 15 significant digits, more than a published number holds exactly.',
    action: 'Check the value against the plan: its KPI values have a few digits.',
    ja: { summary: '成果指標の値の有効数字が15桁を超え、公開する数値で正確に表せない。', action: '値を計画と見比べる。計画の成果指標の値は数桁しかない。' },
    message: ({ policy, which, text, digits, max }: { policy: string; which: 'baseline' | 'target'; text: string; digits: number; max: number }) => ({
      ja: `施策 ${policy} 成果指標: ${measureJa[which]}「${text}」の有効数字は ${digits} 桁。公開する数値が正確に保てるのは ${max} 桁まで（計画の値は数桁）`,
      en: `施策 ${policy} 成果指標: ${which} 「${text}」 has ${digits} significant digits; a published number holds ${max} exactly (the plan's values have a few)`,
    }),
  },
  'parse:indicator-department': {
    severity: 'error',
    summary: "A KPI row has no department after its target: its line was lost, and the next row's name would be read as it.",
    action: 'Restore the department (担当課) of the row.',
    ja: { summary: '成果指標の行の目標値の後に担当課がない。行が失われ、次の行の名称が担当課として読まれてしまう。', action: 'その行の担当課を戻す。' },
    message: (p: { policy: string; name: string; target: string; next: { text: string; line: number; value: string; valueLine: number } | undefined }) => ({
      ja: `施策 ${p.policy} 成果指標: 指標「${p.name}」の目標値 ${p.target} の後に担当課がない${p.next === undefined ? '' : `。「${p.next.text}」（${p.next.line}行目）の後に値「${p.next.value}」（${p.next.valueLine}行目）が続くので、それは次の行の始まり`}。「指標名 基準値 目標値 担当課」のはず。担当課の行が失われていないか`,
      en: `施策 ${p.policy} 成果指標: indicator 「${p.name}」 has no department (担当課) after its target ${p.target}${p.next === undefined ? '' : `; 「${p.next.text}」 (line ${p.next.line}) is followed by the value 「${p.next.value}」 (line ${p.next.valueLine}), so it starts the next row`}; expected 「name baseline target department」 — was the department's line lost?`,
    }),
  },
  'parse:opinions': {
    severity: 'warning',
    summary: 'Text in 市民等からの意見・提案 that is not a ⚫ bullet is skipped.',
    action: 'Start the opinion with ⚫, or remove the stray line.',
    ja: { summary: '市民等からの意見・提案のうち、⚫ の箇条書きでないテキストを読み飛ばした。', action: '意見を ⚫ で始めるか、紛れ込んだ行を削除する。' },
    message: ({ policy }: { policy: string }) => ({
      ja: `施策 ${policy}: 市民等からの意見・提案にある ⚫ の箇条でないテキストを読み飛ばした`,
      en: `施策 ${policy}: text in 市民等からの意見・提案 that is not a ⚫ bullet, skipped`,
    }),
  },
  'parse:expected-action-actor': {
    severity: 'error',
    summary: 'An expected action does not start with 「市民等は」 or 「事業者・団体等は」.',
    action: 'Restore the start of the action.',
    ja: { summary: '期待したい行動が「市民等は」「事業者・団体等は」のどちらでも始まっていない。', action: '行動の書き出しを戻す。' },
    message: ({ policy }: { policy: string }) => ({
      ja: `施策 ${policy}: 期待したい行動が「市民等は」でも「事業者・団体等は」でも始まっていない`,
      en: `施策 ${policy}: expected action does not start with 「市民等は」 or 「事業者・団体等は」`,
    }),
  },
  'parse:expected-actions': {
    severity: 'warning',
    summary: 'Text in 期待したい行動 that is not a ⚫ bullet is skipped.',
    action: 'Start the action with ⚫, or remove the stray line.',
    ja: { summary: '期待したい行動のうち、⚫ の箇条書きでないテキストを読み飛ばした。', action: '行動を ⚫ で始めるか、紛れ込んだ行を削除する。' },
    message: ({ policy }: { policy: string }) => ({
      ja: `施策 ${policy}: 期待したい行動にある ⚫ の箇条でないテキストを読み飛ばした`,
      en: `施策 ${policy}: text in 期待したい行動 that is not a ⚫ bullet, skipped`,
    }),
  },
  'parse:pillar-heading': {
    severity: 'error',
    summary: '施策の柱と主な取組 lists no pillar, or has text before its first pillar heading.',
    action: 'Restore the pillar heading 「1 name」 and its 【担当課】 line.',
    ja: {
      summary: '施策の柱と主な取組に施策の柱が一つもないか、最初の柱の見出しより前にテキストがある。',
      action: '柱の見出し「1 名称」と【担当課】の行を戻す。',
    },
    message: (p: { policy: string; none: true } | { policy: string }) =>
      'none' in p
        ? { ja: `施策 ${p.policy}: 施策の柱と主な取組に施策の柱がない`, en: `施策 ${p.policy}: 施策の柱と主な取組 lists no pillar` }
        : {
            ja: `施策 ${p.policy}: 施策の柱の見出し「1 名称」とそれに続く【担当課】が必要`,
            en: `施策 ${p.policy}: expected a pillar heading 「1 name」 followed by 【担当課】`,
          },
  },
  'parse:pillar-actions': {
    severity: 'error',
    summary: 'A pillar has no ⚫ action, or text under it that is not a ⚫ bullet.',
    action: 'Start the action with ⚫, or restore the lost actions.',
    ja: { summary: '施策の柱に ⚫ の取組がないか、その下に ⚫ の箇条書きでないテキストがある。', action: '取組を ⚫ で始めるか、失われた取組を戻す。' },
    message: (p: { policy: string; pillar: number; none: true } | { policy: string; pillar: number }) =>
      'none' in p
        ? { ja: `施策 ${p.policy} の施策の柱 ${p.pillar} に ⚫ の取組がない`, en: `施策 ${p.policy} pillar ${p.pillar} has no ⚫ action` }
        : {
            ja: `施策 ${p.policy}: 施策の柱 ${p.pillar} の下に ⚫ の箇条でないテキストがある`,
            en: `施策 ${p.policy}: text under pillar ${p.pillar} that is not a ⚫ bullet`,
          },
  },
  'parse:pillar-departments': {
    severity: 'error',
    summary: "A pillar's 【担当課】 names no department.",
    action: 'Restore the departments after 【担当課】.',
    ja: { summary: '施策の柱の【担当課】に課の名前がない。', action: '【担当課】の後に課の名前を戻す。' },
    message: ({ policy, pillar }: { policy: string; pillar: number }) => ({
      ja: `施策 ${policy} の施策の柱 ${pillar}: 【担当課】に課の名前がない`,
      en: `施策 ${policy} pillar ${pillar}: 【担当課】 names no department`,
    }),
  },
  'parse:stray-departments': {
    severity: 'error',
    summary: "A 【担当課】 line among a pillar's actions, not right after a pillar heading.",
    action: 'Put the line back after its pillar heading, or restore the pillar heading above it.',
    ja: { summary: '【担当課】の行が、柱の見出しの直後ではなく取組の間にある。', action: '行を柱の見出しの後に戻すか、上の柱の見出しを戻す。' },
    message: ({ policy, pillar, own, glued }: { policy: string; pillar: number; own: number; glued: number | undefined }) => ({
      ja: `施策 ${policy}: 施策の柱 ${pillar} の取組の中に【担当課】の行がある（その柱の【担当課】は ${own}行目）。【担当課】は施策の柱の見出しの次の行にだけ来るはず${glued === undefined ? '' : `。テキストとして読むと取組 ${glued} に結合される`}`,
      en: `施策 ${policy}: a 【担当課】 line among the actions of pillar ${pillar} (its own 【担当課】 is line ${own}); expected 【担当課】 only on the line after a pillar heading${glued === undefined ? '' : `; read as text it would be glued onto action ${glued}`}`,
    }),
  },
  'parse:pillar-without-departments': {
    severity: 'error',
    summary: 'A pillar heading has no 【担当課】 line after it: its actions would move to the pillar before.',
    action: "Restore the pillar's 【担当課】 line.",
    ja: { summary: '施策の柱の見出しの後に【担当課】の行がない。その取組が一つ前の柱に移ってしまう。', action: '柱の【担当課】の行を戻す。' },
    message: (p: { policy: string; number: number; name: string; line: number; before: number; actions: { first: number; last: number } | undefined }) => ({
      ja: `施策 ${p.policy}: 「${p.number} ${p.name}」（${p.line}行目）は施策の柱 ${p.number} の見出しと読めるが、その後に【担当課】の行がない。${p.actions === undefined ? `施策の柱 ${p.before} のテキストとして読まれることになる` : `その取組（${p.actions.first}〜${p.actions.last}行目）は施策の柱 ${p.before} のものとして読まれることになる`}。次の行に施策の柱の【担当課】が必要`,
      en: `施策 ${p.policy}: 「${p.number} ${p.name}」 (line ${p.line}) reads as the heading of pillar ${p.number}, but no 【担当課】 line follows it; ${p.actions === undefined ? `it would be read as text of pillar ${p.before}` : `its actions (lines ${p.actions.first}–${p.actions.last}) would be read as pillar ${p.before}'s`}. Expected the pillar's 【担当課】 on the next line`,
    }),
  },
  'parse:too-many-rows': {
    severity: 'error',
    summary: 'A list of a policy page has more rows than its order column can number (9,999).',
    action: 'Check for a block repeated many times.',
    ja: { summary: '施策のページの一覧の行数が、順番の列で数えられる数（9,999）を超えている。', action: '同じ部分が何度も繰り返されていないか確かめる。' },
    message: ({ policy, count, list, max }: { policy: string; count: string; list: Message; max: string }) => ({
      ja: `施策 ${policy} の${list.ja}は ${count} 件。番号を付けられるのは ${max} 件まで（計画が挙げるのは数件）。ブロックが繰り返されていないか`,
      en: `施策 ${policy} lists ${count} ${list.en}; at most ${max} can be numbered (a plan lists a handful) — is a block repeated?`,
    }),
  },
  'parse:unfinished-statement': {
    severity: 'error',
    summary: 'A statement (action, opinion, expected action, current issue, 目指す姿 paragraph) stops before its 。.',
    action: 'Restore the lost end of the statement, or move the line that ends it to where it belongs.',
    ja: {
      summary: '記述（取組、意見、期待したい行動、現状と課題、目指す姿の段落）が「。」の前で途切れている。',
      action: '記述の失われた終わりを戻すか、終わりの行を元の場所に移す。',
    },
    message: ({ what, line, excerpt }: { what: Message; line: number; excerpt: string }) => ({
      ja: `${what.ja}（${line}行目から）が「${excerpt}」で止まり、文が 。 で終わっていない。ページの文はどれも 。 で終わるはず。行が失われたか、別の場所の行が文を終えていないか`,
      en: `${what.en} (from line ${line}) stops at 「${excerpt}」 without ending its sentence (。); expected every statement of the page to end in 。 — was a line lost, or does a line that belongs elsewhere end it?`,
    }),
  },
  'parse:source-ends-mid-sentence': {
    severity: 'error',
    summary: 'The file ends in the middle of a statement: it is cut short.',
    action: 'Restore the end of the file.',
    ja: { summary: 'ファイルが記述の途中で終わっている。途中で切れている。', action: 'ファイルの終わりを戻す。' },
    message: ({ what, line, excerpt }: { what: Message; line: number; excerpt: string }) => ({
      ja: `ファイルが文の途中で終わる: ${what.ja}（${line}行目から）が「${excerpt}」で 。 のないまま止まる。ファイルが途中で切れていないか。ページのその後の内容はすべて欠けている`,
      en: `the file ends in mid-sentence: ${what.en} (from line ${line}) stops at 「${excerpt}」 without its 。 — is the file cut short? Everything the page said after it is missing`,
    }),
  },
  'parse:text-after-statement': {
    severity: 'warning',
    summary: 'A line continues a statement after its 。; published as one statement.',
    action: 'Check that the line belongs to the statement and is not a stray line.',
    ja: { summary: '「。」の後に記述の続きの行がある。一つの記述として公開した。', action: 'その行が記述の一部であり、紛れ込んだ行でないことを確かめる。' },
    message: ({ what, line, continued }: { what: Message; line: number; continued: number }) => ({
      ja: `${continued}行目が、文が 。 で終わった後の${what.ja}（${line}行目から）に続いている。一つの文として公開する。その行がこの文のもので、紛れ込んだ行でないか確かめる`,
      en: `line ${continued} continues ${what.en} (from line ${line}) after its sentence ended with 。; published as one statement — check that the line belongs to it and is not a stray line`,
    }),
  },
  'parse:sdg-table': {
    severity: 'warning',
    summary: 'The SDG table lists no policy row (「1-1　name ● …」).',
    action: 'Check the table under ■施策とSDGｓ.',
    ja: { summary: 'SDGs の対応表に施策の行（「1-1　名称 ● …」）が一つもない。', action: '「■施策とSDGｓ」の下の表を確かめる。' },
    message: (_: Record<string, never>) => ({
      ja: 'SDGs の対応表に施策の行（「1-1　名称 ● …」）がない',
      en: 'the SDG table lists no policy rows (「1-1　name ● …」)',
    }),
  },
  'parse:normalised-space': {
    severity: 'info',
    summary: 'Spaces written with other characters (U+3000, U+00A0, a tab, other Unicode spaces) were read as spaces; one entry names them and every line.',
    action: 'Nothing: codes, numbers and lists read the same whichever space the extractor wrote.',
    ja: {
      summary: 'ほかの文字で書かれた空白（U+3000、U+00A0、タブ、その他の Unicode の空白）を空白として読んだ。1件の記録に該当する文字とすべての行を示す。',
      action: '対処は不要。抽出ツールがどの空白を書いても、番号・数値・一覧は同じに読む。',
    },
    message: (p: { found: Message; count: number; lines: string }) => normalised(p, { ja: '空白', en: 'spaces' }),
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
    message: (p: { found: Message; count: number; lines: string }) =>
      normalised(p, { ja: '番号や数値の半角ハイフン「-」', en: 'the hyphen-minus "-" of a code or a number' }),
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
    message: (p: { found: Message; count: number; lines: string } | { line: true }) =>
      'line' in p
        ? {
            ja: '。で終わった文の後の行頭の U+30FB ・ を箇条の ⚫ と読んだ',
            en: 'U+30FB ・ opening this line, after a statement that ended with 。, read as the bullet ⚫',
          }
        : normalised(p, { ja: '箇条の ⚫', en: 'the bullet ⚫' }),
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
    message: ({ policy, which, written, ascii }: { policy: string; which: 'baseline' | 'target'; written: string; ascii: string }) => ({
      ja: `施策 ${policy} 成果指標: ${measureJa[which]}「${written}」を「${ascii}」と読んだ`,
      en: `施策 ${policy} 成果指標: ${which} 「${written}」 read as 「${ascii}」`,
    }),
  },
  'parse:normalised-separator': {
    severity: 'info',
    summary: 'A list of departments is separated by other marks than 、 (・, ／, spaces, a comma); they were read as separators.',
    action: 'Nothing if the departments listed are right; write 、 between them to silence it.',
    ja: {
      summary: '担当課の一覧が「、」以外の記号（・、／、空白、カンマ）で区切られていた。これらを区切りとして読んだ。',
      action: '挙げられた担当課が正しければ対処は不要。表示を消すには課の間を「、」で区切る。',
    },
    message: ({ names, separators }: { names: string; separators: string }) => ({
      ja: `担当課「${names}」が ${separators} で区切られている。、として読んだ`,
      en: `the departments 「${names}」 are separated by ${separators}, read as 、`,
    }),
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
    message: (
      p:
        | { kind: 'alone'; text: string; bracket: true }
        | { kind: 'alone'; text: string; after: string }
        | { kind: 'wellbeing'; lines: string; split: number; glued: number; wanted: number }
        | { kind: 'related-plan'; policy: string; line: number; previous: number; excerpt: string }
        | { kind: 'project-action'; line: number; pillar: string; itemLine: number; project: number; previous: number; excerpt: string },
    ): Message => {
      switch (p.kind) {
        case 'alone':
          return 'bracket' in p
            ? {
                ja: `「${p.text}」は一行に単独であるが、前後のテキストの一部として読んだ（前の括弧が閉じていない）。ページ番号なら行を削除する`,
                en: `「${p.text}」 stands alone on its line, read as part of the text around it (a bracket before it is open); if it is a page number, delete the line`,
              }
            : {
                ja: `「${p.text}」は一行に単独であるが、前後のテキストの一部として読んだ（次の行が「${p.after}」で始まる）。ページ番号なら行を削除する`,
                en: `「${p.text}」 stands alone on its line, read as part of the text around it (the line after it starts 「${p.after}」); if it is a page number, delete the line`,
              };
        case 'wellbeing':
          return {
            ja: `地域幸福度: ${p.lines}行目の分類名は、行ごとに読むと ${p.split} 分類、一行として読むと ${p.glued} 分類になるが、後に続く主観の例は ${p.wanted} 件。行ごとに読んだ`,
            en: `地域幸福度: the category names on lines ${p.lines} give ${p.split} categories read line by line and ${p.glued} read as one row, but ${p.wanted} 主観 examples follow; read line by line`,
          };
        case 'related-plan':
          return {
            ja: `施策 ${p.policy} 主な個別計画・方針等: ${p.line}行目を ${p.previous}行目の計画の続きとして読んだが、その行は計画の名前のように（計画、プラン、戦略、…で）終わっていない。新しい計画と区別する手がかりがテキストにない（${p.excerpt}）`,
            en: `施策 ${p.policy} 主な個別計画・方針等: line ${p.line} is read as continuing the plan of line ${p.previous}, whose line does not end like a plan's name (計画, プラン, 戦略, …); nothing in the text tells it from a new plan (${p.excerpt})`,
          };
        case 'project-action':
          return {
            ja: `${p.line}行目を重点プロジェクト ${p.project} の【施策 ${p.pillar}】（${p.itemLine}行目）の新しい取組として読んだ。PDF が折り返した ${p.previous}行目の取組の続きと区別する手がかりがテキストにない（${p.excerpt}: 区切りに 、・助詞・括弧がない）`,
            en: `line ${p.line} is read as a new action of 【施策 ${p.pillar}】 (line ${p.itemLine}) in project ${p.project}: nothing in the text tells it from the rest of the action on line ${p.previous} that the PDF wrapped (${p.excerpt}: no 、, particle or bracket at the break)`,
          };
      }
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
    message: (p: { kind: 'wellbeing' } | { kind: 'indicators'; policy: string; header: string } | { kind: 'project-actions'; project: number }) =>
      p.kind === 'wellbeing'
        ? { ja: '地域幸福度の見出しの繰り返し（改ページ）を読み飛ばした', en: 'the heading of 地域幸福度 repeated (a page break); skipped' }
        : p.kind === 'indicators'
          ? {
              ja: `施策 ${p.policy} 成果指標: 表の見出し「${p.header}」の繰り返し（改ページ）を読み飛ばした`,
              en: `施策 ${p.policy} 成果指標: the table's header 「${p.header}」 repeated (a page break); skipped`,
            }
          : {
              ja: `重点プロジェクト ${p.project} の【主な取組】の繰り返し（改ページの後か）を読み飛ばした`,
              en: `【主な取組】 of project ${p.project} repeated (after a page break?); skipped`,
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
    message: ({ text, what }: { text: string; what: Message }) => ({
      ja: `「${text}」は${what.ja}。ページの飾り（柱・ページ番号）として読み飛ばした`,
      en: `「${text}」 ${what.en}; skipped as page furniture`,
    }),
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
    message: ({ found }: { found: Message }) => ({
      ja: `${found.ja} がある。補足ファイルには制御文字（NUL、ESC、TAB）・幅のない文字・双方向の上書き文字・区切り文字を入れられない。その箇所を入力し直す`,
      en: `holds ${found.en}: a curated file may hold no control (NUL, ESC, TAB), zero-width, bidirectional-override or separator character; retype the text there`,
    }),
  },
  'curated:csv': {
    severity: 'error',
    summary: 'A curated file is not valid CSV (an unclosed quote, a stray quote).',
    action: 'Fix the quoting on the line named; save the file as CSV UTF-8.',
    ja: {
      summary: '人が作成したファイルが正しい CSV でない（閉じていない引用符、余分な引用符）。',
      action: '示された行の引用符を直し、CSV UTF-8 で保存する。',
    },
    message: ({ detail }: { detail: string }) => ({ ja: `CSV として正しくない: ${detail}`, en: `not valid CSV: ${detail}` }),
  },
  'curated:header': {
    severity: 'error',
    summary: 'sources/sdg-links.csv does not start with the header 施策番号,SDGゴール番号,出典.',
    action: 'Restore the header line.',
    ja: { summary: '記録ファイル sources/sdg-links.csv の先頭が見出し 施策番号,SDGゴール番号,出典 でない。', action: '見出しの行を戻す。' },
    message: ({ header }: { header: string }) => ({ ja: `見出し行「${header}」が必要`, en: `expected the header 「${header}」` }),
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
    message: (
      p:
        | { kind: 'no-row'; policy: string }
        | { kind: 'twice'; policy: string; sdg: number }
        | { kind: 'too-many'; policy: string; curated: number; line: number; marks: number }
        | { kind: 'policy-code'; text: string }
        | { kind: 'sdg'; text: string }
        | { kind: 'provenance' },
    ): Message => {
      switch (p.kind) {
        case 'no-row':
          return { ja: `施策 ${p.policy} は計画の SDGs 対応表に行がない`, en: `施策 ${p.policy} has no row in the plan's SDG table` };
        case 'twice':
          return { ja: `施策 ${p.policy} → SDG ${p.sdg} が二度挙がっている`, en: `施策 ${p.policy} → SDG ${p.sdg} is listed twice` };
        case 'too-many':
          return {
            ja: `sdg-links.csv は施策 ${p.policy} を SDGs 1〜7 のうち ${p.curated} 個に結び付けているが、計画のその行（${p.line}行目）の ● は ${p.marks} 個しかない`,
            en: `sdg-links.csv links 施策 ${p.policy} to ${p.curated} SDGs among 1–7, but its row in the plan (line ${p.line}) has only ${p.marks} ●`,
          };
        case 'policy-code':
          return { ja: `施策番号「${p.text}」は 4-1 のような施策の番号でない`, en: `施策番号 「${p.text}」 is not a policy code such as 4-1` };
        case 'sdg':
          return { ja: `SDGゴール番号「${p.text}」が 1〜17 でない`, en: `SDGゴール番号 「${p.text}」 is not 1–17` };
        case 'provenance':
          return {
            ja: '行に出典がない。結び付きをどこで読んだかを書く（例: 原本PDF p.11 の表）',
            en: 'the row has no 出典: say where the link was read (e.g. 原本PDF p.11 の表)',
          };
      }
    },
  },
  'curated:actuals-encoding': {
    severity: 'error',
    summary: 'sources/indicator-actuals.csv is not UTF-8.',
    action: 'Save it as CSV UTF-8, not in Shift_JIS.',
    ja: { summary: '記録ファイル sources/indicator-actuals.csv が UTF-8 でない。', action: 'Shift_JIS ではなく CSV UTF-8 で保存する。' },
    message: (_: Record<string, never>) => ({
      ja: 'ファイルが UTF-8 でない（この行に復号できないバイトがある）。Shift_JIS ではなく「CSV UTF-8」で保存する',
      en: 'the file is not UTF-8 (this line holds bytes that do not decode); save it as CSV UTF-8, not in Shift_JIS',
    }),
  },
  'curated:actuals-header': {
    severity: 'error',
    summary: 'sources/indicator-actuals.csv does not start with the header 指標ID,年度,実績値,出典.',
    action: 'Restore the header line.',
    ja: { summary: '記録ファイル sources/indicator-actuals.csv の先頭が見出し 指標ID,年度,実績値,出典 でない。', action: '見出しの行を戻す。' },
    message: ({ header, found }: { header: string; found: string | undefined }) => ({
      ja: `見出し行「${header}」が必要だが、${found === undefined ? 'ファイルが空' : `「${found}」がある`}`,
      en: `expected the header 「${header}」${found === undefined ? ', found an empty file' : `, found 「${found}」`}`,
    }),
  },
  'curated:actual-columns': {
    severity: 'error',
    summary: 'A row of the actuals does not have its four cells.',
    action: 'Quote a value that holds a comma, and write numbers without one.',
    ja: { summary: '実績値の行のセルが4つでない。', action: 'カンマを含む値は引用符で囲み、数値はカンマなしで書く。' },
    message: ({ cells, expected, header }: { cells: number; expected: number; header: string }) => ({
      ja: `行のセルが ${cells} 個ある。${expected} 個（${header}）が必要。値の中のカンマは引用符で囲み、数値にはカンマを入れない`,
      en: `the row has ${cells} cells, expected ${expected} (${header}); a comma inside a value must be quoted, and a number must have none`,
    }),
  },
  'curated:actual-text': {
    severity: 'error',
    summary: 'A cell of the actuals holds a line break.',
    action: 'Retype the cell.',
    ja: { summary: '実績値のセルに改行がある。', action: 'セルを1行で打ち直す。' },
    message: ({ column }: { column: string }) => ({
      ja: `${column} に改行がある。セルを一行で入力し直す`,
      en: `${column} holds a line break; retype the cell on one line`,
    }),
  },
  'curated:actual-formula': {
    severity: 'error',
    summary: 'A cell of the actuals starts like a spreadsheet formula (=, +, -, @).',
    action: 'Write the value itself.',
    ja: { summary: '実績値のセルが表計算の数式のように（=、+、-、@ で）始まっている。', action: '値そのものを書く。' },
    message: ({ column, value }: { column: string; value: string }) => ({
      ja: `${column}「${value}」が表計算の数式のように始まる（=、+、-、@）。値そのものを書く`,
      en: `${column} 「${value}」 starts like a spreadsheet formula (=, +, -, @); write the value itself`,
    }),
  },
  'curated:actual-kpi': {
    severity: 'error',
    summary: '指標ID is not a KPI ID such as kpi-4-1-1, or names no KPI of the plan.',
    action: 'Use the ID of the KPI as 062022_indicators.csv lists it.',
    ja: {
      summary: '指標ID が kpi-4-1-1 のような成果指標の ID でないか、計画のどの成果指標も指していない。',
      action: '062022_indicators.csv にある成果指標の ID を使う。',
    },
    message: (p: { id: string; written: string | undefined } | { id: string; first: string; last: string } | { id: string; noKpis: true }) =>
      'written' in p
        ? {
            ja: `指標ID「${p.id}」は kpi-4-1-1 のような指標の ID でない${p.written === undefined ? '' : `（kpi-${p.written} と書く）`}`,
            en: `指標ID 「${p.id}」 is not a KPI ID such as kpi-4-1-1${p.written === undefined ? '' : ` (write kpi-${p.written})`}`,
          }
        : 'first' in p
          ? {
              ja: `指標ID ${p.id} は計画の成果指標でない。計画の成果指標は ${p.first} … ${p.last}（062022_indicators.csv を参照）`,
              en: `指標ID ${p.id} is not a KPI of the plan; the plan's KPIs are ${p.first} … ${p.last} (see 062022_indicators.csv)`,
            }
          : { ja: `指標ID ${p.id} は計画の成果指標でない`, en: `指標ID ${p.id} is not a KPI of the plan` },
  },
  'curated:actual-year': {
    severity: 'error',
    summary: '年度 is not a 西暦 fiscal year such as 2026.',
    action: 'Write the fiscal year as four digits (令和8年度 = 2026).',
    ja: { summary: '年度が 2026 のような西暦の年度でない。', action: '年度を西暦4桁で書く（令和8年度 = 2026）。' },
    message: ({ year }: { year: string }) => ({
      ja: `年度「${year}」は 2026 のような西暦の年度でない（令和8年度 = 2026）`,
      en: `年度 「${year}」 is not a 西暦 fiscal year such as 2026 (令和8年度 = 2026)`,
    }),
  },
  'curated:actual-value': {
    severity: 'error',
    summary: "実績値 is not a bare number in the KPI's unit (no thousands separator, sign +, unit or full-width digit; at most 15 significant digits).",
    action: 'Write the bare number, as the message suggests.',
    ja: {
      summary: '実績値が成果指標の単位での数値だけになっていない（桁区切り・+ の符号・単位・全角数字は使えず、有効数字は15桁まで）。',
      action: 'メッセージが示すとおり、数値だけを書く。',
    },
    message: (
      p:
        | { kind: 'empty' }
        | { kind: 'digits'; value: string; max: number }
        | { kind: 'not-a-number'; value: string; fix: 'separator' | 'sign' | 'unit'; bare: string }
        | { kind: 'not-a-number'; value: string; fix: 'zeros' | 'full-width' | undefined },
    ): Message => {
      if (p.kind === 'empty') return { ja: '行に実績値がない', en: 'the row has no 実績値' };
      if (p.kind === 'digits')
        return {
          ja: `実績値「${p.value}」の有効数字が ${p.max} 桁を超え、公開する数値では正確に表せない`,
          en: `実績値 「${p.value}」 has more than ${p.max} significant digits, which a published number cannot hold exactly`,
        };
      const hint: Message =
        p.fix === 'separator'
          ? { ja: `。桁区切りのカンマを除いて書く（${p.bare}）`, en: `; write it without the thousands separator (${p.bare})` }
          : p.fix === 'sign'
            ? { ja: `。符号 + を除いて書く（${p.bare}）`, en: `; write it without the sign + (${p.bare})` }
            : p.fix === 'unit'
              ? {
                  ja: `。単位を付けず、指標の単位での数値だけ（${p.bare}）を書く`,
                  en: `; write the bare number (${p.bare}) in the KPI's unit, without the unit`,
                }
              : p.fix === 'zeros'
                ? { ja: '。先頭の 0 を除いて書く', en: '; write it without leading zeros' }
                : p.fix === 'full-width'
                  ? { ja: '。半角の数字（0〜9、.）で書く', en: '; write it in ASCII digits (0–9, .)' }
                  : { ja: '', en: '' };
      return {
        ja: `実績値「${p.value}」は、52 や 49.5 のような指標の単位での数値でない${hint.ja}`,
        en: `実績値 「${p.value}」 is not a bare number such as 52 or 49.5 in the KPI's unit${hint.en}`,
      };
    },
  },
  'curated:actual-provenance': {
    severity: 'error',
    summary: 'A row of the actuals has no 出典.',
    action: 'Say where the figure was published: a URL or a document title.',
    ja: { summary: '実績値の行に出典がない。', action: '数値が公表された場所（URL または文書名）を書く。' },
    message: (_: Record<string, never>) => ({
      ja: '行に出典がない。数値がどこで公表されたか（URL か文書名）を書く',
      en: 'the row has no 出典: say where the figure was published (a URL or a document title)',
    }),
  },
  'curated:actual-duplicate': {
    severity: 'error',
    summary: 'A second actual for the same KPI and year.',
    action: 'Keep one row per KPI and year: correct the first instead.',
    ja: { summary: '同じ成果指標・同じ年度の実績値が二つある。', action: '成果指標と年度ごとに1行にし、最初の行を正す。' },
    message: ({ kpi, year, first }: { kpi: string; year: number; first: number }) => ({
      ja: `${kpi} の ${year} 年度の実績は ${first}行目に既にある。指標と年度の組ごとに一行。その行を直す`,
      en: `${kpi} has an actual for ${year} already, on line ${first}; one row per (KPI, year): correct that row instead`,
    }),
  },
  'curated:actual-year-range': {
    severity: 'error',
    summary: "An actual's year is before its KPI's baseline year or after 2035, the end of the vision.",
    action: 'Check the year.',
    ja: { summary: '実績値の年度が、成果指標の基準年度より前か、将来像の最終年度（2035年度）より後。', action: '年度を確かめる。' },
    message: ({ year, kpi, baseline, baselineNotation, last }: { year: number; kpi: string; baseline: number; baselineNotation: string; last: number }) => ({
      ja: `年度 ${year} が ${kpi} の範囲外。範囲は基準年度 ${baseline}（${baselineNotation}）から、ビジョンの終わりの ${last} まで`,
      en: `年度 ${year} is outside ${kpi}'s range: from its baseline year ${baseline} (${baselineNotation}) to ${last}, the end of the vision`,
    }),
  },

  // ── pages: 第３章 against 第２章 ─────────────────────────────────────────────────────────────────────
  'pages:unknown-goal': {
    severity: 'error',
    summary: '第３章 has a page for a goal 第２章 does not list.',
    action: "Correct the goal's number in the page heading, or in 第２章.",
    ja: { summary: '第３章に、第２章にない基本目標のページがある。', action: 'ページの見出しか第２章で、基本目標の番号を正す。' },
    message: ({ goal }: { goal: number }) => ({
      ja: `基本目標 ${goal} のページがあるが、第２章にその基本目標がない`,
      en: `goal page for 基本目標 ${goal}, which 第２章 does not list`,
    }),
  },
  'pages:goal-name': {
    severity: 'warning',
    summary: "A goal page names its goal differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
    ja: { summary: '基本目標のページでの目標の名称が第２章と違う。第２章の名称を公開した。', action: 'どちらの表記が計画のものか確かめる。' },
    message: ({ goal, name, line, known }: { goal: number; name: string; line: number; known: string }) => ({
      ja: `ページは基本目標 ${goal} を「${name}」と記すが、第２章（${line}行目）では「${known}」`,
      en: `goal page names 基本目標 ${goal} 「${name}」, 第２章 (line ${line}) 「${known}」`,
    }),
  },
  'pages:goal-statement': {
    severity: 'warning',
    summary: "A goal page states its goal differently from 第２章; 第２章's statement is published.",
    action: 'Check which wording is the plan’s.',
    ja: { summary: '基本目標のページでの目標の文が第２章と違う。第２章の文を公開した。', action: 'どちらの文言が計画のものか確かめる。' },
    message: ({ goal, statement, line, known }: { goal: number; statement: string; line: number; known: string }) => ({
      ja: `ページは基本目標 ${goal} の文を「${statement}」とするが、第２章（${line}行目）では「${known}」。第２章のものを公開する`,
      en: `goal page states 基本目標 ${goal} as 「${statement}」, 第２章 (line ${line}) as 「${known}」; 第２章's is published`,
    }),
  },
  'pages:missing-policy-page': {
    severity: 'error',
    summary: 'A goal has a page, but one of its policies has none (is the file cut short?).',
    action: "Restore the policy's page.",
    ja: { summary: '基本目標にはページがあるのに、その施策の一つにページがない（ファイルが途中で切れていないか）。', action: '施策のページを戻す。' },
    message: ({ goal, code, name }: { goal: number; code: string; name: string }) => ({
      ja: `基本目標 ${goal} にはページがあるが、その施策 ${code}「${name}」にはない。ページ「施策 ${code} ${name}」が必要（ファイルが途中で切れていないか）`,
      en: `基本目標 ${goal} has a page, but its policy ${code} 「${name}」 has none; expected a page 「施策 ${code} ${name}」 (is the file cut short?)`,
    }),
  },
  'pages:issue-category': {
    severity: 'info',
    summary: 'A category of 本市の現状と課題 is not the name of a policy of its goal: its statements are published without a policy.',
    action: 'Nothing: the plan groups these statements under a name of its own.',
    ja: {
      summary: '本市の現状と課題の分類名が、その基本目標のどの施策の名称とも一致しない。その記述は施策と結び付けずに公開した。',
      action: '対処は不要。計画がこれらの記述を独自の名前でまとめている。',
    },
    message: ({ category, goal }: { category: string; goal: number }) => ({
      ja: `現状と課題の分類「${category}」は基本目標 ${goal} の施策の名称でない。施策と結び付けずに公開する`,
      en: `現状と課題 category 「${category}」 is not the name of a policy of 基本目標 ${goal}; published without a policy`,
    }),
  },
  'pages:unknown-policy': {
    severity: 'error',
    summary: '第３章 has a page for a policy 第２章 does not list.',
    action: "Correct the policy's code in the page heading, or in 第２章.",
    ja: { summary: '第３章に、第２章にない施策のページがある。', action: 'ページの見出しか第２章で、施策の番号を正す。' },
    message: ({ code }: { code: string }) => ({
      ja: `施策 ${code} のページがあるが、第２章にその施策がない`,
      en: `page for 施策 ${code}, which 第２章 does not list`,
    }),
  },
  'pages:policy-name': {
    severity: 'warning',
    summary: "A policy page names its policy differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
    ja: { summary: '施策のページでの施策の名称が第２章と違う。第２章の名称を公開した。', action: 'どちらの表記が計画のものか確かめる。' },
    message: ({ code, name, line, known }: { code: string; name: string; line: number; known: string }) => ({
      ja: `ページは施策 ${code} を「${name}」と記すが、第２章（${line}行目）では「${known}」`,
      en: `page names 施策 ${code} 「${name}」, 第２章 (line ${line}) 「${known}」`,
    }),
  },
  'pages:unknown-pillar': {
    severity: 'error',
    summary: 'A policy page lists a pillar 第２章 does not have.',
    action: "Correct the pillar's number on the page, or in 第２章.",
    ja: { summary: '施策のページに、第２章にない施策の柱がある。', action: 'ページか第２章で、柱の番号を正す。' },
    message: ({ code, number, name }: { code: string; number: number; name: string }) => ({
      ja: `施策 ${code} のページが施策の柱 ${number}「${name}」を挙げるが、第２章に施策の柱 ${code}-${number} がない`,
      en: `page of 施策 ${code} lists pillar ${number} 「${name}」, but 第２章 has no pillar ${code}-${number}`,
    }),
  },
  'pages:pillar-name': {
    severity: 'warning',
    summary: "A policy page names a pillar differently from 第２章; 第２章's name is published.",
    action: 'Check which spelling is the plan’s.',
    ja: { summary: '施策のページでの施策の柱の名称が第２章と違う。第２章の名称を公開した。', action: 'どちらの表記が計画のものか確かめる。' },
    message: ({ code, name, line, known }: { code: string; name: string; line: number; known: string }) => ({
      ja: `ページは施策の柱 ${code} を「${name}」と記すが、第２章（${line}行目）では「${known}」。第２章のものを公開する`,
      en: `page names pillar ${code} 「${name}」, 第２章 (line ${line}) 「${known}」; 第２章's is published`,
    }),
  },
  'pages:source-ends-early': {
    severity: 'error',
    summary: 'The file ends inside a policy page, before pillars 第２章 lists for it.',
    action: 'Restore the end of the file.',
    ja: { summary: 'ファイルが施策のページの途中、第２章に挙げられた柱より前で終わっている。', action: 'ファイルの終わりを戻す。' },
    message: ({ code, last, end, missing, line }: { code: string; last: number; end: number; missing: string; line: number }) => ({
      ja: `ファイルが施策 ${code} のページの途中、施策の柱 ${code}-${last}（${end}行目）の後で終わる。第２章（${line}行目）の ${missing} が出てこない。ファイルが途中で切れていないか`,
      en: `the file ends inside the page of 施策 ${code}, after pillar ${code}-${last} (line ${end}): ${missing} of 第２章 (line ${line}) never come — is the file cut short?`,
    }),
  },
  'pages:pillar-missing': {
    severity: 'warning',
    summary: "A pillar of 第２章 is not on its policy's page.",
    action: 'Check the page for a lost pillar heading.',
    ja: { summary: '第２章の施策の柱が、その施策のページにない。', action: 'ページで柱の見出しが失われていないか確かめる。' },
    message: ({ code, name, policy }: { code: string; name: string; policy: string }) => ({
      ja: `第２章の施策の柱 ${code}「${name}」が施策 ${policy} のページにない`,
      en: `pillar ${code} 「${name}」 of 第２章 is not on the page of 施策 ${policy}`,
    }),
  },
  'pages:footnote-unmarked': {
    severity: 'warning',
    summary: "A policy page's footnote defines a term that no ※ on that page marks: the mark was lost, and with it the term's usage there.",
    action: 'Restore the ※ after the term in the text, or remove the footnote if the page does not use the term.',
    ja: {
      summary: '施策ページの脚注が用語を説明しているが、そのページのどこにも ※ が付いていない。※ が失われ、その用語の使用箇所もわからなくなった。',
      action: '本文の用語の後に ※ を戻す。そのページで使っていない用語なら脚注を削除する。',
    },
    message: ({ code, term }: { code: string; term: string }) => ({
      ja: `施策 ${code}: 脚注「＊${term}」が説明する用語に、ページのどの ※ も付いていない。ページの本文に「${term}※」があるはず。※ が失われていないか`,
      en: `施策 ${code}: the footnote 「＊${term}」 defines a term that no ※ on the page marks; expected 「${term}※」 in the page's text — was the ※ lost?`,
    }),
  },
  'pages:no-indicator': {
    severity: 'warning',
    summary: 'A policy page has no 成果指標 (KPI).',
    action: 'Check the ■成果指標 section of the page.',
    ja: { summary: '施策のページに成果指標（KPI）がない。', action: 'ページの「■成果指標」を確かめる。' },
    message: ({ code }: { code: string }) => ({ ja: `施策 ${code} に成果指標がない`, en: `施策 ${code} has no 成果指標` }),
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
    message: ({ goal, name, policies }: { goal: number; name: string; policies: number | undefined }) => ({
      ja: `基本目標 ${goal}「${name}」には、このテキストの第３章にページがない。本市の現状と課題と地域幸福度（Well-Being）の分類は公開していない${policies === undefined ? '' : `。その施策 ${policies} 件のどれにもページがないため、成果指標（KPI）もない`}`,
      en: `基本目標 ${goal} 「${name}」 has no page in 第３章 of this text: its 本市の現状と課題 (current issues) and 地域幸福度 (Well-Being) categories are not published${policies === undefined ? '' : `, and none of its ${policies} policies has a page, so it has no 成果指標 (KPI) either`}`,
    }),
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
    message: ({ code, name, pillars }: { code: string; name: string; pillars: readonly string[] }) => ({
      ja: `施策 ${code}「${name}」には、このテキストの第３章にページがない。目指す姿、成果指標、関連する個別計画、市民等からの意見・提案、期待したい行動は公開しておらず、その施策の柱 ${pillars.length} 件（${pillars.join('、')}）の主な取組と担当課も公開していない`,
      en: `施策 ${code} 「${name}」 has no page in 第３章 of this text: its 目指す姿, 成果指標, related plans, citizens' opinions and expected actions are not published, nor the 主な取組 and 担当課 of its ${pillars.length} pillars (${pillars.join(', ')})`,
    }),
  },
  'unresolved:glossary-definition': {
    severity: 'info',
    summary: "A glossary term's definition is masked (＊＊＊) in the source: published without one, none invented.",
    action: 'Nothing: the definition is not in the text.',
    ja: { summary: '用語解説の定義が原文で伏字（＊＊＊）になっている。定義なしで公開し、推測で補ってもいない。', action: '対処はない。定義はテキストにない。' },
    message: ({ term }: { term: string }) => ({
      ja: `「${term}」の説明は原文で伏せられている（＊＊＊）。説明なしで公開し、説明を作ってはいない`,
      en: `the definition of 「${term}」 is masked (＊＊＊) in the source; published without a definition, none invented`,
    }),
  },
  'unresolved:sdg-goals-1-7': {
    severity: 'info',
    summary: 'The plan marks a policy with ● among SDGs 1–7, but extraction lost which columns: only curated links are published.',
    action: 'Read the links off the original PDF into sources/sdg-links.csv, each with its 出典.',
    ja: {
      summary: '計画は SDGs 1〜7 の欄に施策の ● を付けているが、抽出でどの欄かが失われた。人が確かめた対応だけを公開する。',
      action: '原本の PDF から対応を読み取り、出典とともに sources/sdg-links.csv に記録する。',
    },
    message: ({ code, marks, curated }: { code: string; marks: number; curated: number }) => ({
      ja: `施策 ${code} には SDGs 1〜7 の ● が ${marks} 個あるが、抽出でどの列の ● かが失われた。${curated === 0 ? '結び付きは公開していない' : `補足ファイルの ${curated} 件の結び付きだけを公開している`}`,
      en: `施策 ${code} has ${marks} ● among SDGs 1–7, but extraction lost which columns they stand in; ${curated === 0 ? 'no link is published' : `only the ${curated} curated link(s) are published`}`,
    }),
  },
  'unresolved:sdg-goals-8-17': {
    severity: 'info',
    summary: 'The SDG 8–17 half of the table came out as unlabeled rows of ●: no SDG 8–17 link is published from the text.',
    action: 'Read the links off the original PDF into sources/sdg-links.csv, each with its 出典.',
    ja: {
      summary: 'SDGs 8〜17 の半分の表が、見出しのない ● の行として抽出された。テキストからは SDGs 8〜17 の対応を公開していない。',
      action: '原本の PDF から対応を読み取り、出典とともに sources/sdg-links.csv に記録する。',
    },
    message: ({ rows, counts, first, last, policies }: { rows: number; counts: string; first: number; last: number; policies: number }) => ({
      ja: `対応表の SDGs 8〜17 の半分は、施策 ${policies} 件に対して見出しのない ● の行 ${rows} 行（個数 ${counts}、${first}〜${last}行目）として抽出された。施策と対応付けられないため、SDGs 8〜17 の結び付きは公開していない`,
      en: `the SDG 8–17 half of the table came out as ${rows} unlabeled rows of ● (counts ${counts}, lines ${first}–${last}) for ${policies} policies; they cannot be matched to policies, so no SDG 8–17 link is published`,
    }),
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
    message: ({ code, raw, baseline, condition, target }: { code: string; raw: string; baseline: string; condition: string; target: string }) => ({
      ja: `施策 ${code} の成果指標「${raw}」: 基準値「${baseline}」に条件「${condition}」が付いているが、条件が付くのは目標値だけ（目標値は「${target}」）。基準値と目標値が入れ替わっていないか`,
      en: `施策 ${code} KPI 「${raw}」: the baseline 「${baseline}」 carries the condition ${condition}, which only a target has (the target is 「${target}」); are baseline and target swapped?`,
    }),
  },
  'plausibility:fiscal-year-order': {
    severity: 'error',
    summary: "A KPI's baseline year is after its target year (in a row, or in the table header).",
    action: 'Check the years against the plan: are they swapped?',
    ja: { summary: '成果指標の基準年度が目標年度より後になっている（行または表の見出しで）。', action: '年度を計画と見比べる。入れ替わっていないか。' },
    message: (p: { code: string; header: true; baseline: string; target: string } | { code: string; raw: string; baseline: string; target: string }) =>
      'header' in p
        ? {
            ja: `施策 ${p.code} 成果指標: 見出しの基準年度 ${p.baseline} が目標年度 ${p.target} より後。「R6 基準 R12 目標」のはず。年度が入れ替わっていないか`,
            en: `施策 ${p.code} 成果指標: the header names the baseline year ${p.baseline} after the target year ${p.target}; expected 「R6 基準 R12 目標」 — are the years swapped?`,
          }
        : {
            ja: `施策 ${p.code} の成果指標「${p.raw}」: 基準年度 ${p.baseline} が目標年度 ${p.target} より後。基準は目標より遅くないはず`,
            en: `施策 ${p.code} KPI 「${p.raw}」: baseline year ${p.baseline} is after target year ${p.target}; expected the baseline no later than the target`,
          },
  },
  'plausibility:fiscal-year-span': {
    severity: 'error',
    summary: "A KPI's target year lies outside the plan's period, or its baseline year after it or before 令和.",
    action: 'Check the year against the plan (the period is in sources/source.json).',
    ja: {
      summary: '成果指標の目標年度が計画期間の外にあるか、基準年度がそれより後または令和より前。',
      action: '年度を計画と見比べる（計画期間は sources/source.json にある）。',
    },
    message: ({
      code,
      raw,
      which,
      year,
      problem,
    }: {
      code: string;
      raw: string | undefined;
      which: 'baseline' | 'target';
      year: string;
      problem: Message;
    }) => ({
      ja: `${raw === undefined ? `施策 ${code} 成果指標: 見出しの` : `施策 ${code} の成果指標「${raw}」: `}${which === 'baseline' ? '基準' : '目標'}年度 ${year} が${problem.ja}`,
      en: `${raw === undefined ? `施策 ${code} 成果指標: the header's ${which} year` : `施策 ${code} KPI 「${raw}」: ${which} year`} ${year} is ${problem.en}`,
    }),
  },
  'plausibility:department-name': {
    severity: 'error',
    summary: "A department name holds a value (digits, ％, 以上/以下/未満) or does not end like the plan's (…課, …センター).",
    action: 'Restore the department name; a value in its place means a cell slid.',
    ja: {
      summary: '担当課の名前に値（数字、％、以上・以下・未満）が入っているか、計画の課の名前の終わり方（…課、…センター）をしていない。',
      action: '担当課の名前を戻す。値が入っているのはセルがずれたため。',
    },
    message: ({ where, name, problem }: { where: Message; name: string; problem: Message }) => ({
      ja: `${where.ja}: 担当課「${name}」${problem.ja}`,
      en: `${where.en}: department 「${name}」 ${problem.en}`,
    }),
  },
  'plausibility:duplicate-indicator': {
    severity: 'warning',
    summary: 'A KPI row repeats an earlier row of the same policy: both are published, and the IDs after it shift.',
    action: 'Remove the duplicated row if the plan does not list it twice.',
    ja: {
      summary: '成果指標の行が、同じ施策の前の行を繰り返している。両方を公開し、その後の ID は一つずつずれる。',
      action: '計画が二度挙げていないなら、重複した行を削除する。',
    },
    message: (p: { where: Message; label: string; line: number; id: string; firstLine: number; firstId: string; more: number; moreLines: string }) =>
      duplicateRow(p),
  },
  'plausibility:duplicate-action': {
    severity: 'warning',
    summary: 'A pillar action repeats an earlier action of the same pillar: both are published, and the IDs after it shift.',
    action: 'Remove the duplicated action if the plan does not list it twice.',
    ja: {
      summary: '施策の柱の取組が、同じ柱の前の取組を繰り返している。両方を公開し、その後の ID は一つずつずれる。',
      action: '計画が二度挙げていないなら、重複した取組を削除する。',
    },
    message: (p: { where: Message; label: string; line: number; id: string; firstLine: number; firstId: string; more: number; moreLines: string }) =>
      duplicateRow(p),
  },

  // ── glossary: ※ marks and footnotes ─────────────────────────────────────────────────────────────────
  'glossary:definition-differs': {
    severity: 'warning',
    summary: 'A footnote term is defined differently on two pages; the first definition is published.',
    action: 'Check which definition is the plan’s.',
    ja: { summary: '用語解説の用語が二つのページで違う定義になっている。最初の定義を公開した。', action: 'どちらの定義が計画のものか確かめる。' },
    message: ({ term, first }: { term: string; first: number }) => ({
      ja: `「${term}」の説明が ${first}行目と違う。最初の説明を公開する`,
      en: `「${term}」 is defined differently here than at line ${first}; the first definition is published`,
    }),
  },
  'glossary:unknown-term': {
    severity: 'warning',
    summary: 'A ※ follows no footnote term of any page.',
    action: 'Check the footnotes of the page (＊term：…) and the words before the ※.',
    ja: { summary: '※ の前に、どのページの用語解説にもない語がある。', action: 'そのページの用語解説（＊用語：…）と、※ の前の語を確かめる。' },
    message: ({ after }: { after: string }) => ({
      ja: `「${after}」の後の ※ が、どのページの脚注の用語とも一致しない`,
      en: `※ after 「${after}」 matches no footnote term on any page`,
    }),
  },
  'glossary:unused-term': {
    severity: 'warning',
    summary: 'A footnote term is marked ※ nowhere in the text.',
    action: 'Check for a lost ※ after the term in the text.',
    ja: { summary: '用語解説の用語が、本文のどこにも ※ 付きで出てこない。', action: '本文でその用語の後の ※ が失われていないか確かめる。' },
    message: ({ term }: { term: string }) => ({
      ja: `脚注の用語「${term}」に ※ が付いた箇所が本文のどこにもない`,
      en: `footnote term 「${term}」 is marked ※ nowhere in the text`,
    }),
  },
  'glossary:source-ends-early': {
    severity: 'error',
    summary: 'A ※ on the page that ends the file has no footnote there: the file stops before the page’s footnotes.',
    action: 'Restore the end of the file.',
    ja: { summary: 'ファイルの最後のページの ※ に用語解説がない。ファイルがそのページの用語解説より前で終わっている。', action: 'ファイルの終わりを戻す。' },
    message: ({ after, policy }: { after: string; policy: string }) => ({
      ja: `ファイルの最後の施策 ${policy} のページで、「${after}」の後の ※ に対応する脚注（＊用語：…）がそのページにない。脚注はページの最後に来るもの。ファイルが脚注の前で切れていないか`,
      en: `※ after 「${after}」 on the page of 施策 ${policy}, which ends the file, has no footnote (＊term：…) on that page; the footnotes close a page — is the file cut short before them?`,
    }),
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
    message: ({
      kpi,
      year,
      value,
      baseline,
      target,
      percent,
    }: {
      kpi: string;
      year: number;
      value: number;
      baseline: string;
      target: string;
      percent: number;
    }) => ({
      ja: `${kpi} ${year}年度: 実績値 ${value} は割合（小数）に見えるが、${kpi} の単位は ％（基準値 ${baseline}、目標値 ${target}）。${percent}％ なら ${percent} と書く。書かれたとおりに公開する`,
      en: `${kpi} ${year}: 実績値 ${value} looks like a fraction, but ${kpi} is in ％ (baseline ${baseline}, target ${target}): write ${percent} for ${percent}％; published as written`,
    }),
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
    message: (p: {
      kpi: string;
      year: number;
      value: number;
      target: string;
      above: boolean;
      baseline: string;
      condition: string;
      rate: string;
      grade: string;
    }) => ({
      ja: `${p.kpi} ${p.year}年度: ${p.value} は ${p.target} を満たさない。目標値は、条件「${p.condition}」の示す向きに反して基準値 ${p.baseline} より${p.above ? '上' : '下'}にある。進捗率 ${p.rate} は条件から遠ざかる動きを測るので評価を決めず、条件により ${p.grade}`,
      en: `${p.kpi} ${p.year}: ${p.value} does not meet ${p.target}, and the target lies ${p.above ? 'above' : 'below'} the baseline ${p.baseline} against the direction 「${p.condition}」 gives; the progress rate ${p.rate} measures movement away from the condition, not towards it, so it decides no grade: ${p.grade} by the condition`,
    }),
  },

  // ── model, integrity: the tables ─────────────────────────────────────────────────────────────────────
  'model:schema': {
    severity: 'error',
    summary: "A record breaks its table's schema (a type, a pattern, a bound).",
    action: 'Correct the source line the message names.',
    ja: { summary: 'レコードが表のスキーマ（型、パターン、範囲）に合わない。', action: 'メッセージが示す原文の行を正す。' },
    message: ({ table, id, path, problem }: { table: string; id: string; path: string; problem: string }) => ({
      ja: `${table} のレコード ${id}: ${path} が表の定義に合わない（${problem}）`,
      en: `${table} record ${id}: ${path} ${problem}`,
    }),
  },
  'integrity:duplicate-id': {
    severity: 'error',
    summary: 'Two records have the same ID.',
    action: 'Correct the repeated code in the source.',
    ja: { summary: '二つのレコードの ID が同じ。', action: '原文で重複した番号を正す。' },
    message: ({ id, table, firstTable, firstLine }: { id: string; table: string; firstTable: string; firstLine: number }) => ({
      ja: `ID ${id}（${table}）は ${firstLine}行目の ${firstTable} のレコードが既に使っている。番号は一度しか使えない`,
      en: `ID ${id} (${table}) is already used by a ${firstTable} record from line ${firstLine}; each code may appear once`,
    }),
  },
  'integrity:reference': {
    severity: 'error',
    summary: 'A record refers to a record that does not exist.',
    action: 'Correct the code it cites, or restore the record it names.',
    ja: { summary: 'レコードが存在しないレコードを参照している。', action: '参照している番号を正すか、参照先のレコードを戻す。' },
    message: ({ table, id, value, target }: { table: string; id: string; value: string; target: string }) => ({
      ja: `${table} のレコード ${id} は ${value} を参照しているが、${target} にそのレコードがない`,
      en: `${table} record ${id} refers to ${value}, but ${target} has no such record`,
    }),
  },
  'integrity:empty': {
    severity: 'error',
    summary: 'No goals, policies, pillars or projects were read.',
    action: 'Check that the file is the plan text.',
    ja: { summary: '基本目標・施策・施策の柱・重点プロジェクトが一つも読み取れなかった。', action: 'ファイルが計画のテキストか確かめる。' },
    message: ({ table, min }: { table: string; min: number }) => ({
      ja: `${table} を一件も読み取れなかった。少なくとも ${min} 件が必要`,
      en: `no ${table} were read; expected at least ${min}`,
    }),
  },
  'integrity:goal-without-policy': {
    severity: 'error',
    summary: 'A goal has no policy in 第２章.',
    action: "Restore the goal's policies in 第２章.",
    ja: { summary: '第２章の基本目標に施策が一つもない。', action: '第２章にその基本目標の施策を戻す。' },
    message: ({ goal }: { goal: number }) => ({
      ja: `基本目標 ${goal} に第２章の施策がない。施策 ${goal}-1 … があるはず`,
      en: `基本目標 ${goal} has no policy in 第２章; expected policies ${goal}-1, …`,
    }),
  },
  'integrity:policy-without-pillar': {
    severity: 'error',
    summary: 'A policy has no pillar in 第２章.',
    action: "Restore the policy's pillars in 第２章.",
    ja: { summary: '第２章の施策に施策の柱が一つもない。', action: '第２章にその施策の柱を戻す。' },
    message: ({ policy }: { policy: string }) => ({
      ja: `施策 ${policy} に第２章の施策の柱がない。施策の柱 ${policy}-1 … があるはず`,
      en: `施策 ${policy} has no pillar in 第２章; expected pillars ${policy}-1, …`,
    }),
  },
  'integrity:pillar-name-mismatch': {
    severity: 'warning',
    summary: 'A project item cites a pillar by another name than 第２章 gives it; published as written.',
    action: 'Nothing when the plan itself says so; else correct the citation.',
    ja: {
      summary: '重点プロジェクトの項目が、施策の柱を第２章とは違う名称で引用している。書かれたとおりに公開した。',
      action: '計画自体がそう書いているなら対処は不要。そうでなければ引用を正す。',
    },
    message: ({ code, cited, line, name, namesake }: { code: string; cited: string; line: number; name: string; namesake: string | undefined }) => ({
      ja: `重点プロジェクトの取組が施策の柱 ${code} を「${cited}」として引用しているが、第２章（${line}行目）の名称は「${name}」${namesake === undefined ? '' : `。「${cited}」は施策の柱 ${namesake} の名称`}。書かれたとおりに公開する`,
      en: `project item cites pillar ${code} as 「${cited}」, but 第２章 (line ${line}) names it 「${name}」${namesake === undefined ? '' : `; 「${cited}」 is the name of pillar ${namesake}`}; published as written`,
    }),
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
    message: ({ table, id, column }: { table: string; id: string; column: string }) => ({
      ja: `${table} の ${id} の列 ${column} が表計算の数式のように始まる。CSV のセルには先頭に ' を付け（OWASP の CSV インジェクション対策）、JSON は書かれたとおりのテキストを保つ`,
      en: `${table} ${id} column ${column} starts like a spreadsheet formula; the CSV cell is prefixed with ' (OWASP CSV injection), the JSON keeps the text as written`,
    }),
  },
  'emit:xlsx-too-many-rows': {
    severity: 'error',
    summary: 'A table has more records than an Excel sheet holds below its header (1,048,575).',
    action: 'Check the source for a block repeated many times.',
    ja: {
      summary: '表のレコード数が、Excel のシートに見出しの下に入る行数（1,048,575）を超えている。',
      action: '原文で同じ部分が何度も繰り返されていないか確かめる。',
    },
    message: ({ table, rows, max, from }: { table: string; rows: number; max: number; from: string }) => ({
      ja: `${table} のレコードは ${rows} 件。Excel のシートは見出しの下に ${max} 行までなので、${from} 以降をワークブックに収められない`,
      en: `${table} has ${rows} records; an Excel sheet holds ${max} below its header, so the workbook cannot carry the table from ${from} on`,
    }),
  },
  'emit:xlsx-cell-too-long': {
    severity: 'error',
    summary: 'A text is longer than an Excel cell holds (32,767 characters).',
    action: 'Check the source there: a text this long is most likely lines run together.',
    ja: {
      summary: 'テキストが Excel のセルに入る長さ（32,767文字）を超えている。',
      action: '原文のその箇所を確かめる。これほど長いのは、おそらく行がつながってしまったため。',
    },
    message: ({ table, id, column, length, max }: { table: string; id: string; column: string; length: number; max: number }) => ({
      ja: `${table} の ${id} の列 ${column} は ${length} 文字。Excel のセルは ${max} 文字までなので、ワークブックに収められない（これほど長いテキストはたいてい行が続けて読まれたもの。原文のその箇所を確かめる）`,
      en: `${table} ${id} column ${column} has ${length} characters; an Excel cell holds at most ${max}, so the workbook cannot carry it (a text this long is most likely lines run together: check the source there)`,
    }),
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
    message: ({ detail }: { detail: string }) => ({ ja: `リンクトデータを書き出せない: ${detail}`, en: detail }),
  },
  'validate:json-schema': {
    severity: 'error',
    summary: 'A JSON file of the build breaks its committed schema (schemas/).',
    action: 'Run npm run schemas after changing the model, and commit schemas/.',
    ja: {
      summary: 'ビルドした JSON ファイルが、コミット済みのスキーマ（schemas/）に合わない。',
      action: 'モデルを変えたら npm run schemas を実行し、schemas/ をコミットする。',
    },
    message: ({ document, problem }: { document: string; problem: string }) => ({
      ja: `${document} が公開する JSON Schema に合わない: ${problem}`,
      en: `${document} ${problem}`,
    }),
  },
  'validate:schema-missing': {
    severity: 'error',
    summary: 'A JSON file of the build has no committed schema.',
    action: 'Run npm run schemas and commit schemas/.',
    ja: { summary: 'ビルドした JSON ファイルに、コミット済みのスキーマがない。', action: 'npm run schemas を実行し、schemas/ をコミットする。' },
    message: ({ stem }: { stem: string }) => ({
      ja: `${stem}.json のコミット済みスキーマがない。npm run schemas を実行し、schemas/ をコミットする`,
      en: `no committed schema for ${stem}.json; run npm run schemas and commit schemas/`,
    }),
  },

  // ── cli: every command's edge ────────────────────────────────────────────────────────────────────────
  'cli:usage': {
    severity: 'error',
    exit: 2,
    summary: 'A command was given an unknown option or the wrong arguments.',
    action: 'Read the usage the command prints with it.',
    ja: { summary: 'コマンドに未知のオプションか、誤った引数が与えられた。', action: 'コマンドが一緒に表示する使い方を読む。' },
    message: ({ detail }: { detail: string }) => ({ ja: `コマンドの指定が正しくない: ${detail}`, en: detail }),
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
    message: (p: { key: string; value?: string; problem: string } | { notJson: string }) =>
      'notJson' in p
        ? { ja: `設定ファイルが正しい JSON でない: ${p.notJson}`, en: `not valid JSON: ${p.notJson}` }
        : {
            ja: `設定 ${p.key} が正しくない: ${p.value === undefined ? '' : `${p.value} `}${p.problem}`,
            en: `invalid setting ${p.key}: ${p.value === undefined ? '' : `${p.value} `}${p.problem}`,
          },
  },
  'cli:source-unusable': {
    severity: 'error',
    exit: 2,
    summary: '--source names nothing readable, or not a regular file.',
    action: 'Give the path of the plan text.',
    ja: { summary: '指定した --source が読めないか、通常のファイルでない。', action: '計画のテキストのパスを指定する。' },
    message: ({ detail }: { detail: string }) => ({ ja: `--source の原文を読めない: ${detail}`, en: detail }),
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
    message: (p: { detail: string } | { sourceFile: string; display: string; detail: string }) =>
      'sourceFile' in p
        ? {
            ja: `"file": ${p.sourceFile} が指す ${p.display} を読めない: ${p.detail}`,
            en: `"file": ${p.sourceFile} names ${p.display}, which ${p.detail}`,
          }
        : { ja: `ビルドが読むファイルとして受け付けない: ${p.detail}`, en: p.detail },
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
    message: ({ detail }: { detail: string }) => ({ ja: `出力先 --out を使えない: ${detail}`, en: detail }),
  },
  'cli:out-busy': {
    severity: 'error',
    exit: 4,
    summary: 'Another build is writing the same --out.',
    action: 'Wait for it to finish.',
    ja: { summary: '別のビルドが同じ --out に書き込んでいる。', action: '終わるのを待つ。' },
    message: ({ out, detail }: { out: string; detail: string }) => ({
      ja: `--out ${out} は別のビルドが使用中: ${detail}。何も書き込んでいない`,
      en: `--out ${out}: ${detail}; nothing was written`,
    }),
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
    message: (p: { detail: string; out: string | undefined } | { detail: string; command: true }) =>
      'command' in p
        ? { ja: `コマンドを完了できない: ${p.detail}`, en: `cannot complete the command: ${p.detail}` }
        : {
            ja: `ビルドを完了できない: ${p.detail}。${p.out === undefined ? '何も書き込んでいない' : `--out ${p.out} の以前の内容は変わっていない`}`,
            en: `cannot complete the build: ${p.detail}; ${p.out === undefined ? 'nothing was written' : `the previous content of --out ${p.out} is unchanged`}`,
          },
  },
  'cli:unknown-setting': {
    severity: 'warning',
    summary: 'A DATASET_* variable names no setting; it is ignored.',
    action: 'Check its spelling, or unset it.',
    ja: { summary: 'DATASET_* 変数がどの設定も指していないため、無視した。', action: '綴りを確かめるか、変数を削除する。' },
    message: ({ known }: { known: string }) => ({
      ja: `設定されているが、ビルドの設定の名前でない（ビルドが読むのは ${known}）。無視した`,
      en: `is set but names no setting of the build (it reads ${known}); ignored`,
    }),
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
    message: (p: { change: string; replaced: string } | { record: string; swapped: string; replaced: string }) =>
      'change' in p
        ? {
            ja: `${p.change}: このビルドが置き換える出力（${p.replaced}）とは別のレコードを ID が指している。ID は再利用しない。行の挿入・削除・重複・移動がなかったか確かめる`,
            en: `${p.change}: the ID names another record than in the output this build replaces (${p.replaced}), and an ID is never reused — was a row or line inserted, deleted, duplicated or moved?`,
          }
        : {
            ja: `${p.record}: このビルドが置き換える出力（${p.replaced}）と比べて ${p.swapped}。二つのセルが入れ替わっていないか確かめる`,
            en: `${p.record}: ${p.swapped} than in the output this build replaces (${p.replaced}) — were two cells swapped?`,
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
    message: ({ table, count, shown }: { table: string; count: number; shown: string }) => ({
      ja: `${table}: このビルドが置き換える出力の ${count} 件のレコードがなくなった: ${shown}。行が削除されていないか確かめる`,
      en: `${table}: ${count} record${count === 1 ? '' : 's'} of the output this build replaces ${count === 1 ? 'is' : 'are'} gone: ${shown} — was a line deleted?`,
    }),
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
    message: ({ key, what, whatJa, now, was, replaced }: { key: string; what: string; whatJa: string; now: number; was: number; replaced: string }) => ({
      ja: `${key}: ${whatJa}が ${now} 件になった（このビルドが置き換える出力（${replaced}）では ${was} 件）。テキストに区切りの印がないため、一つの項目が二行に分かれたり二つが一つに結合したりしていないか確かめる`,
      en: `${key}: ${now} ${what} now, ${was} than in the output this build replaces (${replaced}); no marker in the text delimits them — check that no entry was split over two lines or two were joined`,
    }),
  },
  'cli:internal': {
    severity: 'error',
    summary: 'A bug of ours, reported without a stack trace.',
    action: 'Report it with the command you ran and the line printed.',
    ja: { summary: 'こちらのプログラムの不具合（スタックトレースなしで報告）。', action: '実行したコマンドと表示された行を添えて報告する。' },
    message: ({ detail }: { detail: string }) => ({ ja: `内部エラー（このプログラムの不具合）: ${detail}`, en: `internal error: ${detail}` }),
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
    message: ({ detail }: { detail: string }) => ({ ja: `タグの版が設定と合わない: ${detail}`, en: detail }),
  },
  'release:not-on-main': {
    severity: 'error',
    summary: 'The commit to release is not on main.',
    action: 'Merge the change into main, then tag the merged commit.',
    ja: { summary: 'リリースするコミットが main にない。', action: '変更を main にマージしてから、マージしたコミットにタグを付ける。' },
    message: ({ detail }: { detail: string }) => ({ ja: `リリースするコミットが main にない: ${detail}`, en: detail }),
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
    message: ({ detail }: { detail: string }) => ({ ja: `コミットが main にあるか判断できない: ${detail}`, en: detail }),
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
    message: ({ detail }: { detail: string }) => ({ ja: `リリースのファイルが SHA256SUMS の記載と一致しない: ${detail}`, en: detail }),
  },
  'release:dist-not-committed': {
    severity: 'error',
    summary: 'A file of the fresh build differs from the committed dist/ (changed, deleted, added, not committed or ignored).',
    action: 'Run npm run build and commit dist/.',
    ja: {
      summary: '新しくビルドしたファイルが、コミット済みの dist/ と違う（変更・削除・追加・未コミット・無視の設定）。',
      action: 'npm run build を実行し、dist/ をコミットする。',
    },
    message: ({ how }: { how: string }) => ({
      ja: `${how}: 新しくビルドしたファイルがコミット済みのものと違う`,
      en: `${how}: the fresh build differs from the committed one`,
    }),
  },
  'release:stale-dist': {
    severity: 'error',
    summary: 'The build states another dataset version than dataset.config.json.',
    action: 'Run npm run build.',
    ja: { summary: 'ビルドが dataset.config.json と違うデータ版を記載している。', action: 'npm run build を実行する。' },
    message: ({ stated, configured }: { stated: string; configured: string }) => ({
      ja: `版 ${stated} を記載しているが、dataset.config.json は ${configured}。npm run build を実行する`,
      en: `states version ${stated} but dataset.config.json says ${configured}; run npm run build`,
    }),
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
    message: (p: { detail: string } | { role: string; detail: string } | { role: string; noVersion: true }) =>
      'noVersion' in p
        ? {
            ja: `${p.role}がデータ版（datasetVersion）を記載していない（<code>_plan.json にあるはず）`,
            en: `${p.role} states no datasetVersion (expected in its <code>_plan.json)`,
          }
        : 'role' in p
          ? { ja: `${p.role}はビルドでない: ${p.detail}`, en: `${p.role} is not a build: ${p.detail}` }
          : { ja: `ビルドとして読めない: ${p.detail}`, en: p.detail },
  },
  'release:version-bump': {
    severity: 'error',
    summary: 'The version bump is smaller than the changes of the data need.',
    action: 'Raise "version" in dataset.config.json as the message says, and build again.',
    ja: {
      summary: '版の上げ幅が、データの変更に必要な分より小さい。',
      action: 'メッセージのとおり dataset.config.json の "version" を上げ、もう一度ビルドする。',
    },
    message: ({ detail }: { detail: string }) => ({ ja: `版の上げ幅が足りない: ${detail}`, en: `version bump too small: ${detail}` }),
  },
  'release:changelog-entry': {
    severity: 'error',
    summary: 'CHANGELOG.md has no entry for the configured version.',
    action: 'Add "## [X.Y.Z] - YYYY-MM-DD" with what changed.',
    ja: { summary: '変更履歴 CHANGELOG.md に設定の版の記載がない。', action: '変更点とともに "## [X.Y.Z] - YYYY-MM-DD" を追加する。' },
    message: ({ version }: { version: string }) => ({
      ja: `設定の版の記載 "## [${version}] - YYYY-MM-DD" がない。追加する`,
      en: `no entry "## [${version}] - YYYY-MM-DD" for the configured version; add one`,
    }),
  },
  'release:pages-version': {
    severity: 'error',
    summary: 'A build given to release:pages does not state the version its folder names.',
    action: 'Unzip each earlier release into a folder named after its version.',
    ja: {
      summary: 'リリースのページ作成（release:pages）に与えたビルドが、フォルダ名の版を記載していない。',
      action: '以前のリリースはそれぞれ版の名前のフォルダに展開する。',
    },
    message: (p: { noVersion: true } | { stated: string; published: string }) =>
      'noVersion' in p
        ? { ja: 'データ版を記載していない（*_plan.json がない）。ビルドか確かめる', en: 'states no dataset version (no *_plan.json); is it a build?' }
        : {
            ja: `版 ${p.stated} を記載しているが、v${p.published} として公開される`,
            en: `states version ${p.stated} but is published as v${p.published}`,
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
    message: ({ detail }: { detail: string }) => ({ ja: `公開しようとしているものがタグのコミットの dist/ と一致しない: ${detail}`, en: detail }),
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
    message: ({ unlisted, version }: { unlisted: string; version: string }) => ({
      ja: `${unlisted}: v${version} は SHA256SUMS の記載どおりにしか公開しない`,
      en: `${unlisted}: v${version} is published only as its SHA256SUMS lists it`,
    }),
  },
} as const satisfies Record<`${string}:${string}`, Rule>;

export type RuleId = keyof typeof rules;
const rule = (id: RuleId): Rule => rules[id];

/** The named parameters of a rule's message template. */
export type MessageParams<K extends RuleId> = Parameters<(typeof rules)[K]['message']>[0];

/** A rule's message with its parameters filled in. */
export const messageOf = <K extends RuleId>(id: K, params: MessageParams<K>): Message => (rules[id].message as (p: MessageParams<K>) => Message)(params);
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
