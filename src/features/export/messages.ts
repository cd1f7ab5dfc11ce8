import { defineMessages } from '../../i18n/define-messages';

export const exportMessages = defineMessages({
  title: { en: 'Export as Markdown', ja: 'Markdown で書き出す' },
  intro: {
    en: 'A GitHub-flavoured document for your repository or wiki, in the language shown here.',
    ja: 'リポジトリや Wiki に置ける GitHub 形式の Markdown 文書を、いま表示している言語で書き出します。',
  },
  projectName: { en: 'Project name (optional)', ja: 'プロジェクト名（任意）' },
  date: { en: 'Date', ja: '日付' },
  copyMarkdown: { en: 'Copy Markdown', ja: 'Markdown をコピー' },
  markdownField: { en: 'Markdown document', ja: 'Markdown 文書' },
  downloadMarkdown: { en: 'Download .md', ja: '.md をダウンロード' },
  downloadAdrZip: { en: 'Download ADRs (.zip)', ja: 'ADR をダウンロード（.zip）' },
  adrZipHint: {
    en: 'A zip of Architecture Decision Records in the MADR format: one file per one-way door and a README.md that lists them, ready for a folder such as docs/decisions.',
    ja: 'One-way Door ごとの ADR（アーキテクチャ決定記録）を MADR 形式で 1 件ずつファイルにし、一覧の README.md と合わせて zip にまとめます。docs/decisions などのフォルダーにそのまま置けます。',
  },
  noAdrs: {
    en: 'These answers have no one-way doors, so there are no ADRs to download.',
    ja: 'この回答には One-way Door がないため、ダウンロードする ADR はありません。',
  },
  downloaded: { en: 'Downloaded {file}.', ja: '{file} をダウンロードしました。' },
  preview: { en: 'Preview', ja: 'プレビュー' },
});
