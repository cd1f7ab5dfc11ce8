import { defineMessages } from '../../i18n/define-messages';

export const compareMessages = defineMessages({
  title: { en: 'Compare two stacks', ja: '2 つのスタックを比べる' },
  intro: {
    en: 'Put an example team next to your answers, or see what changes when your team reaches the next stage.',
    ja: 'サンプルのチームと自分の回答を並べたり、チームが次のステージに進むと何が変わるかを確かめたりできます。',
  },
  mode: { en: 'What to compare', ja: '比べる対象' },
  modePreset: { en: 'An example team and my answers', ja: 'サンプルのチームと自分の回答' },
  modeNextStage: {
    en: 'My answers now and one stage later',
    ja: '今の自分の回答と 1 つ先のステージ',
  },
  preset: { en: 'Example team', ja: 'サンプルのチーム' },
  mine: { en: 'My answers', ja: '自分の回答' },
  mineNextStage: { en: 'My answers, one stage later', ja: '1 つ先のステージの自分の回答' },
  mineAtStage: { en: 'My answers now ({stage})', ja: '今の自分の回答（{stage}）' },
  mineAtNextStage: {
    en: 'My answers, one stage later ({stage})',
    ja: '1 つ先のステージの自分の回答（{stage}）',
  },
  stageStep: { en: 'Stages compared: {from} → {to}', ja: '比べるステージ：{from} → {to}' },
  lastStage: {
    en: 'Your team is already at the last stage ({stage}), so both sides are the same.',
    ja: 'チームはすでに最後のステージ（{stage}）にいるため、両側は同じ内容です。',
  },
  noStage: {
    en: 'Your answers do not say which stage your team is in, so both sides are the same. Answer the stage question to see the next stage.',
    ja: 'ステージが未回答のため、両側は同じ内容です。次のステージと比べるには、ステージの質問に答えてください。',
  },
  noAnswers: {
    en: 'You have no answers yet, so "my answers" is an empty set here.',
    ja: 'まだ回答がないため、「自分の回答」は空のまま比べています。',
  },
  stack: { en: 'Stack', ja: 'スタック' },
  doors: { en: 'Decisions and doors', ja: '意思決定と Door' },
  failure: { en: 'Design-for-failure checklist', ja: '障害に備えた設計のチェックリスト' },
  item: { en: 'Item', ja: '項目' },
  difference: { en: 'Difference', ja: '差分' },
  changed: { en: 'Changed', ja: '変更あり' },
  same: { en: 'Same', ja: '同じ' },
  none: { en: 'None', ja: 'なし' },
  listSeparator: { en: ', ', ja: '、' },
  summary: {
    en: '{count} of {total} rows differ.',
    ja: '{total} 行のうち {count} 行が異なります。',
  },
  download: { en: 'Download comparison (.md)', ja: '比較を .md でダウンロード' },
  downloaded: { en: 'Downloaded {file}.', ja: '{file} をダウンロードしました。' },
});
