import { defineMessages } from '../../i18n/define-messages';

export const questionnaireMessages = defineMessages({
  sectionOf: { en: 'Section {current} of {total}', ja: 'セクション {current}/{total}' },
  questionOf: { en: 'Question {current} of {total}', ja: '質問 {current}/{total}' },
  answered: {
    en: '{answered} of {total} questions answered',
    ja: '{total} 問中 {answered} 問に回答済み',
  },
  chooseOne: { en: 'Choose one.', ja: '1 つ選んでください。' },
  chooseAny: { en: 'Choose all that apply.', ja: '当てはまるものをすべて選んでください。' },
  back: { en: 'Back', ja: '戻る' },
  next: { en: 'Next', ja: '次へ' },
  toReview: { en: 'Review answers', ja: '回答を確認する' },
  skip: { en: 'Skip for now', ja: 'あとで答える' },
  unansweredOne: {
    en: '1 question on this page has no answer yet. Answer it, or choose “Skip for now” and come back later.',
    ja: 'このページに未回答の質問が 1 問あります。回答するか、「あとで答える」を選んでください。',
  },
  unansweredOther: {
    en: '{count} questions on this page have no answer yet. Answer them, or choose “Skip for now” and come back later.',
    ja: 'このページに未回答の質問が {count} 問あります。回答するか、「あとで答える」を選んでください。',
  },
  needsAnswer: { en: 'This question has no answer yet.', ja: 'この質問はまだ回答されていません。' },
  clearedOthers: {
    en: '“{option}” cleared your other choices.',
    ja: '「{option}」を選んだため、ほかの選択を外しました。',
  },
  clearedExclusive: {
    en: 'Choosing “{option}” cleared “{cleared}”.',
    ja: '「{option}」を選んだため、「{cleared}」を外しました。',
  },
  appeared: {
    en: 'A follow-up question appeared: {title}',
    ja: '追加の質問が表示されました：{title}',
  },
  disappeared: {
    en: 'A question no longer applies and was hidden: {title}',
    ja: '該当しなくなった質問を非表示にしました：{title}',
  },
});
