import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../../../src/data/outlets';
import { outletsNamedIn } from '../../../src/data/outlet-index';

/**
 * The index keys each form by its words; plain and ASCII names take quicker ways there than running
 * text does, and must end at the same key. Running text names an outlet from a capital or a digit on
 * (a form such as "dpa" or a caseless script is left to credit lines that hold the name alone).
 */
describe('outletsNamedIn finds every registry form that running text can name', () => {
  const forms = OUTLETS.filter((outlet) => !outlet.commonWords)
    .flatMap((outlet) => [outlet.name, ...outlet.aliases])
    .filter((form) => /^[A-Z0-9]/.test(form) && /[\p{L}\p{N}]$/u.test(form));

  it.each(forms.map((form) => [form]))('%s', (form) => {
    for (const variant of [form, form.toUpperCase()]) {
      const [mention] = outletsNamedIn(`reported by ${variant} on monday`);
      expect(mention?.text).toBe(variant);
    }
  });
});

describe('outletsNamedIn reads English text as it reads any other', () => {
  it('names the same outlets whether a text holds only ASCII and punctuation or also another letter', () => {
    const names = OUTLETS.filter((outlet) => !outlet.commonWords).map((outlet) => outlet.name);
    const pool = [...names, 'reported', 'by', 'Macy’s', '“', '”', '—', '…', '\u00a0', '19', 'hours', 'ago', '’s', 'A.M.', '&', "O'Neil", 'x-ray'];
    let seed = 5;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let named = 0;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = 0; j < 8; j++) text += pool[Math.floor(random() * pool.length)]! + (random() < 0.2 ? '' : ' ');
      // A letter beyond ASCII at the end sends the text the Unicode way; the names before it must not change.
      const plain = outletsNamedIn(text).map((m) => [m.outlet.name, m.text, m.index]);
      expect(outletsNamedIn(`${text} é`).map((m) => [m.outlet.name, m.text, m.index])).toEqual(plain);
      named += plain.length;
    }
    expect(named).toBeGreaterThan(1000);
  });
});
