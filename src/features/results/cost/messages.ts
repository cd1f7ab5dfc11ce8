import { defineMessages } from '../../../i18n/define-messages';

export const costUiMessages = defineMessages({
  range: { en: '{low} to {high} a month', ja: '月額 {low}〜{high}' },
  floor: {
    en: '{floor} a month even with no traffic',
    ja: 'トラフィックがなくても毎月 {floor}',
  },
  estimateOnly: {
    en: 'An estimate for {region} from published prices and the usage below, not a quote.',
    ja: '公開されている料金と下記の利用量から {region} で見積もった概算で、正式な価格ではありません。',
  },
  breakdown: { en: 'Breakdown and assumptions', ja: '内訳と前提' },
  tableCaption: {
    en: 'Monthly cost per service, in USD',
    ja: 'サービスごとの月額費用（米ドル）',
  },
  service: { en: 'Service', ja: 'サービス' },
  unverified: { en: '(price not yet checked)', ja: '（料金は未確認）' },
  prices: {
    en: 'Prices as reviewed on {dates}. For an exact figure, use the',
    ja: '料金は {dates} 時点で確認したものです。正確な金額は次のツールで確認してください：',
  },
  newTab: { en: '(opens in a new tab)', ja: '（新しいタブで開きます）' },
  listSeparator: { en: ', ', ja: '、' },
});
