import { defineMessages } from '../i18n/define-messages';

export const uiMessages = defineMessages({
  appName: { en: 'Startup Stack Advisor', ja: 'Startup Stack Advisor' },
  /** The page description search engines and link previews show. */
  appDescription: {
    en: "Answer a few questions and get the AWS managed services that fit your startup's stage, with the reasons behind every pick.",
    ja: 'いくつかの質問に答えると、スタートアップのステージに合う AWS のマネージドサービスを、選んだ理由とともに提案します。',
  },
  startOver: { en: 'Start over', ja: '最初からやり直す' },
  startOverTitle: { en: 'Start over?', ja: '最初からやり直しますか？' },
  startOverBody: {
    en: 'This clears every answer saved in this browser. Links you shared and files you exported are not affected.',
    ja: 'このブラウザに保存されているすべての回答を消去します。共有したリンクやエクスポートしたファイルには影響しません。',
  },
  startOverConfirm: { en: 'Clear my answers', ja: '回答を消去する' },
  cancel: { en: 'Cancel', ja: 'キャンセル' },
  printHandout: { en: 'Print a handout', ja: '配布資料を印刷' },
  printHandoutHint: {
    en: 'A4: this week’s plan, the stack as a picture and every pick, plus any part you opened.',
    ja: 'A4 で、今週やること、スタックの全体像、各領域のおすすめと、開いている項目を印刷します。',
  },
  answersCleared: { en: 'Your answers were cleared.', ja: '回答を消去しました。' },
  adoptChangesTitle: {
    en: 'Save these answers with your changes?',
    ja: '変更を加えた回答を保存しますか？',
  },
  adoptChangesExampleOne: {
    en: 'Your answers will be this example team’s answers with the {count} change you made here.',
    ja: 'このサンプルのチームの回答に、ここで加えた {count} 件の変更を反映して保存します。',
  },
  adoptChangesExampleOther: {
    en: 'Your answers will be this example team’s answers with the {count} changes you made here.',
    ja: 'このサンプルのチームの回答に、ここで加えた {count} 件の変更を反映して保存します。',
  },
  adoptChangesLinkOne: {
    en: 'Your answers will be the link’s answers with the {count} change you made here.',
    ja: 'リンクの回答に、ここで加えた {count} 件の変更を反映して保存します。',
  },
  adoptChangesLinkOther: {
    en: 'Your answers will be the link’s answers with the {count} changes you made here.',
    ja: 'リンクの回答に、ここで加えた {count} 件の変更を反映して保存します。',
  },
  adoptChangesReplaces: {
    en: 'They replace the answers saved in this browser. Links you shared and files you exported are not affected.',
    ja: 'このブラウザに保存されている回答は置き換えられます。共有したリンクやエクスポートしたファイルには影響しません。',
  },
  adoptChangesConfirm: { en: 'Save with my changes', ja: '変更を含めて保存する' },
});
