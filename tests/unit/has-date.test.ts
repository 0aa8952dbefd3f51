import { describe, expect, it } from 'vitest';
import { hasDate } from '../../src/analysis/clutter';

/** The one case-insensitive Unicode pattern hasDate stands for. */
const DATE_IN_LINE =
  /\p{Nd}{4}|\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)[a-z]*)\b/iu;

const MONTHS = ['Jan', 'January', 'FEB', 'Sept.', 'September', 'Dec', 'março', 'MARÇO', 'Março', 'setembro', 'Septiembre', 'DICIEMBRE', 'mayo', 'Maio', 'junho', 'Marz', 'Mars', 'jany', 'Fevereiro', 'abril'];
const PIECES = ['3', '12', '2019', '١٢٣٤', '११', '11:04', '1:2', '18/11/19', '18.11.2019', '2019-11-18', '19-11-2', '7', 'de', 'PM', 'EST', 'Updated', 'By', 'Jane', 'x', '-', ',', '.', ':', '(', '’'];

describe('hasDate', () => {
  it('reads the dates bylines carry', () => {
    for (const line of ['By Justine Coleman - 11/18/19 11:04 PM EST', 'Updated at 1:23 p.m.', 'PUBLISHED: 00:01, Tue, Nov 19, 2019', 'Publicado el 3 de marzo', '12 MARÇO', 'Sept. 4']) expect(hasDate(line)).toBe(true);
    for (const line of ['By Jane Doe', 'Updated yesterday', 'Marchers', '123']) expect(hasDate(line)).toBe(false);
  });

  it('says what the one pattern said, on lines of month names, numbers and words in every case', () => {
    let seed = 7;
    const pick = <T>(items: readonly T[]) => items[(seed = (seed * 48271) % 2147483647) % items.length]!;
    const lines: string[] = [];
    for (const month of MONTHS) for (const piece of PIECES) lines.push(`${month} ${piece}`, `${piece} ${month}`, `${piece} de ${month}`, `${month}${piece}`, `x${piece} ${month}y`);
    for (let i = 0; i < 3000; i++) lines.push(Array.from({ length: 1 + (i % 6) }, () => pick([...MONTHS, ...PIECES])).join(pick([' ', '', ', ', '-'])));
    const differing = lines.filter((line) => hasDate(line) !== DATE_IN_LINE.test(line));
    expect(differing).toEqual([]);
    const dated = lines.filter(hasDate).length;
    expect(dated).toBeGreaterThan(1000);
    expect(lines.length - dated).toBeGreaterThan(1000);
  });
});
