import { defineMessages } from '../i18n/define-messages';

export const appMessages = defineMessages({
  skipToContent: { en: 'Skip to main content', ja: 'メインコンテンツへ移動' },
  mainNav: { en: 'Main', ja: 'メイン' },
  navQuestions: { en: 'Questions', ja: '質問' },
  navReview: { en: 'Review', ja: '回答の確認' },
  navResults: { en: 'Results', ja: '診断結果' },
  navCompare: { en: 'Compare', ja: '比較' },
  compareLink: {
    en: 'Compare with an example team or the next stage',
    ja: 'サンプルや次のステージと比べる',
  },
  language: { en: 'Language', ja: '表示言語' },
  languageUnavailable: {
    en: '{language} could not be loaded. Check your connection and try again.',
    ja: '{language} を読み込めませんでした。接続を確認して、もう一度お試しください。',
  },
  recovered: {
    en: 'We restored your saved answers, but {count} could not be read (the questionnaire may have changed since) and were left out.',
    ja: '保存されていた回答を復元しましたが、読み取れなかった {count} 件（質問の内容が変わった可能性があります）は除外しました。',
  },
  startedFresh: {
    en: 'Your saved answers could not be read, so you are starting fresh. Links you shared and files you exported are not affected.',
    ja: '保存されていた回答を読み取れなかったため、最初から始めます。共有したリンクやエクスポートしたファイルには影響しません。',
  },
  notSaved: {
    en: 'This browser is not saving your answers (its storage is full or turned off). They stay while this tab is open; copy a share link or export the results to keep them.',
    ja: 'このブラウザでは回答を保存できません（ストレージがいっぱいか、無効になっています）。このタブを開いている間は回答が残ります。残しておくには共有リンクをコピーするか、結果をエクスポートしてください。',
  },
  dismiss: { en: 'Dismiss', ja: '閉じる' },
  notFoundTitle: { en: 'Page not found', ja: 'ページが見つかりません' },
  notFoundBody: {
    en: 'There is no page at this address. Your answers are still saved in this browser.',
    ja: 'このアドレスのページはありません。回答はこのブラウザに保存されたままです。',
  },
  goHome: { en: 'Go to the start page', ja: 'トップページへ' },
  errorTitle: { en: 'Something went wrong', ja: '問題が発生しました' },
  errorBody: {
    en: 'This page could not be shown. Your answers are still saved in this browser, so nothing is lost.',
    ja: 'このページを表示できませんでした。回答はこのブラウザに保存されたままなので、失われていません。',
  },
  reload: { en: 'Reload the page', ja: 'ページを再読み込み' },
  loading: { en: 'Loading…', ja: '読み込み中…' },
  resultsTitle: { en: 'Results', ja: '診断結果' },
  noAnswersYet: {
    en: 'You have not answered any questions yet, so this advice only reflects the defaults.',
    ja: 'まだ質問に回答していないため、この結果は初期値にもとづくものです。',
  },
  startQuestions: { en: 'Answer the questions', ja: '質問に答える' },
});
