import { describe, expect, it } from 'vitest';
import { escapeControls, showUntrusted } from '../../src/domain/show-untrusted';

describe('showing untrusted text in a message', () => {
  it.each([
    [
      'an escape sequence that retitles the terminal',
      '\u001b]0;pwned\u0007',
      '\\u001b]0;pwned\\u0007',
    ],
    ['a C1 control sequence introducer', 'a\u009b2Jb', 'a\\u009b2Jb'],
    ['a bidi override and isolates', '\u202Egnp.exe\u2066x\u2069', '\\u202egnp.exe\\u2066x\\u2069'],
    ['a line break, a tab and a DEL', 'a\nb\tc\u007f', 'a\\u000ab\\u0009c\\u007f'],
    ['a line separator', 'a\u2028b', 'a\\u2028b'],
  ])('escapes %s', (_, text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  it('leaves letters, emoji and Japanese alone', () => {
    const text = 'Acme 株式会社 👩‍👩‍👧 é';
    expect(showUntrusted(text)).toBe(text);
  });

  it('cuts a long value after the given number of characters, not in the middle of one', () => {
    expect(showUntrusted('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`);
    expect(showUntrusted('x'.repeat(60))).toBe('x'.repeat(60));
    expect(showUntrusted('🚀'.repeat(5), 3)).toBe('🚀🚀🚀…');
  });

  it('reads no further than it shows, whatever the length', () => {
    // 50 million characters: a copy or a full scan would be noticed in memory and time.
    expect(showUntrusted('\u001b'.repeat(50_000_000), 2)).toBe('\\u001b\\u001b…');
  });
});
