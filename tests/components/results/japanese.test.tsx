import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useLanguageStore } from '../../../src/stores/language-store';
import { presetAnswers, renderResults } from './render-results';

// tests/components/setup.ts puts the language back to English after each test.
function inJapanese() {
  useLanguageStore.setState({ lang: 'ja' });
}

describe('the results page in Japanese', () => {
  test('renders headings, picks, reasons with their answers, and doors in Japanese', () => {
    inJapanese();
    renderResults(presetAnswers('seed-saas'));
    expect(screen.getByRole('heading', { level: 1, name: 'おすすめのスタック' })).toBeVisible();
    expect(screen.getByRole('list', { name: '概要' })).toHaveTextContent('ステージ：シード期');
    const compute = screen.getByRole('article', { name: 'バックエンドの実行基盤' });
    expect(within(compute).getByText('Two-way Door')).toBeVisible();
    expect(within(compute).getByText('1 週間試してから決める')).toBeVisible();
    expect(
      within(compute).getAllByText('バックエンドはどのように作りたいですか：サーバーレス関数')[0],
    ).toBeVisible();
    expect(
      screen.getByRole('img', { name: 'おすすめスタックの構成図' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining(
        'API レイヤー：Amazon API Gateway。コンピューティング：バックエンドの実行基盤：AWS Lambda。',
      ),
    );
  });

  test('states the monthly estimate, the floor and the runway in Japanese', () => {
    inJapanese();
    renderResults({ ...presetAnswers('seed-saas'), credits: '1k' });
    const cost = screen.getByRole('region', { name: '月額費用の見積もり' });
    expect(within(cost).getByText(/^月額 \$[\d.,]+〜\$[\d.,]+$/)).toBeVisible();
    expect(within(cost).getByText(/^トラフィックがなくても毎月/)).toBeVisible();
    expect(within(cost).getByText(/クレジット/)).toBeVisible();
  });

  test('formats dates the Japanese way', () => {
    inJapanese();
    renderResults({ ...presetAnswers('seed-saas'), data: ['relational', 'ledger'] });
    const ledger = screen.getByRole('article', { name: 'メインのデータベース' });
    expect(ledger).toHaveTextContent('2025年7月31日にサポートが終了しました。');
  });

  test('announces what-if changes in Japanese', async () => {
    inJapanese();
    const { user } = renderResults(presetAnswers('seed-saas'));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'バックエンドはどのように作りたいですか？' }),
      'コンテナ',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'おすすめが 2 件変わりました：バックエンドの実行基盤、API レイヤー。',
    );
  });

  test('switches language in place without losing the answers', () => {
    renderResults(presetAnswers('consumer-video-app'));
    expect(screen.getByRole('article', { name: 'Video calls' })).toBeVisible();
    act(() => {
      inJapanese();
    });
    expect(screen.getByRole('heading', { level: 1, name: 'おすすめのスタック' })).toBeVisible();
    expect(screen.getByRole('article', { name: 'ビデオ通話' })).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
