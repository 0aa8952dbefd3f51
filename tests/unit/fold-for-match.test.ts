import { describe, expect, it } from 'vitest';
import { foldForMatch, foldText } from '../../src/analysis/dom-utils';
import { foldWhitespace } from '../../src/analysis/text';

/** The definition: NFKC, straight apostrophes, one space, lower case (ASCII skips NFKC, which changes none of it). */
function byDefinition(text: string): string {
  const normalized = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC').replace(/[’‘`´]/g, "'");
  return normalized.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

describe('foldForMatch', () => {
  it('folds quotes, spaces and case', () => {
    expect(foldForMatch('  Don’t\u00a0Miss:  “Top Stories” — Café  ')).toBe("don't miss: “top stories” — café");
    expect(foldForMatch('Ｒｅａｄ ｍｏｒｅ…')).toBe('read more...');
    expect(foldForMatch('Cafe\u0301 ﬁnal')).toBe('café final');
  });

  it('agrees with NFKC on Latin text, punctuation and random characters', () => {
    const pool = [
      ...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)),
      ...Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x2000 + i)),
      '\u0301', 'ﬁ', 'Ａ', '①', '™', '㎞', '😀',
    ];
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    // Latin-1 and general punctuation alone, so that many texts take the way around NFKC.
    const latin = [...Array.from({ length: 0xe0 }, (_, i) => String.fromCharCode(0x20 + i)), ...Array.from({ length: 0x24 }, (_, i) => String.fromCharCode(0x2010 + i))];
    for (const [chars, length] of [[pool, 12], [latin, 6], [latin, 24]] as const) {
      for (let i = 0; i < 3000; i++) {
        let text = '';
        for (let j = 0; j < length; j++) text += chars[Math.floor(random() * chars.length)]!;
        expect(foldForMatch(text)).toBe(byDefinition(text));
      }
    }
  });

  it('agrees with foldText on whitespace-folded text (what textOf gives)', () => {
    const pool = ['a', 'B', ' ', '\u00a0', '\t', '’', '‘', '`', '´', 'é', 'É', 'ß', 'İ', 'ﬁ', 'Ａ', '\u0301', '—', '“', '™', 'ж', 'Ж', '日', 'ｶ', '½'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let j = 0; j < 10; j++) text += pool[Math.floor(random() * pool.length)]!;
      const folded = foldWhitespace(text);
      expect(foldText(folded)).toBe(foldForMatch(folded));
    }
  });
});
