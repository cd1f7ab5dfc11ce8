import type { LocalizedText } from './localized-text';

/** The words of this week's plan, defined once for the results page and the Markdown export. */
export const actionPlanMessages = {
  heading: { en: 'Your plan for this week', ja: '今週やること' },
  decideTodayTitle: {
    en: 'Decide these today: two-way doors, easy to change later',
    ja: '今日のうちに決める（後から変えられる Two-way Door）',
  },
  timeBoxedTitle: {
    en: 'Give these a time-box, and decide by the end of it',
    ja: '期限を決めて検討し、期限内に結論を出す',
  },
  switchOnTitle: { en: 'Switch on the baseline', ja: 'ベースラインを有効にする' },
  switchOnText: {
    en: 'Any that is not on yet, switch on now in every account: {services}.',
    ja: 'まだ有効にしていないものがあれば、すべてのアカウントで今すぐ有効にしましょう：{services}。',
  },
  budgetTitle: { en: 'Set a budget alarm', ja: '予算アラートを設定する' },
  budgetText: {
    en: 'Alert at {amount} a month, the top of this estimate, with {services}.',
    ja: 'この見積もりの上限である月額 {amount} を目安に、{services} で通知を設定しましょう。',
  },
  budgetTextUnpriced: {
    en: 'Alert at what you expect to spend each month, with {services}.',
    ja: '毎月の想定額を目安に、{services} で通知を設定しましょう。',
  },
  deferredTitle: {
    en: 'Leave these for later',
    ja: '後回しにしてよいもの',
  },
  deferredWhen: { en: 'When to add each', ja: 'それぞれを追加するきっかけ' },
  deferredItem: { en: '{service}: {when}', ja: '{service}：{when}' },
  addedItem: { en: '{service}: {why}', ja: '{service}：{why}' },
  decisionChoice: { en: '{decision}: {service}', ja: '{decision}：{service}' },
  stuckMark: { en: '{decision} (you are stuck on this)', ja: '{decision}（迷っている判断）' },
  doorMark: { en: '{decision} ({door}, {timeBox})', ja: '{decision}（{door}、{timeBox}）' },
  doorMarkStuck: {
    en: '{decision} ({door}, {timeBox}; you are stuck on this)',
    ja: '{decision}（{door}、{timeBox}、迷っている判断）',
  },
} satisfies Record<string, LocalizedText>;

/**
 * The budget alarm's sentence, for the page and the export alike: with the amount when the estimate
 * priced anything, else against what the team expects to spend. `services` arrives joined.
 */
export function budgetAlarmSentence(
  monthlyUsd: string | null,
  services: string,
): { message: LocalizedText; values: Record<string, string> } {
  return monthlyUsd === null
    ? { message: actionPlanMessages.budgetTextUnpriced, values: { services } }
    : { message: actionPlanMessages.budgetText, values: { amount: monthlyUsd, services } };
}
