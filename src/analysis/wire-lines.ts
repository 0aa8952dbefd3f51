/**
 * The three shapes of a wire credit in a story's lines, each found as its regex alternation of every
 * agency form would find it, without building that pattern: V8 compiles an alternation of a hundred
 * case-insensitive names again in every page it first runs in (7.9 ms for these three, against
 * microseconds for the look-ups below, which run on a handful of lines per analysis).
 */

/** What may follow a credit that closes a line: spaces and one full stop, and after a dash credit a ")" before them. */
const AFTER_CLOSING_CREDIT = /^\s*\.?$/;
const AFTER_DASH_CREDIT = /^\)?\s*\.?$/;
/** After a dateline's agency: a desk ("(efe-epa)", "(AP/Reuters)" reads AP), the ")" and a dash or the line's end. */
const AFTER_DATELINE_CREDIT = /^(?:[-/][a-z]+)?\)\s*(?:[-–—.:]|$)/i;
/** What may stand before a closing credit, if anything does: a space, a full stop, a quote or a bracket. */
const BEFORE_CLOSING_CREDIT = /[\s.'"’”)\]]/;
const SPACE = /\s/;
/** "-", "–", "—" and "(": what opens a dash credit. */
const DASH_CREDIT_MARKS = new Set([0x2d, 0x2013, 0x2014, 0x28]);
/** A dateline's "(" comes within its first 80 characters, before any other parenthesis. */
const MAX_DATELINE_LEAD = 80;

/** Agency forms (lower case) by their first character, each group in the order given (longest first). */
export interface AgencyForms {
  byFirst: ReadonlyMap<string, readonly string[]>;
  longest: number;
}

export function groupAgencyForms(formsLongestFirst: readonly string[]): AgencyForms {
  const byFirst = new Map<string, string[]>();
  let longest = 0;
  for (const form of formsLongestFirst) {
    if (!form) continue;
    longest = Math.max(longest, form.length);
    const group = byFirst.get(form[0]!);
    if (group) group.push(form);
    else byFirst.set(form[0]!, [form]);
  }
  return { byFirst, longest };
}

/** Where a credit may end in `line`, rightmost first: where what follows is all `after` allows (moving left, once that fails it fails for good). */
function creditEnds(line: string, after: RegExp): number[] {
  const ends: number[] = [];
  for (let end = line.length; end >= 0 && after.test(line.slice(end)); end--) ends.push(end);
  return ends;
}

/**
 * An upper-case credit closing the line ("… your life.' NYTIMES", "BLOOMBERG."): the form as listed,
 * the one starting leftmost, or null. `forms` are matched as written.
 */
export function closingCreditIn(line: string, forms: readonly string[]): string | null {
  const ends = creditEnds(line, AFTER_CLOSING_CREDIT);
  let best: { start: number; form: string } | null = null;
  for (const form of forms) {
    for (const end of ends) {
      const start = end - form.length;
      // On a tie the form listed first wins, as the alternation tries it first.
      if (start < 0 || (best && start >= best.start)) continue;
      if (line.startsWith(form, start) && (start === 0 || BEFORE_CLOSING_CREDIT.test(line[start - 1]!))) best = { start, form };
    }
  }
  return best?.form ?? null;
}

/** The first of `forms` written at `at` in `line`, in any case, that `after` accepts what follows: as written, or null. */
function agencyAt(line: string, at: number, forms: AgencyForms, after: RegExp): string | null {
  const group = forms.byFirst.get(line.charAt(at).toLowerCase());
  if (!group) return null;
  // The group's longest form, once in lower case (unless that changes its length: "İ" lowers to two).
  const written = line.slice(at, at + group[0]!.length);
  const lowered = written.toLowerCase();
  const sameLength = lowered.length === written.length;
  for (const form of group) {
    const matches = sameLength ? lowered.startsWith(form) : written.slice(0, form.length).toLowerCase() === form;
    if (matches && after.test(line.slice(at + form.length))) return written.slice(0, form.length);
  }
  return null;
}

/** "… - Reuters", "— AP.", "(Reuters)" closing a line: the agency's name as written, or null. */
export function dashCreditIn(line: string, forms: AgencyForms): string | null {
  // A credit starts at most the longest form before the leftmost place one may end, after spaces and its mark.
  let first = creditEnds(line, AFTER_DASH_CREDIT).at(-1)! - forms.longest;
  while (first > 0 && SPACE.test(line[first - 1]!)) first--;
  for (let at = Math.max(0, first - 1); at < line.length; at++) {
    const mark = line.charCodeAt(at);
    if (!DASH_CREDIT_MARKS.has(mark)) continue;
    let from = at + 1;
    if (mark !== 0x28) while (from < line.length && SPACE.test(line[from]!)) from++;
    const written = agencyAt(line, from, forms, AFTER_DASH_CREDIT);
    if (written) return written;
  }
  return null;
}

/** "SINGAPORE (Reuters) -", "(AP) —", "MADRID, 3 jun (EFE).-": the agency's name as written, or null. */
export function datelineCreditIn(line: string, forms: AgencyForms): string | null {
  const open = line.slice(0, MAX_DATELINE_LEAD + 1).search(/[()]/);
  if (open < 0 || line[open] !== '(') return null;
  return agencyAt(line, open + 1, forms, AFTER_DATELINE_CREDIT);
}
