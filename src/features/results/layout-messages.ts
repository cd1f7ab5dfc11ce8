import { defineMessages } from '../../i18n/define-messages';

/** The words of the results page's layout: opening and closing its parts. */
export const layoutMessages = defineMessages({
  openAll: { en: 'Open every part', ja: 'すべて開く' },
  closeAll: { en: 'Close every part', ja: 'すべて閉じる' },
});
