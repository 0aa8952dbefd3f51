/**
 * The only module that touches DOMPurify or HTML strings. Everything that turns markup into
 * a string, or a string into markup, passes through here, so one review covers every path
 * by which page content could reach an extension page.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { isWebUrl } from '../web-url';

/** Tags that carry behaviour, outside loads or page chrome rather than story content. */
const FORBID_TAGS = [
  'base', 'button', 'embed', 'form', 'frame', 'frameset', 'iframe', 'input', 'link', 'meta',
  'noscript', 'object', 'option', 'select', 'style', 'template', 'textarea',
];
// style attributes can load from outside hosts (url()) and hide or overlay text.
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'srcset', 'sizes', 'ping', 'background', 'formaction', 'action'];

const PURIFY_CONFIG: Config = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify checks every attribute value that is not URI-safe against this pattern, so it must let
  // plain values through ("en", "rtl", an alt text) while refusing every scheme but http(s) and mailto.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  WHOLE_DOCUMENT: false,
};

/** The attributes DOMPurify accepts a data: URL in, and what browsers ignore around a URL's scheme. */
const DATA_URL_ATTRIBUTES = new Set(['src', 'href', 'xlink:href']);
const URL_IGNORED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/** How a purifier returns its work; each has its own instance, configured once (setConfig). */
type PurifyMode = 'string' | 'fragment';
const MODE_CONFIGS: Record<PurifyMode, Config> = {
  string: PURIFY_CONFIG,
  fragment: { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true },
};

const purifiers = new WeakMap<object, Map<PurifyMode, DOMPurify>>();

/**
 * A purifier for `win`, configured once: a config passed to each sanitize() call is parsed again on
 * every call (new allow-lists each time), which cost the analysis more than the sanitizing itself.
 */
function purifierFor(win: Window, mode: PurifyMode = 'string'): DOMPurify {
  let modes = purifiers.get(win);
  if (!modes) purifiers.set(win, (modes = new Map()));
  let purifier = modes.get(mode);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    // Fail closed: an unsupported DOM would make DOMPurify return its input untouched.
    if (!purifier.isSupported) throw new Error('This DOM cannot run the HTML sanitizer');
    purifier.setConfig(MODE_CONFIGS[mode]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // DOMPurify lets data: URLs through on images and media (DATA_URI_TAGS, which no option removes);
      // the story's pictures are web addresses, and a data: URL only hides a payload or a huge blob.
      // (Checked after DOMPurify's own pass: a hook on each attribute makes it copy its allow-list per call.)
      // Indexed from the end, as removing an attribute shifts the ones after it; no copy of the list per node.
      const attributes = node.attributes;
      for (let i = (attributes?.length ?? 0) - 1; i >= 0; i--) {
        const attribute = attributes![i]!;
        if (DATA_URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && /^data:/i.test(attribute.value.replace(URL_IGNORED, ''))) node.removeAttribute(attribute.name);
      }
      if (node.nodeName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
    modes.set(mode, purifier);
  }
  return purifier;
}

/**
 * An element's children, sanitized, as an HTML string: serialized and parsed again in the purifier's
 * DOM. (DOMPurify 3.4's IN_PLACE mode walks the tree four times over, and took 3.05 ms against 2.24 ms
 * this way on the median of 46 Zyte pages' stories.) Parsing again also mends the nesting Readability
 * can build (a <p> inside a <p>) as every page that shows the string would. It is sanitized once more
 * wherever it is shown.
 */
export function sanitizeElementHtml(root: Element, purifyWindow: Window): string {
  return sanitizeHtml(root.innerHTML, purifyWindow);
}

export function sanitizeHtml(html: string, purifyWindow: Window): string {
  const purifier = purifierFor(purifyWindow);
  try {
    return purifier.sanitize(html) as string;
  } finally {
    purifier.removed = [];
  }
}

/**
 * Put already-analysed article HTML into an element of an extension page or overlay. The string
 * is sanitized again here, in the page that shows it, so nothing relies on the sender.
 */
export function renderSanitizedHtml(target: Element, html: string, options: { deferImages?: boolean } = {}): void {
  const win = target.ownerDocument.defaultView;
  if (!win) throw new Error('Cannot render into a detached document');
  const fragment = purifierFor(win, 'fragment').sanitize(html) as unknown as DocumentFragment;
  // Extension pages make no request the reader did not ask for: pictures wait for a click.
  if (options.deferImages) {
    for (const image of Array.from(fragment.querySelectorAll('img[src]'))) {
      image.setAttribute(DEFERRED_SRC, image.getAttribute('src')!);
      image.removeAttribute('src');
    }
    dropOtherLoads(fragment);
  }
  target.replaceChildren(fragment);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * What else loads as soon as it is in a document: media sources and posters (<video poster>,
 * <source src>, <audio src>, <track src>) and SVG references (<image href>, <feImage href>,
 * <use href>). Extension pages show none of them; they never come back, the story is its text.
 */
function dropOtherLoads(root: DocumentFragment): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.localName === 'img') continue;
    for (const name of ['src', 'poster']) element.removeAttribute(name);
    if (element.namespaceURI === SVG_NS && element.localName !== 'a') {
      element.removeAttribute('href');
      element.removeAttributeNS('http://www.w3.org/1999/xlink', 'href');
    }
  }
}

/** Where a deferred picture keeps its address until the reader asks for pictures. */
export const DEFERRED_SRC = 'data-deferred-src';

/** Loads the deferred pictures under `root`; their addresses passed the sanitizer's http(s) check. */
export function loadDeferredImages(root: Element): number {
  const images = Array.from(root.querySelectorAll(`img[${DEFERRED_SRC}]`));
  for (const image of images) {
    const src = image.getAttribute(DEFERRED_SRC)!;
    image.removeAttribute(DEFERRED_SRC);
    if (isWebUrl(src)) image.setAttribute('src', src);
  }
  return images.length;
}

/** Parse sanitized article HTML into a detached fragment (for format conversion, never shown as is). */
export function parseSanitizedHtml(html: string, purifyWindow: Window): DocumentFragment {
  return purifierFor(purifyWindow, 'fragment').sanitize(html) as unknown as DocumentFragment;
}

/** True when DOMPurify can run in this window (a real browser DOM or jsdom; not linkedom). */
export function canSanitizeIn(win: unknown): win is Window {
  if (!win || typeof win !== 'object') return false;
  try {
    // The same cached purifier the sanitizing uses: a new DOMPurify per analysis would cost each call.
    purifierFor(win as Window);
    return true;
  } catch {
    return false;
  }
}

/** Serialize markup we built from sanitized parts (a copy's HTML flavour), sanitized once more on the way out. */
export function serializeSanitized(fragment: DocumentFragment | Element, purifyWindow: Window): string {
  const container = purifyWindow.document.createElement('div');
  container.append(fragment);
  return sanitizeHtml(container.innerHTML, purifyWindow);
}
