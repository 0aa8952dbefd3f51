/**
 * The page as the analysis may safely read it: a clone taken with the DOM's own methods (a hostile
 * page can shadow document.cloneNode), with the names that shadow DOM members taken out of it, and
 * with nesting deeper than any real page's flattened, so no step's work grows with a pathological depth.
 */
import { isBlockTag } from './text';

/**
 * Deepest nesting the analysis works on. Real article pages stay under 60 levels (the deepest of the
 * 237 fixture and benchmark pages is 50); Readability's cost grows with the cube of a chain of
 * wrappers, so a page nested 5,000 deep would take minutes. Blink's own parser stops at 512.
 */
export const MAX_TREE_DEPTH = 128;
/** Beyond MAX_TREE_DEPTH, inline elements may still nest this much more (links in emphasis in quotes). */
const INLINE_DEPTH_SLACK = 32;

/**
 * A member read from the object's prototype chain, never from the object itself: `<img name="body">`
 * makes document.body the image in browsers (named properties of Document and HTMLFormElement
 * override built-in members), but not Document.prototype's getter for it.
 */
export function domMember(target: object, name: string): unknown {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.get ? descriptor.get.call(target) : descriptor.value;
  }
  return undefined;
}

function callDom<T>(target: object, name: string, ...args: unknown[]): T {
  const method = domMember(target, name);
  if (typeof method !== 'function') throw new TypeError(`This DOM has no ${name}()`);
  return (method as (...rest: unknown[]) => T).apply(target, args);
}

/** A deep clone of the document, by Node.prototype.cloneNode whatever the page named its elements. */
export function cloneDocument(document: Document): Document {
  return callDom<Document>(document, 'cloneNode', true);
}

/**
 * The document's root and body (or frameset), its type and window, read past any clobbering names
 * and without document.body, whose getter in linkedom inserts a <head> and <body> when a page has none.
 */
export function documentParts(document: Document): { root: Element | null; body: Element | null; contentType: string | null; defaultView: unknown } {
  const read = (name: string) => {
    try {
      return domMember(document, name);
    } catch {
      return null;
    }
  };
  const root = (read('documentElement') as Element | null) ?? null;
  let body: Element | null = null;
  for (let child = root?.firstElementChild ?? null; child && !body; child = child.nextElementSibling) {
    if (/^(?:body|frameset)$/i.test(child.localName ?? child.tagName)) body = child;
  }
  const contentType = read('contentType');
  return { root, body, contentType: typeof contentType === 'string' ? contentType : null, defaultView: read('defaultView') };
}

function memberNames(object: object): Set<string> {
  // Some DOMs (linkedom) keep members such as parentNode and nodeType on the instance.
  const names = new Set<string>(Object.getOwnPropertyNames(object));
  for (let proto = Object.getPrototypeOf(object) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  return names;
}

/** Elements whose name (or id) becomes a property of the document or of their form (HTML's named properties). */
const FORM_LISTED = ['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img'];
const CLOBBERING_SELECTOR = [
  'embed[name]', 'form[name]', 'iframe[name]', 'img[name]', 'object[name]', 'object[id]', 'img[id]',
  ...FORM_LISTED.flatMap((tag) => [`form ${tag}[name]`, `form ${tag}[id]`, `${tag}[form][name]`, `${tag}[form][id]`]),
].join(', ');

/**
 * Takes out of the clone every name and id that would shadow a member of the document or of a form
 * (`<form name="documentElement">`, `<img name="getElementById">`, `<input name="attributes">`), so
 * that Readability and our own code read the real members. Returns how many attributes it removed.
 */
export function removeClobberingNames(clone: Document): number {
  // A fresh form has no controls, so its own names are members, not named properties.
  const form = callDom<Element>(clone, 'createElement', 'form');
  const members = new Set([...memberNames(Object.getPrototypeOf(clone) as object), ...memberNames(form)]);
  let removed = 0;
  for (const element of Array.from(callDom<ArrayLike<Element>>(clone, 'querySelectorAll', CLOBBERING_SELECTOR))) {
    for (const attribute of ['name', 'id']) {
      const value = callDom<string | null>(element, 'getAttribute', attribute);
      if (value !== null && members.has(value)) {
        callDom(element, 'removeAttribute', attribute);
        removed++;
      }
    }
  }
  return removed;
}

function hasElementChild(element: Element, test: (child: Element) => boolean): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (test(child)) return true;
  return false;
}

/**
 * Flattens nesting deeper than `maxDepth` (counted from <html>, as a clutter block's path is): past
 * it, wrappers that hold blocks are unwrapped (their children take their place, in order), and past
 * `maxDepth + 32` every element that holds elements is. Text, paragraphs and their order survive.
 * Iterative, so depth cannot overflow the stack. Returns the number of elements unwrapped.
 */
export function flattenDeepNesting(document: Document, maxDepth = MAX_TREE_DEPTH): number {
  const root = document.documentElement;
  if (!root) return 0;
  const unwrap: Element[] = [];
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    let childDepth = depth + 1;
    if (depth > maxDepth) {
      const flatten = depth > maxDepth + INLINE_DEPTH_SLACK
        ? element.firstElementChild !== null
        : hasElementChild(element, (child) => isBlockTag(child.tagName));
      if (flatten) {
        unwrap.push(element);
        childDepth = depth;
      }
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push([child, childDepth]);
  }
  for (const element of unwrap) {
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    element.remove();
  }
  return unwrap.length;
}

/** A clutter block's path, when it still leads to the same element in the live page (flattening moves the deep ones). */
export function livePath(path: number[]): number[] | undefined {
  return path.length <= MAX_TREE_DEPTH ? path : undefined;
}
