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
  // <meta charset> or http-equiv Content-Type, else an XHTML page's XML declaration.
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).encoding;
    } catch {
      // An unknown label falls back to UTF-8, as browsers do for labels they do not know.
    }
  }
  return 'utf-8';
}

/**
 * windows-1252's bytes 0x80-0x9F (WHATWG Encoding Standard). Node 20.18.3 and later decode
 * windows-1252 (and so every page labelled latin1, iso-8859-1 or us-ascii) as ISO-8859-1, turning
 * curly quotes, dashes and the euro sign into invisible C1 controls (nodejs/node#60888), so this
 * one encoding is decoded here.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

export function decodePage(bytes: Uint8Array): string {
  const charset = detectCharset(bytes);
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(charset).decode(bytes);
}

/** True when the text looks like markup rather than plain text or binary data. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('<')) return false;
  return /<(!doctype|html|head|body|div|p|article|main|title|meta|\?xml)[\s>]/i.test(start.slice(0, 2048)) ||
    /<[a-z][\w-]*[\s>]/i.test(start);
}

/** Elements an HTML parser keeps in <head> when a page starts without one. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Gives a parsed page the <html>, <head> and <body> every browser's parser makes. linkedom keeps
 * only what the text holds, so a page without them would have none (and its document.body getter
 * would insert them, changing the page on a read).
 */
function completeStructure(document: Document): void {
  let html = document.documentElement as Element | null;
  if (!html || html.tagName.toUpperCase() !== 'HTML') {
    const created = document.createElement('html');
    for (const node of Array.from(document.childNodes)) if (node.nodeType !== 10) created.appendChild(node);
    document.appendChild(created);
    html = created;
  }
  const children = Array.from(html.children);
  if (!children.some((child) => child.tagName.toUpperCase() === 'HEAD')) {
    const head = document.createElement('head');
    // Leading metadata elements (and the whitespace between them) are the head's, as a parser would place them.
    for (let node = html.firstChild; node; node = html.firstChild) {
      if (node.nodeType === 1 ? !HEAD_TAGS.has((node as Element).tagName.toUpperCase()) : node.nodeType !== 3 || (node.nodeValue ?? '').trim() !== '') break;
      head.appendChild(node);
    }
    html.insertBefore(head, html.firstChild);
  }
  if (!Array.from(html.children).some((child) => /^(?:BODY|FRAMESET)$/.test(child.tagName.toUpperCase()))) {
    const body = document.createElement('body');
    for (const node of Array.from(html.childNodes)) if (!(node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'HEAD')) body.appendChild(node);
    html.appendChild(body);
  }
}

export function parsePage(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  completeStructure(document);
  // linkedom starts a new text node at every character reference ("a&amp;b" is three), where a
  // browser's parser makes one: 500,000 &nbsp; would be 500,000 nodes to clone and walk.
  document.normalize();
  return document;
}

let sanitizerWindow: Window | null = null;

/** linkedom cannot run DOMPurify (it would return its input unsanitized), so sanitizing uses jsdom. */
export function nodeSanitizerWindow(): Window {
  sanitizerWindow ??= new JSDOM('').window as unknown as Window;
  return sanitizerWindow;
}
