import { describe, expect, it } from 'vitest';
import { mermaidId, mermaidLabel } from '../../src/domain/markdown/escape-mermaid';
import {
  escapeDate,
  escapeMarkdown,
  safeLinkDestination,
  singleLine,
} from '../../src/domain/markdown/escape-markdown';

describe('escapeMarkdown', () => {
  it('backslash-escapes every character Markdown reads as syntax', () => {
    expect(escapeMarkdown('\\ ` * _ [ ] ( ) # + - ! | ~ $')).toBe(
      '\\\\ \\` \\* \\_ \\[ \\] \\( \\) \\# \\+ \\- \\! \\| \\~ \\$',
    );
  });

  it('turns <, > and & into entities, so no HTML and no raw < survives', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & &amp;')).toBe(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; &amp;amp;',
    );
  });

  it('keeps bare URLs, www. addresses and e-mail addresses from becoming links', () => {
    expect(escapeMarkdown('https://evil.example/p.png www.evil.example me@evil.example')).toBe(
      'https\\://evil.example/p.png www\\.evil.example me\\@evil.example',
    );
  });

  it('puts everything on one line, dropping bidi controls and trimming', () => {
    expect(escapeMarkdown('  one\ntwo\r\nthree\u2028four\u0000five\u202Esix\t ')).toBe(
      'one two three four fivesix',
    );
  });

  it('keeps letters, emoji sequences and combining marks intact', () => {
    const text = 'Ｎａｍｅ 名前 👩🏽‍💻 e\u0301 Ω';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('shows an ISO date as it is and escapes anything else given as a date', () => {
    expect(escapeDate('2026-11-24')).toBe('2026-11-24');
    expect(escapeDate('# today')).toBe('\\# today');
  });

  it('exposes the one-line normalisation on its own', () => {
    expect(singleLine('a\n\n  b')).toBe('a b');
  });
});

describe('safeLinkDestination', () => {
  it('keeps an ordinary https URL unchanged', () => {
    const url = 'https://docs.aws.amazon.com/lambda/latest/dg/?a=1&b=2#top';
    expect(safeLinkDestination(url)).toBe(url);
  });

  it('percent-encodes what could end the destination or start markup', () => {
    expect(safeLinkDestination('https://x.example/a b)(<>|"\'\\`[]é')).toBe(
      'https://x.example/a%20b%29%28%3C%3E%7C%22%27%5C%60%5B%5D%C3%A9',
    );
  });

  it('refuses any scheme but http and https', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//x.example',
      ' https://x.example',
      'https://',
    ])
      expect(safeLinkDestination(url), url).toBeNull();
  });

  it('survives a lone surrogate', () => {
    expect(safeLinkDestination('https://x.example/\uD800')).toBe('https://x.example/%EF%BF%BD');
  });
});

describe('Mermaid escaping', () => {
  it('writes quotes, #, <, > and & as Mermaid entity codes and drops backticks', () => {
    expect(mermaidLabel('say "hi" #1 <b> & `code` ```')).toBe(
      'say #quot;hi#quot; #35;1 #lt;b#gt; #amp; code',
    );
  });

  it('makes ids of letters, digits and underscores only, prefixed so they are never a keyword', () => {
    expect(mermaidId('slot', 'end')).toBe('slot_end');
    expect(mermaidId('tier', 'cross-cutting')).toBe('tier_cross_cutting');
  });
});
