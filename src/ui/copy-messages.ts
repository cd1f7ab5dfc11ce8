import { defineMessages } from '../i18n/define-messages';

export const copyMessages = defineMessages({
  copied: { en: 'Copied to the clipboard.', ja: 'クリップボードにコピーしました。' },
  copyManually: {
    en: 'Copying is blocked in this browser. The text is selected in the field below: press Ctrl+C (⌘C on a Mac).',
    ja: 'このブラウザではコピーできませんでした。下の欄の文字列を選択したので、Ctrl+C（Mac では ⌘C）でコピーしてください。',
  },
  fieldLabel: { en: 'Text to copy', ja: 'コピーする文字列' },
});
