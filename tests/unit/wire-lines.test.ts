import { describe, expect, it } from 'vitest';
import { agencyForms, WIRE_CREDIT_FORMS } from '../../src/data/outlet-index';
import { escapeRegExp, phraseAlternation } from '../../src/analysis/text';
import { closingCreditIn, dashCreditIn, datelineCreditIn, groupAgencyForms } from '../../src/analysis/wire-lines';

// The patterns the look-ups stand for, as findWire wrote them.
const AGENCY_ALTERNATION = phraseAlternation(agencyForms());
const CLOSING_CREDIT = new RegExp(`(?:^|[\\s.'"’”)\\]])(${WIRE_CREDIT_FORMS.map(escapeRegExp).join('|')})\\s*\\.?$`);
const CLOSING_DASH = new RegExp(`(?:[-–—]\\s*|\\()(${AGENCY_ALTERNATION})\\)?\\s*\\.?$`, 'i');
const DATELINE = new RegExp(`^[^()]{0,80}?\\((${AGENCY_ALTERNATION})(?:[-/][a-z]+)?\\)\\s*(?:[-–—.:]|$)`, 'i');

const agencies = [...agencyForms()].sort((a, b) => b.length - a.length);
const agencyGroups = groupAgencyForms(agencies);
const titleCase = (text: string) => text.replace(/(^|\s)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase());
const writings = (form: string) => [...new Set([form, form.toUpperCase(), form.toLowerCase(), titleCase(form.toLowerCase())])];

/** Each form written several ways, in every place a credit stands and in places near them. */
function linesAround(forms: readonly string[]): string[] {
  const lines: string[] = [];
  forms.forEach((form, i) => {
    const other = forms[(i * 7 + 3) % forms.length]!;
    for (const name of writings(form)) {
      lines.push(
        name, `${name}.`, `${name} .`, `${name}. `, `${name}x`, `x${name}`, `The end of the story. ${name}`, `…your life.' ${name}`, `“Quoted.” ${name}`, `[see] ${name}`,
        `Last words. - ${name}`, `Last words — ${name}.`, `Last words –${name}`, `Last words (${name})`, `Last words (${name}).`, `Last words (${name}) `, `- ${name} said so`,
        `Words - ${other} - ${name}`, `Last words ( ${name})`, `Last words -${" ".repeat(60)}${name}`, `(${name}) (${other})`, `- ${name}-${other}`, `Words (${name} )`, `Words - ${name})`,
        `SINGAPORE (${name}) - A dateline.`, `MADRID, 3 jun (${name}).- El Gobierno`, `(${name}) — Text`, `(${name}-epa) text`, `(${name}/Reuters): text`, `(${name})`,
        `CITY (${name})x`, `CITY (${name}) and more`, `CITY (other) (${name}) -`, `CITY) (${name}) -`, `${'x'.repeat(80)} (${name}) -`, `${'x'.repeat(79)}(${name}) -`, `(${name}-2) -`,
        `CITY (${other}/${name}) -`, `CITY (${name}${other}) -`,
      );
    }
  });
  return lines;
}

describe('wire credit lines', () => {
  const cases = [
    { name: 'closingCreditIn', find: (line: string) => closingCreditIn(line, WIRE_CREDIT_FORMS), pattern: CLOSING_CREDIT },
    { name: 'dashCreditIn', find: (line: string) => dashCreditIn(line, agencyGroups), pattern: CLOSING_DASH },
    { name: 'datelineCreditIn', find: (line: string) => datelineCreditIn(line, agencyGroups), pattern: DATELINE },
  ];
  const lines = [...linesAround(WIRE_CREDIT_FORMS), ...linesAround(agencies)];

  it.each(cases)('$name finds what its alternation found', ({ find, pattern }) => {
    const differing = lines.filter((line) => find(line) !== (pattern.exec(line)?.[1] ?? null));
    expect(differing).toEqual([]);
    // Both answers occur often, so agreeing is not agreeing on null.
    const found = lines.filter((line) => find(line) !== null).length;
    expect(found).toBeGreaterThan(1000);
    expect(lines.length - found).toBeGreaterThan(1000);
  });

  it('reads the credit as the line writes it, the longest form first', () => {
    expect(dashCreditIn('The end. - Bloomberg News', agencyGroups)).toBe('Bloomberg News');
    expect(dashCreditIn('The end. (REUTERS).', agencyGroups)).toBe('REUTERS');
    expect(datelineCreditIn('MADRID, 3 jun (EFE).- El Gobierno', agencyGroups)).toBe('EFE');
    expect(datelineCreditIn('(efe-epa) — text', agencyGroups)).toBe('efe-epa');
    expect(closingCreditIn("…your life.' NYTIMES", WIRE_CREDIT_FORMS)).toBe('NYTIMES');
    expect(closingCreditIn('… from THE NEW YORK TIMES.', WIRE_CREDIT_FORMS)).toBe('THE NEW YORK TIMES');
  });
});
