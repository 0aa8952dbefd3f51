/** Node-only: turn a saved page's bytes into a Document the analysis library can read. */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';

const HEAD_SNIFF_BYTES = 4096;

/** The charset a saved page declares (BOM, then <meta charset> or http-equiv), defaulting to UTF-8. */
export function detectCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_SNIFF_BYTES));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).encoding;
    } catch {
      // An unknown label falls back to UTF-8, as browsers do for labels they do not know.
    }
  }
  return 'utf-8';
}

export function decodePage(bytes: Uint8Array): string {
  return new TextDecoder(detectCharset(bytes)).decode(bytes);
}

/** True when the text looks like markup rather than plain text or binary data. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('<')) return false;
  return /<(!doctype|html|head|body|div|p|article|main|title|meta|\?xml)[\s>]/i.test(start.slice(0, 2048)) ||
    /<[a-z][\w-]*[\s>]/i.test(start);
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

let sanitizerWindow: Window | null = null;

/** linkedom cannot run DOMPurify (it would return its input unsanitized), so sanitizing uses jsdom. */
export function nodeSanitizerWindow(): Window {
  sanitizerWindow ??= new JSDOM('').window as unknown as Window;
  return sanitizerWindow;
}
