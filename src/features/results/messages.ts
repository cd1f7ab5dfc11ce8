import { defineMessages } from '../../i18n/define-messages';

/** Every string the results page shows, in both languages. */
export const messages = defineMessages({
  pageTitle: { en: 'Your recommended stack', ja: 'おすすめのスタック' },
  summaryStage: { en: 'Stage: {stage}', ja: 'ステージ：{stage}' },
  summaryGapsOne: {
    en: '{count} design-for-failure gap',
    ja: '障害に備えた設計で未対応の項目が {count} 件',
  },
  summaryGapsOther: {
    en: '{count} design-for-failure gaps',
    ja: '障害に備えた設計で未対応の項目が {count} 件',
  },
  summaryLabel: { en: 'Summary', ja: '概要' },

  navLabel: { en: 'On this page', ja: 'このページの内容' },
  sectionDiagram: { en: 'The stack at a glance', ja: 'スタックの全体像' },
  sectionCards: { en: 'Every pick, explained', ja: '選んだ理由' },
  sectionDecisions: {
    en: 'Decisions: one-way and two-way doors',
    ja: '意思決定：One-way Door と Two-way Door',
  },
  sectionHeavyLifting: { en: 'Heavy lifting handed off', ja: '手放せる重労働' },
  sectionFailure: { en: 'Design for failure', ja: '障害に備えた設計' },
  sectionRoadmap: { en: 'The road ahead', ja: 'この先のロードマップ' },
  sectionWhatIf: { en: 'What if?', ja: '回答を変えて試す' },

  diagramTitle: { en: 'Architecture of the recommended stack', ja: 'おすすめスタックの構成図' },
  diagramCaption: {
    en: 'Requests follow the arrows from the clients to the data. The dashed lane serves the whole stack.',
    ja: 'リクエストは矢印に沿ってクライアントからデータへ流れます。破線の枠はスタック全体を支える仕組みです。',
  },
  diagramLaneClients: { en: 'Clients', ja: 'クライアント' },
  diagramLaneEdge: { en: 'Edge and hosting', ja: 'エッジとホスティング' },
  diagramLaneEntry: { en: 'API and load balancing', ja: 'API とロードバランシング' },
  diagramLaneCompute: { en: 'Compute', ja: 'コンピューティング' },
  diagramLaneData: { en: 'Data', ja: 'データ' },
  diagramLaneAsync: { en: 'Async work', ja: '非同期処理' },
  diagramLaneFeature: { en: 'Features', ja: '機能' },
  diagramLaneCrossCutting: { en: 'Across the stack', ja: '横断的な仕組み' },
  diagramChangedTag: { en: 'Changed', ja: '変更' },
  diagramLaneDescription: { en: '{lane}: {contents}.', ja: '{lane}：{contents}。' },
  diagramBoxDescription: { en: '{slot}: {service}', ja: '{slot}：{service}' },
  /** A set drawn by its first member: "+2" stays one piece when the box text wraps. */
  diagramMoreServices: { en: '{service} +{count}', ja: '{service} +{count}' },
  diagramBoxChangedDescription: {
    en: '{slot}: {service} (changed)',
    ja: '{slot}：{service}（変更）',
  },

  cardPick: { en: 'Pick', ja: 'おすすめ' },
  cardSet: { en: 'Recommended set, all of them', ja: 'おすすめのセット（すべて導入）' },
  cardTie: {
    en: '{services} are level for your answers: the line under each alternative says when to prefer it.',
    ja: '回答からは {services} が同点です。各候補の説明を読んで、どれが向いているかを判断してください。',
  },
  cardSetUp: { en: 'Set up for your targets', ja: '目標に合わせた設定' },
  cardNotYet: { en: 'Not needed yet', ja: '今はまだ不要なもの' },
  cardPricing: { en: 'Pricing: {summary}', ja: '料金：{summary}' },
  cardReviewed: { en: 'Service facts reviewed on {date}', ja: 'サービス情報の確認日：{date}' },
  cardWhy: { en: 'Why', ja: '理由' },
  cardBecause: { en: 'Because you answered', ja: 'この回答から' },
  answerChip: { en: '{question}: {option}', ja: '{question}：{option}' },
  cardAlternatives: { en: 'Alternatives, best first', ja: 'ほかの候補（おすすめ順）' },
  cardNoAlternatives: {
    en: 'No other service fits this slot for your answers.',
    ja: '今回の回答では、ほかに当てはまるサービスはありません。',
  },
  cardRuledOut: { en: 'Ruled out', ja: '除外した候補' },
  cardDocs: { en: '{service} documentation', ja: '{service} のドキュメント' },
  newTab: { en: '(opens in a new tab)', ja: '（新しいタブで開きます）' },
  changedFrom: { en: 'Changed: was {service}', ja: '変更：以前は {service}' },
  changedNew: { en: 'New in your stack', ja: 'スタックに追加' },

  keepOpen: { en: 'Keep the door open: {text}', ja: '後戻りしやすくする工夫：{text}' },

  decisionsIntro: {
    en: 'Spend your time on one-way doors, which are hard to reverse; decide two-way doors fast and move on.',
    ja: '引き返しにくい One-way Door にこそ時間をかけ、Two-way Door はすばやく決めて先へ進みましょう。',
  },
  decisionStuck: { en: 'You are stuck on this', ja: '迷っている判断' },
  decisionChoice: { en: 'Recommended: {service}', ja: 'おすすめ：{service}' },

  ledgerIntro: {
    en: 'The chores you asked to stop doing, and the service in your stack that now carries each.',
    ja: 'やめたいと答えた作業と、それを代わりに引き受けるスタック内のサービスです。',
  },
  ledgerEmpty: {
    en: 'You did not ask to hand off any chores. Answer “Which chores do you want to stop doing yourselves?” below to see who would carry them.',
    ja: '手放したい作業はまだ選ばれていません。下の「自分たちでやめたい作業」に答えると、誰が引き受けるかが表示されます。',
  },
  ledgerChore: { en: 'Chore', ja: '作業' },
  ledgerCarriedBy: { en: 'Carried by', ja: '引き受けるサービス' },
  ledgerCarrier: { en: '{service} ({slot})', ja: '{service}（{slot}）' },
  ledgerGap: {
    en: 'Nothing in your stack carries this chore yet: you still do it yourselves.',
    ja: 'この作業を引き受けるサービスはまだスタックになく、今も自分たちで担っています。',
  },
  ledgerSuggestions: {
    en: 'Services that would: {services}',
    ja: '引き受けられるサービス：{services}',
  },

  failureIntro: {
    en: 'Everything fails, all the time. Gaps come first, then what you must switch on, then what you get for free.',
    ja: 'あらゆるものは常に壊れうる、という前提で考えます。未対応、要設定、組み込み済みの順に並べています。',
  },
  failureCoveredBy: { en: 'Covered by', ja: '対応するサービス' },
  failureSupport: { en: '{service} ({support})', ja: '{service}（{support}）' },

  roadmapTitle: {
    en: 'The startup growth S-curve: Seed, Early, Growth, Later',
    ja: 'スタートアップの成長 S 字カーブ：シード期、アーリー期、グロース期、レイター期',
  },
  roadmapDescription: {
    en: 'You are at the {stage} stage.',
    ja: '現在は{stage}です。',
  },
  roadmapYouAreHere: { en: 'You are here', ja: '現在地' },
  roadmapAxisStage: { en: 'Stage →', ja: 'ステージ →' },
  roadmapAxisGrowth: { en: 'Growth →', ja: '成長 →' },
  roadmapRevisitWhen: { en: 'Revisit when: {trigger}', ja: '見直しの目安：{trigger}' },
  roadmapConcern: { en: '{concern}: {services}', ja: '{concern}：{services}' },

  warningEnded: {
    en: '{service} ({slot}): support ended on {date}.',
    ja: '{service}（{slot}）：{date}にサポートが終了しました。',
  },
  warningEndedUndated: {
    en: '{service} ({slot}): support has ended.',
    ja: '{service}（{slot}）：サポートが終了しています。',
  },
  warningEnds: {
    en: '{service} ({slot}): support ends on {date}.',
    ja: '{service}（{slot}）：{date}にサポートが終了します。',
  },
  warningCloses: {
    en: '{service} ({slot}): closes to new customers on {date}.',
    ja: '{service}（{slot}）：{date}から新規のお客様は利用できなくなります。',
  },
  warningClosed: {
    en: '{service} ({slot}): closed to new customers since {date}.',
    ja: '{service}（{slot}）：{date}から新規のお客様は利用できません。',
  },
  warningClosedUndated: {
    en: '{service} ({slot}): closed to new customers.',
    ja: '{service}（{slot}）：新規のお客様は利用できません。',
  },
  warningSuccessor: { en: 'Use instead: {service}', ja: '後継サービス：{service}' },
  warningFixedCost: {
    en: '{service} ({slot}) costs a fixed amount every month, even while you live on credits.',
    ja: '{service}（{slot}）には、クレジットで運用している間も毎月の固定費がかかります。',
  },
  whatIfCost: {
    en: 'The monthly estimate is now {low} to {high} (was {wasLow} to {wasHigh}).',
    ja: '月額の見積もりは {low}〜{high} になりました（変更前は {wasLow}〜{wasHigh}）。',
  },
  warningNoFit: {
    en: 'No service could be recommended for {slot}.',
    ja: '{slot}におすすめできるサービスがありません。',
  },

  whatIfIntro: {
    en: 'Change any answer and the recommendation updates at once. Changed picks are highlighted.',
    ja: '回答を変えると、おすすめがすぐに更新されます。変わった項目は強調表示されます。',
  },
  whatIfLoading: {
    en: 'Getting ready for you to change the answers…',
    ja: '回答を変更できるよう準備しています…',
  },
  whatIfUnavailable: {
    en: 'The answers cannot be changed here until the app has loaded. Check your connection and reload the page.',
    ja: 'アプリを読み込むまで、ここでは回答を変更できません。接続を確認して、ページを再読み込みしてください。',
  },
  whatIfNotAnswered: { en: 'Not answered', ja: '未回答' },
  whatIfChangedOne: {
    en: '{count} recommendation changed: {slots}.',
    ja: 'おすすめが {count} 件変わりました：{slots}。',
  },
  whatIfChangedOther: {
    en: '{count} recommendations changed: {slots}.',
    ja: 'おすすめが {count} 件変わりました：{slots}。',
  },
  whatIfUnchanged: {
    en: 'No recommendation changed.',
    ja: 'おすすめに変更はありません。',
  },
  whatIfRemovedOne: {
    en: '{count} part of the stack is no longer needed: {slots}.',
    ja: '不要になった領域が {count} 件あります：{slots}。',
  },
  whatIfRemovedOther: {
    en: '{count} parts of the stack are no longer needed: {slots}.',
    ja: '不要になった領域が {count} 件あります：{slots}。',
  },
  whatIfJump: { en: 'Go to the changed picks', ja: '変わった項目へ移動' },

  scenarioTitleSaved: { en: 'Changed from your answers', ja: '保存した回答からの変更' },
  scenarioTitleExample: {
    en: 'Changed from the example team’s answers',
    ja: 'サンプルのチームの回答からの変更',
  },
  scenarioTitleLink: { en: 'Changed from the link’s answers', ja: 'リンクの回答からの変更' },
  scenarioAnswerChange: {
    en: '{question}: {before} → {after}',
    ja: '{question}：{before} → {after}',
  },
  scenarioStackLabel: { en: 'What this does to the stack', ja: 'スタックへの影響' },
  scenarioSavedNote: {
    en: 'Copy link, the export and the review page use your saved answers until you keep these changes.',
    ja: 'この変更を保存するまで、リンクのコピー、エクスポート、回答の確認ページでは保存済みの回答を使います。',
  },
  scenarioExampleNote: {
    en: '“Make it mine” saves the example team’s answers with these changes.',
    ja: '「自分の回答にする」を選ぶと、サンプルのチームの回答にこの変更を加えたものが保存されます。',
  },
  scenarioLinkNote: {
    en: '“Use these answers” saves the link’s answers with these changes.',
    ja: '「この回答を使う」を選ぶと、リンクの回答にこの変更を加えたものが保存されます。',
  },
  scenarioKeep: { en: 'Keep these changes', ja: 'この変更を保存する' },
  scenarioKept: {
    en: 'Your saved answers now include these changes.',
    ja: '変更を保存した回答に反映しました。',
  },
  scenarioBackSaved: { en: 'Back to my answers', ja: '保存した回答に戻す' },
  scenarioBackExample: { en: 'Back to the example team’s answers', ja: 'サンプルの回答に戻す' },
  scenarioBackLink: { en: 'Back to the link’s answers', ja: 'リンクの回答に戻す' },
  scenarioBackDoneSaved: {
    en: 'Back to your saved answers; the changes were dropped.',
    ja: '変更を取り消し、保存した回答に戻しました。',
  },
  scenarioBackDoneExample: {
    en: 'Back to the example team’s answers; the changes were dropped.',
    ja: '変更を取り消し、サンプルのチームの回答に戻しました。',
  },
  scenarioBackDoneLink: {
    en: 'Back to the link’s answers; the changes were dropped.',
    ja: '変更を取り消し、リンクの回答に戻しました。',
  },
});
