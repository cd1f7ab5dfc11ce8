import type { WhyNot } from './advice';
import type { LocalizedText } from './localized-text';

/**
 * One line per kind of `WhyNot`, with `{pick}` for the service it lost to and `{text}` for the
 * content text that explains it. One definition, used by the results page and the Markdown export.
 */
export const whyNotMessages: Record<WhyNot['kind'], LocalizedText> = {
  'ruled-out': { en: 'Ruled out. {text}', ja: '対象外です。{text}' },
  outranked: { en: '{pick} fits better: {text}', ja: '{pick} のほうが適しています。{text}' },
  default: {
    en: '{pick} is the better default here. Prefer this one when: {text}',
    ja: 'ここでは {pick} が標準的な選択です。こちらが向いているのは、{text}',
  },
  tie: {
    en: 'Level with {pick}. Prefer this one when: {text}',
    ja: '{pick} と同じ評価です。こちらが向いているのは、{text}',
  },
  'not-needed': {
    en: 'Not needed yet. Add it when: {text}',
    ja: '今はまだ不要です。追加するのは、{text}',
  },
};
