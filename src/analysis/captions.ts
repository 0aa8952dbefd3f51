/**
 * Captions set in ordinary elements rather than <figcaption>: text beside a picture that repeats the
 * picture's alt text or data-caption. They stay with their image in the HTML but are not paragraphs
 * of the story's plain text.
 */
import { foldForMatch, foldText, isAscii, textLength, textOf } from './dom-utils';

const MIN_CAPTION_CHARS = 20;
const MAX_CAPTION_CHARS = 400;

export function findCaptions(root: Element): Element[] {
  const captions: Element[] = [];
  for (const image of Array.from(root.querySelectorAll('img[alt], [data-caption]'))) {
    const described = foldForMatch(image.getAttribute('data-caption') ?? image.getAttribute('alt') ?? '');
    if (described.length < MIN_CAPTION_CHARS) continue;
    const box = image.parentElement?.parentElement;
    if (!box) continue;
    for (const candidate of Array.from(box.querySelectorAll('span, div, p, small'))) {
      // Lengths first (known from the text scope): most blocks near a picture are far too long or short.
      const length = textLength(candidate);
      if (length > MAX_CAPTION_CHARS * 2 || length < described.length / 2) continue;
      if (candidate.contains(image) || candidate.querySelector('p, img')) continue;
      const plain = textOf(candidate);
      // Folding plain ASCII only lower-cases it: compare the ending before folding the whole text.
      if (isAscii(plain) && plain.slice(-described.length).toLowerCase() !== described) continue;
      const text = foldText(plain);
      if (text.length <= MAX_CAPTION_CHARS && text.length >= described.length && text.endsWith(described)) {
        captions.push(candidate);
        break;
      }
    }
  }
  return captions;
}
