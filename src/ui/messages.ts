import { defineMessages } from '../i18n/define-messages';

export const uiMessages = defineMessages({
  appName: { en: 'Startup Stack Advisor', ja: 'Startup Stack Advisor' },
  startOver: { en: 'Start over', ja: '最初からやり直す' },
  startOverTitle: { en: 'Start over?', ja: '最初からやり直しますか？' },
  startOverBody: {
    en: 'This clears every answer saved in this browser. Links you shared and files you exported are not affected.',
    ja: 'このブラウザに保存されているすべての回答を消去します。共有したリンクやエクスポートしたファイルには影響しません。',
  },
  startOverConfirm: { en: 'Clear my answers', ja: '回答を消去する' },
  cancel: { en: 'Cancel', ja: 'キャンセル' },
  answersCleared: { en: 'Your answers were cleared.', ja: '回答を消去しました。' },
});
