import { defineMessages } from '../../i18n/define-messages';

export const presetMessages = defineMessages({
  bannerLabel: { en: 'Example team', ja: 'サンプルのチーム' },
  facilitatorNote: { en: 'Note for the facilitator', ja: 'ファシリテーター向けメモ' },
  showNotes: { en: 'Show facilitator notes', ja: 'ファシリテーター向けメモを表示' },
  notesHint: {
    en: 'For your own screen: leave it off on the projector. This browser remembers the choice.',
    ja: 'メンター自身の画面向けです。投影する画面ではオフのままにしてください。この設定はブラウザに保存されます。',
  },
  makeItMine: { en: 'Make it mine', ja: '自分の回答にする' },
  replaceTitle: { en: 'Replace your answers?', ja: '回答を置き換えますか？' },
  replaceBody: {
    en: 'Your saved answers will be replaced by this example team’s answers. Links you shared and files you exported are not affected.',
    ja: '保存されている回答を、このサンプルのチームの回答で置き換えます。共有したリンクやエクスポートしたファイルには影響しません。',
  },
  replaceConfirm: { en: 'Replace my answers', ja: '置き換える' },
  keepMine: { en: 'Keep my answers', ja: '自分の回答のままにする' },
  notFoundTitle: { en: 'No such example team', ja: 'そのサンプルは見つかりません' },
  notFoundBody: {
    en: 'There is no example team called “{id}”. It may have been renamed; pick one from the gallery.',
    ja: '「{id}」というサンプルのチームはありません。名前が変わった可能性があります。一覧から選んでください。',
  },
  gallery: { en: 'See the example teams', ja: 'サンプルの一覧を見る' },
});
