/** Plain text of an element as paragraphs: one entry per block, whitespace folded. */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Captions describe a picture; they are not paragraphs of the story (the HTML keeps them with their image).
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'FIGCAPTION']);
const WHITESPACE = /[\s\u00a0]+/g;

export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toUpperCase());
}

export function foldWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Phrases as one regex alternation, longest first, so that "related articles" is tried before "related". */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** `skipAttribute` names an attribute that marks elements to leave out (captions found by their image). */
export function paragraphsOf(root: Node, skipAttribute?: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let current = '';

  const endLine = () => {
    const line = foldWhitespace(current);
    if (line) lines.push(line);
    current = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  // Iterative walk: articles can nest thousands of levels deep.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    if (skipAttribute && tag && (node as Element).hasAttribute(skipAttribute)) continue;
    if (tag === 'BR') {
      endLine();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (isBlock) endParagraph();
      else if (tag === 'TD' || tag === 'TH') current += ' ';
      continue;
    }
    if (isBlock) endParagraph();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  endParagraph();
  return paragraphs;
}

/**
 * Words of the story: alphabetic words, plus CJK characters (written without spaces), and the
 * reading time at about 230 words a minute for alphabetic text, 500 characters a minute for CJK.
 */
export function measureReading(text: string): { wordCount: number; readingMinutes: number } {
  // One pass over the characters, without building the list of words: a word is a letter or digit
  // followed by letters, digits, apostrophes, underscores and hyphens; each CJK character counts alone.
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: CharKind;
    if (code < 0x80) kind = ASCII_KINDS[code]!;
    else if (code === 0x2019) kind = JOINER;
    else if (code >= 0x2000 && code <= 0x206f) kind = OTHER; // general punctuation: dashes, quotes, spaces
    else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) kind = WORD; // Latin letters
    else {
      const point = text.codePointAt(i)!;
      const char = String.fromCodePoint(point);
      if (point > 0xffff) i++;
      kind = CJK_CHAR.test(char) ? CJK_KIND : LETTER_OR_DIGIT.test(char) ? WORD : OTHER;
    }
    if (kind === WORD) {
      if (!inWord) words++;
      inWord = true;
    } else if (kind === CJK_KIND) {
      cjk++;
      inWord = false;
    } else if (kind === OTHER) inWord = false;
  }
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(words / 230 + cjk / 500)) };
}

type CharKind = 0 | 1 | 2 | 3;
const OTHER = 0;
const WORD = 1;
/** Continues a word, never starts one. */
const JOINER = 2;
const CJK_KIND = 3;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Pure, so that bundles without the word count (the passive part on every page) leave the table out.
const ASCII_KINDS: CharKind[] = /* @__PURE__ */ Array.from({ length: 0x80 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9]/.test(char)) return WORD;
  return char === "'" || char === '_' || char === '-' ? JOINER : OTHER;
});
