import { defineMessages } from '../../i18n/define-messages';

export const shareMessages = defineMessages({
  copyLink: { en: 'Copy link', ja: 'リンクをコピー' },
  linkField: { en: 'Share link', ja: '共有リンク' },
  copyLinkHint: {
    en: 'Anyone who opens the link sees these results; your saved answers stay in this browser.',
    ja: 'リンクを開いた人には同じ診断結果が表示されます。保存した回答はこのブラウザに残ります。',
  },
  copyPresetLinkHint: {
    en: 'The link opens this example team on any device. Nobody’s saved answers change, yours included.',
    ja: 'このリンクを開くと、どの端末でもこのサンプルのチームが表示されます。あなたの回答も含め、保存済みの回答は変わりません。',
  },
  bannerTitle: { en: 'Answers from a shared link', ja: '共有リンクの回答' },
  bannerDiffers: {
    en: 'You are looking at the results for the answers in this link. Your own saved answers are different and have not been changed.',
    ja: 'このリンクの回答による診断結果を表示しています。このブラウザに保存されている回答とは異なりますが、保存済みの回答は変更していません。',
  },
  bannerNoSaved: {
    en: 'You are looking at the results for the answers in this link. Nothing is saved in this browser until you choose to use them.',
    ja: 'このリンクの回答による診断結果を表示しています。使うことを選ぶまで、このブラウザには保存しません。',
  },
  bannerSame: {
    en: 'These are the same answers you have saved in this browser.',
    ja: 'このブラウザに保存されている回答と同じです。',
  },
  useThese: { en: 'Use these answers', ja: 'この回答を使う' },
  keepMine: { en: 'Keep mine', ja: '自分の回答のままにする' },
  openMine: { en: 'Open my results', ja: '自分の診断結果を開く' },
  problemsTitle: {
    en: 'Part of this link could not be read',
    ja: 'このリンクの一部を読み取れませんでした',
  },
  problemsIntro: {
    en: 'Everything else was kept. Skipped:',
    ja: 'それ以外はすべて読み取りました。読み飛ばした内容：',
  },
  problemsMore: {
    en: '{count} more are not listed.',
    ja: 'ほか {count} 件は表示していません。',
  },
  nothingRead: {
    en: 'No answers could be read from this link. Ask for a new link, or answer the questions yourself.',
    ja: 'このリンクから回答を読み取れませんでした。新しいリンクをもらうか、自分で質問に答えてください。',
  },
  startQuestions: { en: 'Answer the questions', ja: '質問に答える' },
  pageTitle: { en: 'Shared results', ja: '共有された診断結果' },
});
