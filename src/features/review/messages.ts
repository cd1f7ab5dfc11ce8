import { defineMessages } from '../../i18n/define-messages';

export const reviewMessages = defineMessages({
  title: { en: 'Review your answers', ja: '回答の確認' },
  intro: {
    en: 'Check each answer before you see the results. Questions that no longer apply to your answers are not listed.',
    ja: '診断結果を見る前に、それぞれの回答を確認してください。ほかの回答によって該当しなくなった質問は表示していません。',
  },
  answered: {
    en: '{answered} of {total} questions answered',
    ja: '{total} 問中 {answered} 問に回答済み',
  },
  notAnswered: { en: 'Not answered', ja: '未回答' },
  change: { en: 'Change', ja: '変更' },
  changeNamed: { en: 'Change: {question}', ja: '変更：{question}' },
  seeResults: { en: 'See results', ja: '診断結果を見る' },
});
