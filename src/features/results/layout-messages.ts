import { defineMessages } from '../../i18n/define-messages';

/** The words of the results page's layout: opening and closing its parts. */
export const layoutMessages = defineMessages({
  openAll: { en: 'Open every part', ja: 'すべて開く' },
  closeAll: { en: 'Close every part', ja: 'すべて閉じる' },
  scenarioNotice: {
    en: 'These results include changes you are trying out, not saved as your answers.',
    ja: 'この結果には、試している変更が含まれています。回答としてはまだ保存されていません。',
  },
  scenarioNoticeLink: { en: 'See the changes', ja: '変更を確認する' },
});
