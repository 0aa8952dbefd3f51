/**
 * Finds executable or loading markup in an HTML string by parsing it with jsdom (a spec parser, as
 * the extension pages' own) and walking every element, attribute and template, not by pattern.
 */
import { JSDOM } from 'jsdom';

/** Elements that run code, load other documents or styles, or take input. */
const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'param', 'base', 'meta',
  'link', 'style', 'noscript', 'template', 'form', 'input', 'button', 'textarea', 'select', 'isindex', 'keygen',
  'foreignobject', 'animate', 'animatemotion', 'animatetransform', 'set', 'handler', 'listener', 'annotation-xml',
]);
/** Attributes that load, navigate or submit: their values must be web addresses. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'cite', 'srcset', 'ping',
  'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'icon', 'profile', 'usemap', 'archive', 'classid',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Browsers drop ASCII whitespace and controls inside and around a scheme. */
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

/** The scheme a URL value would be read with, or null for a relative address. */
export function schemeOf(value: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(IGNORED_IN_URL, ''));
  return match ? match[1]!.toLowerCase() : null;
}

export interface MarkupFinding {
  what: string;
  where: string;
}

function describe(element: Element): string {
  const attributes = Array.from(element.attributes, (a) => `${a.name}="${a.value.slice(0, 40)}"`).join(' ');
  return `<${element.tagName.toLowerCase()}${attributes ? ` ${attributes}` : ''}>`;
}

function checkUrl(name: string, value: string): string | null {
  const parts = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  for (const part of parts) {
    const scheme = schemeOf(part);
    if (scheme && !SAFE_SCHEMES.has(scheme)) return `${scheme}: URL in ${name}`;
  }
  return null;
}

/** Every piece of executable or loading markup in `html`, parsed as a page's body would be. */
export function findExecutableMarkup(html: string): MarkupFinding[] {
  const { document } = new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).window;
  const findings: MarkupFinding[] = [];
  const roots: ParentNode[] = [document.body];
  while (roots.length) {
    const root = roots.pop()!;
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.localName.toLowerCase();
      if (FORBIDDEN_TAGS.has(tag)) findings.push({ what: `<${tag}> element`, where: describe(element) });
      if (tag === 'template') roots.push((element as HTMLTemplateElement).content);
      for (const { name, value } of Array.from(element.attributes)) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) findings.push({ what: `${lower} handler`, where: describe(element) });
        else if (lower === 'style') findings.push({ what: 'style attribute', where: describe(element) });
        else if (lower === 'srcdoc') findings.push({ what: 'srcdoc attribute', where: describe(element) });
        else if (lower === 'shadowrootmode' || lower === 'shadowroot') findings.push({ what: 'declarative shadow root', where: describe(element) });
        else if (URL_ATTRIBUTES.has(lower)) {
          const problem = checkUrl(lower, value);
          if (problem) findings.push({ what: problem, where: describe(element) });
        } else {
          // Any other attribute that reads as a script address would be one in some namespace (SVG values=, to=).
          const scheme = schemeOf(value);
          if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') findings.push({ what: `${scheme}: value in ${lower}`, where: describe(element) });
        }
      }
    }
  }
  return findings;
}

/** The text content of `html` once parsed (what a reader would see, markup-looking text included). */
export function textOfHtml(html: string): string {
  const { document } = new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).window;
  return document.body.textContent ?? '';
}
