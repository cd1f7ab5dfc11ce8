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
  downloadAdrs: { en: 'Download ADRs', ja: 'ADR をダウンロード' },
  adrsHint: {
    en: 'One file with an Architecture Decision Record per one-way door, each after a line "==> 0001-name.md <==", as the command line prints them.',
    ja: 'One-way Door ごとの ADR（アーキテクチャ決定記録）を 1 つのファイルにまとめます。コマンドラインと同じく、各 ADR の前に「==> 0001-name.md <==」の行が入ります。',
  },
  noAdrs: {
    en: 'These answers have no one-way doors, so there are no ADRs to download.',
    ja: 'この回答には One-way Door がないため、ダウンロードする ADR はありません。',
  },
  downloaded: { en: 'Downloaded {file}.', ja: '{file} をダウンロードしました。' },
  preview: { en: 'Preview', ja: 'プレビュー' },
});
