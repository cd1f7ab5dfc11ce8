import { defineMessages } from '../../i18n/define-messages';

/** The words of the results page's layout: opening and closing its parts, printing it. */
export const layoutMessages = defineMessages({
  openAll: { en: 'Open every part', ja: 'すべて開く' },
  closeAll: { en: 'Close every part', ja: 'すべて閉じる' },
  printHandout: { en: 'Print a handout', ja: '配布資料を印刷' },
  printHandoutHint: {
    en: 'A4: this week’s plan, the stack as a picture and every pick, plus any part you opened.',
    ja: 'A4 で、今週やること、スタックの全体像、各領域のおすすめと、開いている項目を印刷します。',
  },
});
