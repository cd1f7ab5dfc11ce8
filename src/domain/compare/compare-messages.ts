import type { LocalizedText } from '../localized-text';

/** Labels of the comparison export. `{name}` marks where an already escaped value goes. */
export const compareMessages = {
  title: { en: 'Comparison: {left} and {right}', ja: '比較：{left} と {right}' },
  summary: {
    en: '{changed} of {total} stack slots differ.',
    ja: 'スタックの {total} 領域のうち {changed} 領域が異なります。',
  },
  stackHeading: { en: 'Stack', ja: 'スタック' },
  decisionsHeading: { en: 'Decisions', ja: '意思決定' },
  failureHeading: { en: 'Design for failure', ja: '障害に備えた設計' },
  warningsHeading: { en: 'Warnings', ja: '注意点' },
  slotColumn: { en: 'Slot', ja: '領域' },
  decisionColumn: { en: 'Decision', ja: '判断' },
  practiceColumn: { en: 'Practice', ja: 'プラクティス' },
  changedColumn: { en: 'Changed', ja: '変更' },
  changed: { en: '**changed**', ja: '**変更あり**' },
  absent: { en: '(not in this stack)', ja: '（このスタックにはなし）' },
  doorAndChoice: { en: '{door} ({timeBox}): {choice}', ja: '{door}（{timeBox}）：{choice}' },
  door: { en: '{door} ({timeBox})', ja: '{door}（{timeBox}）' },
  addedHeading: { en: 'Only in {side}', ja: '{side} のみ' },
  noWarningChanges: { en: 'The warnings are the same.', ja: '注意点に違いはありません。' },
} satisfies Record<string, LocalizedText>;
