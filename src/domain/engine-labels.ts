import type { FailureCheck, FailureStatus, RoadmapStep } from './advice';
import type { LocalizedText } from './localized-text';
import type { Door } from './stack-schema';
import type { Tier, TimeBox } from './stack-tiers';

// The names of the engine's values, defined once for the results page, /compare, the Markdown
// export and the ADRs, so a door or a failure status reads the same wherever it appears. The
// words follow content/glossary.yaml; tests/unit/copy-glossary.test.ts holds every string to it.

export const doorLabels: Record<Door['kind'], LocalizedText> = {
  'one-way': { en: 'One-way door', ja: 'One-way Door' },
  'two-way': { en: 'Two-way door', ja: 'Two-way Door' },
};

export const timeBoxLabels: Record<TimeBox, LocalizedText> = {
  'decide-today': { en: 'Decide today', ja: '今日決める' },
  'decide-this-week': { en: 'Decide this week', ja: '今週中に決める' },
  'spike-a-week': { en: 'Spike it for a week', ja: '1 週間試してから決める' },
  'spike-two-weeks': { en: 'Spike it for two weeks', ja: '2 週間試してから決める' },
};

export const failureStatusLabels: Record<FailureStatus, LocalizedText> = {
  'built-in': { en: 'Built in', ja: '組み込み済み' },
  'to-configure': { en: 'To configure', ja: '要設定' },
  gap: { en: 'Gap', ja: '未対応' },
};

/** What one service gives a practice: the same words as the practice's own status. */
export const coverageLabels: Record<FailureCheck['coveredBy'][number]['support'], LocalizedText> = {
  'built-in': failureStatusLabels['built-in'],
  configure: failureStatusLabels['to-configure'],
};

/** A chore nothing in the stack takes on is a gap, as a practice nothing covers is. */
export const heavyLiftingGapLabel: LocalizedText = failureStatusLabels.gap;

export const tierLabels: Record<Tier, LocalizedText> = {
  frontend: { en: 'Frontend and mobile', ja: 'フロントエンドとモバイル' },
  backend: { en: 'Backend', ja: 'バックエンド' },
  data: { en: 'Data', ja: 'データ' },
  feature: { en: 'Features', ja: '機能' },
  'cross-cutting': { en: 'Across the stack', ja: '横断的な仕組み' },
};

export const roadmapPositionLabels: Record<RoadmapStep['position'], LocalizedText> = {
  past: { en: 'Behind you', ja: '通過済み' },
  now: { en: 'You are here', ja: '現在地' },
  next: { en: 'Next', ja: '次のステージ' },
  later: { en: 'Later on', ja: 'その先' },
};
