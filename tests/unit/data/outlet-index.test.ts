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
