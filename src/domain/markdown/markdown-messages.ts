import type { LocalizedText } from '../localized-text';

/**
 * Every label the Markdown export and the ADRs print, in both languages. `{name}` marks where an
 * already escaped value goes (see `fillTemplate`); the templates themselves are trusted Markdown.
 */
export const markdownMessages = {
  appName: { en: 'Startup Stack Advisor', ja: 'Startup Stack Advisor' },
  title: { en: 'AWS stack advice', ja: 'AWS スタックの提案' },
  titleForProject: { en: 'AWS stack advice for {project}', ja: '{project} の AWS スタックの提案' },
  preparedOn: {
    en: 'Prepared on {date} with Startup Stack Advisor.',
    ja: '{date} に Startup Stack Advisor で作成しました。',
  },
  prepared: {
    en: 'Prepared with Startup Stack Advisor.',
    ja: 'Startup Stack Advisor で作成しました。',
  },
  answersHeading: { en: 'Your answers', ja: '回答の概要' },
  noAnswers: { en: 'No questions answered yet.', ja: 'まだ回答がありません。' },
  stackHeading: { en: 'Recommended stack', ja: 'おすすめのスタック' },
  slotColumn: { en: 'Slot', ja: '領域' },
  serviceColumn: { en: 'Service', ja: 'サービス' },
  whyColumn: { en: 'Why', ja: '理由' },
  doorColumn: { en: 'Door', ja: 'Door' },
  tieCell: { en: '{services} (a tie)', ja: '{services}（同点）' },
  setupHeading: { en: 'Set up for your targets', ja: '目標に合わせた設定' },
  setupLine: { en: '**{slot}, {service}**: {text}', ja: '**{slot}・{service}**：{text}' },
  alternativesHeading: {
    en: 'Alternatives and why they lost',
    ja: 'ほかの候補と選ばなかった理由',
  },
  costIncluded: { en: '{service} (billed with {in})', ja: '{service}（{in} に含む）' },
  costUnpriced: { en: '{service} (no price data)', ja: '{service}（料金データなし）' },
  costUnverifiedMark: { en: ' \\*', ja: ' \\*' },
  costUnverifiedNote: {
    en: '\\* Some prices behind this line are our own figures, not yet checked on the AWS pricing page.',
    ja: '\\* この行の料金の一部は独自に見積もった数値で、AWS の料金ページではまだ確認していません。',
  },
  withAnswers: { en: '{line} ({answers})', ja: '{line}（{answers}）' },
  alternativeLine: { en: '{service}: {text}', ja: '{service}：{text}' },
  doorCell: { en: '{door} ({timeBox})', ja: '{door}（{timeBox}）' },
  architectureHeading: { en: 'Architecture', ja: 'アーキテクチャ' },
  users: { en: 'Users', ja: 'ユーザー' },
  nodeLabel: { en: '{slot}: {service}', ja: '{slot}：{service}' },
  heavyLiftingHeading: {
    en: 'Undifferentiated heavy lifting handed off',
    ja: '手放す「差別化につながらない重労働」',
  },
  choreColumn: { en: 'Chore', ja: '作業' },
  takenByColumn: { en: 'Taken over by', ja: '引き受けるサービス' },
  gap: {
    en: 'Gap: nothing in the stack takes this on',
    ja: '未対応：スタック内に引き受けるサービスがありません',
  },
  gapWithSuggestions: {
    en: 'Gap: nothing in the stack takes this on; consider {services}',
    ja: '未対応：スタック内に引き受けるサービスがありません。候補：{services}',
  },
  noChores: {
    en: 'You did not list any chores to hand off.',
    ja: '手放したい作業は選ばれていません。',
  },
  decisionsHeading: { en: 'Decision log', ja: '意思決定ログ' },
  decisionsIntro: {
    en: 'A one-way door is hard to reverse, so it deserves its time-box; a two-way door is cheap to change, so decide and move on.',
    ja: 'One-way Door は後戻りが難しい判断なので、決めた期限まで検討する価値があります。Two-way Door は後から変えやすいので、決めて先に進みましょう。',
  },
  decisionLine: {
    en: '**{title}**: {door} ({timeBox}).',
    ja: '**{title}**：{door}（{timeBox}）。',
  },
  stuck: { en: 'You said you are stuck on this one.', ja: '検討中と回答した判断です。' },
  pick: { en: 'Pick: {service}', ja: '選択：{service}' },
  recommendation: { en: 'Recommendation: {text}', ja: 'おすすめ：{text}' },
  keepOpen: { en: 'Keep the door open: {text}', ja: '後戻りしやすくする工夫：{text}' },
  failureHeading: { en: 'Design for failure', ja: '障害に備えた設計' },
  failureIntro: {
    en: 'Checked items come built into the services you picked; the others need work.',
    ja: 'チェック済みの項目は、選んだサービスに最初から組み込まれています。それ以外は対応が必要です。',
  },
  failureLine: { en: '**{title}**: {status}.', ja: '**{title}**：{status}。' },
  coveredBy: { en: 'Covered by {services}.', ja: '対応するサービス：{services}。' },
  roadmapHeading: { en: 'Stage roadmap', ja: 'ステージごとのロードマップ' },
  roadmapLine: { en: '**{stage}** ({position})', ja: '**{stage}**（{position}）' },
  concern: { en: '{concern}: {services}', ja: '{concern}：{services}' },
  revisitWhen: { en: 'Revisit when: {trigger}', ja: '見直しの目安：{trigger}' },
  warningsHeading: { en: 'Warnings', ja: '注意点' },
  noWarnings: { en: 'None.', ja: 'ありません。' },
  closedToNewCustomers: {
    en: '{service} is closed to new customers{since}.',
    ja: '{service} は新規のお客様には提供されていません{since}。',
  },
  endOfSupport: {
    en: '{service}: end of support{since}.',
    ja: '{service}：サポート終了{since}。',
  },
  since: { en: ' (from {date})', ja: '（{date}）' },
  replacement: { en: 'Use instead: {service}.', ja: '後継サービス：{service}。' },
  fixedCost: {
    en: '{service} costs a fixed amount every month, even while you live on credits.',
    ja: '{service} には、クレジットで運用している間も毎月の固定費がかかります。',
  },
  noFit: {
    en: 'No service could be recommended for this part.',
    ja: 'この領域におすすめできるサービスがありません。',
  },
  warningLine: { en: '**{slot}**: {text}', ja: '**{slot}**：{text}' },
  linkHeading: { en: 'Open in the app', ja: 'アプリで開く' },
  openLink: {
    en: '[Open these answers in Startup Stack Advisor]({url})',
    ja: '[この回答を Startup Stack Advisor で開く]({url})',
  },
  shareQuery: {
    en: 'To open these answers in Startup Stack Advisor, add this share-link query to its address after `?`: `{query}`',
    ja: 'この回答を Startup Stack Advisor で開くには、アプリのアドレスの `?` の後にこの共有リンクのクエリを付けてください：`{query}`',
  },
  reviewedOn: {
    en: 'Service facts used here were last reviewed on {date}.',
    ja: 'ここで使ったサービス情報の最終確認日：{date}',
  },
  reviewedBetween: {
    en: 'Service facts used here were last reviewed between {from} and {to}.',
    ja: 'ここで使ったサービス情報の最終確認日：{from}〜{to}',
  },
  listSeparator: { en: ', ', ja: '、' },
  sentenceSeparator: { en: ' ', ja: '' },
} satisfies Record<string, LocalizedText>;

/**
 * Puts already escaped values into a trusted template at its `{name}` marks. A mark without a
 * value is a programming error in this folder, so it throws rather than print a stray brace.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_mark, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template value "${name}" is missing`);
    return value;
  });
}
