import { describe, expect, it } from 'vitest';
import { measureReading } from '../../src/analysis/text';

/** The definition the one-pass counter must keep: words as this pattern finds them, CJK characters one by one. */
function byPattern(text: string): { wordCount: number; readingMinutes: number } {
  const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const cjk = text.match(cjkPattern)?.length ?? 0;
  const words = text.replace(cjkPattern, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(words / 230 + cjk / 500)) };
}

describe('measureReading', () => {
  it('counts words with their apostrophes, hyphens and digits', () => {
    expect(measureReading("Don't stop: the state-run rail's 2,500 trains — l’été.").wordCount).toBe(9);
    expect(measureReading("'quoted' -dash- _under_").wordCount).toBe(3);
    expect(measureReading('').wordCount).toBe(0);
  });

  it('counts each CJK character, and letters of every script as words', () => {
    expect(measureReading('日本語 한국어').wordCount).toBe(6);
    expect(measureReading('текст на русском, ελληνικά, עברית').wordCount).toBe(5);
    expect(measureReading('𝐀𝐁𝐂 😀 x²').wordCount).toBe(2);
  });

  it('reads 230 words or 500 CJK characters a minute, at least one minute', () => {
    expect(measureReading('word '.repeat(690)).readingMinutes).toBe(3);
    expect(measureReading('字'.repeat(1500)).readingMinutes).toBe(3);
    expect(measureReading('one').readingMinutes).toBe(1);
  });

  it('agrees with the pattern on mixed and random text', () => {
    const samples = ['e\u0301te\u0301 ١٢٣ ½ ⅷ ſ ǅ ×÷ naïve coöperate', 'a—b–c…d “e” ‘f’ g‐h'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 300; i++) {
      let text = '';
      for (let j = 0; j < 40; j++) text += String.fromCodePoint(Math.floor(random() * 0x3200));
      samples.push(text);
    }
    for (const text of samples) expect(measureReading(text)).toEqual(byPattern(text));
  });
});
