import { defineMessages } from '../../i18n/define-messages';

export const landingMessages = defineMessages({
  title: {
    en: 'Find the AWS stack that fits your startup',
    ja: 'スタートアップに合った AWS の構成を見つけよう',
  },
  lineQuestions: {
    en: 'Answer up to {count} short questions about your stage, your team, your product and how much failure you can afford.',
    ja: 'ステージ、チーム、プロダクト、そしてどこまで障害を許容できるかについて、最大 {count} 問の短い質問に答えます。',
  },
  lineServices: {
    en: 'Get the AWS managed services that take undifferentiated heavy lifting off your hands, each with the reasons behind it.',
    ja: '差別化につながらない重労働を引き受けてくれる AWS のマネージドサービスを、選んだ理由とともに提案します。',
  },
  lineDoors: {
    en: 'See which decisions are one-way doors worth slowing down for, and which you can make today.',
    ja: '時間をかけて考えるべき One-way Door の判断と、今日決めてよい判断を見分けられます。',
  },
  start: { en: 'Start the questionnaire', ja: '質問に答える' },
  saved: {
    en: 'You have answers saved in this browser from {date}: {answered} of {total} questions answered.',
    ja: '{date} にこのブラウザに保存した回答があります（{total} 問中 {answered} 問に回答済み）。',
  },
  savedUndated: {
    en: 'You have answers saved in this browser: {answered} of {total} questions answered.',
    ja: 'このブラウザに保存した回答があります（{total} 問中 {answered} 問に回答済み）。',
  },
  continue: { en: 'Continue where you left off', ja: '前回の続きから再開する' },
  seeResults: { en: 'See your results', ja: '診断結果を見る' },
  review: { en: 'Review your answers', ja: '回答を確認する' },
  presetsTitle: { en: 'Or open an example team', ja: 'サンプルのチームで試す' },
  presetsIntro: {
    en: 'Each example is a complete set of answers for a typical startup, handy in a workshop. Opening one goes straight to its results; you can change any answer there.',
    ja: '典型的なスタートアップを想定した回答一式です。ワークショップでの利用に便利です。開くとすぐに診断結果を表示し、そこから回答を変更することもできます。',
  },
  facilitatorNote: { en: 'Notes for the facilitator', ja: 'ファシリテーター向けメモ' },
  openPreset: { en: 'Open this example', ja: 'この例を開く' },
  openPresetNamed: { en: 'Open this example: {title}', ja: 'この例を開く：{title}' },
});
