/** Look-ups over the outlet registry, built once: by domain, by name or alias, and in running text. */
import { OUTLETS, type Outlet } from './outlets';

export type { Outlet };

/** A lower-cased name already folded but for a leading "the ": single spaces, no apostrophe (most names). */
const FOLDED_NAME = /^[a-z0-9.&-]+(?: [a-z0-9.&-]+)*$/;

/** Lowercase, no leading "The", folded spaces and apostrophes: "The Straits Times" ~ "straits times". */
function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (FOLDED_NAME.test(lower)) return lower.startsWith('the ') ? lower.slice(4) : lower;
  return lower
    .replace(/[’'`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const byDomain = new Map<string, Outlet>();
const byName = new Map<string, Outlet>();
/** Wire credits as they close a story ("NYTIMES", "REUTERS"), upper case as printed. */
const byWireCredit = new Map<string, Outlet>();
// Built as the passive check's script loads on every page, before V8 has compiled anything: one plain loop.
for (let i = 0; i < OUTLETS.length; i++) {
  const outlet = OUTLETS[i]!;
  byDomain.set(outlet.domain, outlet);
  if (outlet.otherDomains) for (const domain of outlet.otherDomains) byDomain.set(domain, outlet);
  byName.set(foldName(outlet.name), outlet);
  for (const alias of outlet.aliases) byName.set(foldName(alias), outlet);
  if (outlet.wireCredits) for (const credit of outlet.wireCredits) byWireCredit.set(credit.toUpperCase(), outlet);
}

/** The registry's outlet for a host name, matching subdomains ("www.", "edition.") to their site. */
export function outletForHost(host: string): Outlet | null {
  let candidate = host.toLowerCase().replace(/\.$/, '');
  while (candidate.includes('.')) {
    const outlet = byDomain.get(candidate);
    if (outlet) return outlet;
    candidate = candidate.slice(candidate.indexOf('.') + 1);
  }
  return null;
}

export function outletForName(name: string): Outlet | null {
  return byName.get(foldName(name)) ?? null;
}

export function outletForWireCredit(credit: string): Outlet | null {
  return byWireCredit.get(credit.toUpperCase().replace(/\s+/g, ' ').trim()) ?? null;
}

/**
 * Names by which datelines and dash credits cite agencies: "(Reuters)", "- AP", "(efe-epa)", in lower
 * case. Built on first use: the passive check, which loads this module on every page, never needs it.
 */
let byAgencyForm: Map<string, Outlet> | null = null;
function agencyIndex(): Map<string, Outlet> {
  if (byAgencyForm) return byAgencyForm;
  byAgencyForm = new Map();
  for (const outlet of OUTLETS) {
    if (outlet.kind !== 'wire' && outlet.kind !== 'syndicator' && !outlet.wireCredits?.length) continue;
    for (const form of [outlet.name, ...outlet.aliases, ...(outlet.wireCredits ?? [])]) byAgencyForm.set(form.toLowerCase(), outlet);
  }
  return byAgencyForm;
}

export function agencyForms(): string[] {
  return [...agencyIndex().keys()];
}

export function outletForAgencyForm(form: string): Outlet | null {
  return agencyIndex().get(form.toLowerCase()) ?? null;
}

export const WIRE_CREDIT_FORMS: readonly string[] = [...byWireCredit.keys()].sort((a, b) => b.length - a.length);

/**
 * Running text names an outlet as it writes itself ("Straits Times", "The New York Times") or in
 * capitals ("STRAITS TIMES"), never in lower case, and outlets whose names are ordinary words
 * ("People", "The Hill") are left to credit lines that hold the name alone. No letter may follow a
 * name, but a digit may: Daily8 glues the outlet to the age ("Straits Times19 hours ago").
 */
/**
 * Words as the matcher sees them: letters (with inner apostrophes, dots, hyphens, ampersands) or digits.
 * Created on first use: a pattern with Unicode classes costs a page load a millisecond to create, and most text is plain.
 */
let unicodeWord: RegExp | null = null;
const unicodeWordPattern = () => (unicodeWord ??= /\p{L}[\p{L}\p{M}'’.&-]*\p{L}|\p{L}|\p{N}+/gu);

/**
 * Text whose only characters beyond ASCII are spaces and punctuation (’ “ — …, no letter, mark or
 * digit among them), as most English text is: its words are ASCII letters and digits.
 */
const PLAIN_SCRIPT = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;

export function isPlainScript(text: string): boolean {
  return PLAIN_SCRIPT.test(text);
}
/** The word pattern for such text, without Unicode classes, whose first use costs every page load a few milliseconds. */
const PLAIN_WORD = /[A-Za-z][A-Za-z'’.&-]*[A-Za-z]|[A-Za-z]|[0-9]+/g;

function words(text: string): Array<{ word: string; index: number; end: number }> {
  const pattern = PLAIN_SCRIPT.test(text) ? PLAIN_WORD : unicodeWordPattern();
  return Array.from(text.matchAll(pattern), (match) => ({ word: match[0], index: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** Names of plain letters and single spaces are their own key: most are. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The words of a name, joined by single spaces: how a run of words is looked up. */
function nameKey(name: string): string {
  return PLAIN_NAME.test(name) ? name : words(name).map((w) => w.word).join(' ');
}

interface TextIndex {
  forms: Map<string, Outlet>;
  /** The first word of every form, with the most words a form starting with it has. */
  firstWords: Map<string, number>;
}

/**
 * The registry's names as running text writes them (as written and in capitals, with and without a
 * leading "The"), those in plain script (`plain`) or those in others ("朝日新聞", "RTÉ"). Every form of the
 * second kind holds a letter beyond ASCII (tests/unit/data/outlets.test.ts): only a text that is not
 * plain can name it.
 */
function indexForms(plain: boolean): TextIndex {
  const forms = new Map<string, Outlet>();
  const add = (variant: string, outlet: Outlet, plainForm: boolean) => {
    // In capitals a name may become plain ("Anadolu Ajansı", "ANADOLU AJANSI"); a plain one stays plain.
    if ((plainForm || PLAIN_SCRIPT.test(variant)) !== plain) return;
    const key = nameKey(variant);
    if (key.length >= 2 && !forms.has(key)) forms.set(key, outlet);
  };
  // Built by a page's first check, before V8 has compiled anything: plain loops, no arrays of variants,
  // each distinct variant once and each form's script tested once (7.0 -> 3.2 ms in a fresh node).
  for (let i = 0; i < OUTLETS.length; i++) {
    const outlet = OUTLETS[i]!;
    if (outlet.commonWords) continue;
    for (let j = -1; j < outlet.aliases.length; j++) {
      const form = j < 0 ? outlet.name : outlet.aliases[j]!;
      const plainForm = PLAIN_SCRIPT.test(form);
      const bare = form.startsWith('The') ? form.replace(/^The\s+/, '') : form;
      const upper = form.toUpperCase();
      add(form, outlet, plainForm);
      if (bare !== form) add(bare, outlet, plainForm);
      if (upper !== form) add(upper, outlet, plainForm);
      if (bare !== form) add(bare.toUpperCase(), outlet, plainForm);
    }
  }
  const firstWords = new Map<string, number>();
  for (const key of forms.keys()) {
    const parts = key.split(' ');
    firstWords.set(parts[0]!, Math.max(firstWords.get(parts[0]!) ?? 0, parts.length));
  }
  return { forms, firstWords };
}

/**
 * Built on first use: pages whose text is never searched for names skip them. The other scripts' forms
 * wait for a text in them: their words need the Unicode word pattern, whose first use made the index
 * cost a page's first check 11.6 ms rather than 7.5 (medians over Zyte pages, most of them in English).
 */
let plainIndex: TextIndex | null = null;
let otherIndex: TextIndex | null = null;

/** Whether a word starts with a digit of any script (told without a Unicode pattern for ASCII). */
function isDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 48 && code <= 57 : NUMBER.test(word.charAt(0));
}
const NUMBER = /\p{N}/u;

/** A capital or a digit: a text without one names no outlet the way running text writes it. */
const MAY_NAME = /[A-Z0-9]|[^\x00-\x7f]/;

export interface OutletMention {
  outlet: Outlet;
  /** The words as they stand in the text. */
  text: string;
  index: number;
}

/**
 * Every registry outlet named in a text, in order of appearance, longest name first at each word:
 * a look-up of word runs in a map, not a regular expression of hundreds of names.
 */
export function outletsNamedIn(text: string): OutletMention[] {
  const mentions: OutletMention[] = [];
  if (!MAY_NAME.test(text)) return mentions;
  const list = words(text);
  const plain = (plainIndex ??= indexForms(true));
  const other = PLAIN_SCRIPT.test(text) ? null : (otherIndex ??= indexForms(false));
  for (let i = 0; i < list.length; i++) {
    const first = list[i]!.word;
    // Names start with a capital or a digit; most words of running text can be skipped at once.
    if (first.charAt(0) === first.charAt(0).toLowerCase() && !isDigit(first)) continue;
    const longest = Math.max(plain.firstWords.get(first) ?? 0, other?.firstWords.get(first) ?? 0);
    if (longest === 0) continue;
    for (let size = Math.min(longest, list.length - i); size >= 1; size--) {
      const run = list.slice(i, i + size);
      const key = run.map((w) => w.word).join(' ');
      const outlet = plain.forms.get(key) ?? other?.forms.get(key);
      if (!outlet) continue;
      mentions.push({ outlet, text: text.slice(run[0]!.index, run.at(-1)!.end), index: run[0]!.index });
      i += size - 1;
      break;
    }
  }
  return mentions;
}
