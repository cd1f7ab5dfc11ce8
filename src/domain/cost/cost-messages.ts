import type { LocalizedText } from '../localized-text';

/** AWS's own calculator, where the estimate sends people for an exact quote. */
export const pricingCalculatorUrl = 'https://calculator.aws/';

/**
 * The words of the cost estimate, defined once for the results page and the Markdown export.
 * Amounts arrive already formatted (`formatUsd`), so both say the same figures the same way.
 */
export const costMessages = {
  costHeading: { en: 'Monthly cost estimate', ja: '月額費用の見積もり' },
  costSummary: {
    en: 'An estimate, not a quote: {low} to {high} a month in {region}, of which {floor} is billed even with no traffic.',
    ja: 'これは見積もりで、正式な価格ではありません。{region} で月額 {low}〜{high}、そのうちトラフィックがなくてもかかる固定費は {floor} です。',
  },
  costRunway: {
    en: 'Your credits last about {low} to {high} months at this scale.',
    ja: 'この規模なら、クレジットは約 {low}〜{high} か月もちます。',
  },
  costRunwayForever: {
    en: 'At this scale your credits outlast their validity: check when they expire rather than how fast they go.',
    ja: 'この規模なら、クレジットは使い切る前に有効期限を迎えます。減り方よりも有効期限を確認しましょう。',
  },
  costRunwayAtLeast: {
    en: 'Your credits last at least {months} months at this scale, longer at the low end.',
    ja: 'この規模なら、クレジットは少なくとも {months} か月もちます。下限の利用量ならさらに長くもちます。',
  },
  costFloorBurns: {
    en: 'The fixed floor alone uses up your credits in about {months} months; most of it comes from {services}.',
    ja: '固定費だけで、クレジットを約 {months} か月で使い切ります。主な原因は {services} です。',
  },
  costCheaper: {
    en: 'Cheaper at zero traffic: {service} instead of {instead}, {floor} a month.',
    ja: 'トラフィックゼロ時に安い選択肢：{instead} の代わりに {service}（月額 {floor}）。',
  },
  costPrices: {
    en: 'Prices as reviewed on {dates}; for an exact figure, price the stack in the {calculator}.',
    ja: '料金は {dates} 時点で確認したものです。正確な金額は {calculator} で見積もってください。',
  },
  costCalculator: { en: 'AWS Pricing Calculator', ja: 'AWS 料金見積りツール' },
  costCompareCell: {
    en: '{low} to {high} a month ({floor} at zero traffic)',
    ja: '月額 {low}〜{high}（トラフィックゼロ時 {floor}）',
  },
  costLow: { en: 'Low', ja: '下限' },
  costHigh: { en: 'High', ja: '上限' },
  costFloor: { en: 'At zero traffic', ja: 'トラフィックゼロ時' },
  costTotal: { en: 'Total', ja: '合計' },
  costAssumptionsHeading: { en: 'What the estimate assumes', ja: '見積もりの前提' },
  costAssumption: {
    en: '{label}: {low} to {high} ({basis})',
    ja: '{label}：{low}〜{high}（{basis}）',
  },
} satisfies Record<string, LocalizedText>;
