/**
 * The page as the analysis may safely read it: a clone taken with the DOM's own methods (a hostile
 * page can shadow document.cloneNode), with the names that shadow DOM members taken out of it, and
 * with nesting deeper than any real page's flattened, so no step's work grows with a pathological depth.
 */
import { prototypeDescriptor } from './dom-utils';
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
function domMember(target: object, name: string): unknown {
  const descriptor = prototypeDescriptor(Object.getPrototypeOf(target) as object | null, name);
  return descriptor?.get ? descriptor.get.call(target) : descriptor?.value;
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

/** A new, empty document of the same kind, address and mode as `document` (a clone without its children). */
export function emptyCopyOf(document: Document): Document {
  return callDom<Document>(document, 'cloneNode', false);
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

/** Per document and form prototype (one pair per DOM), built once: the names a page may not use, and the bound members. */
const memberCache = new WeakMap<object, WeakMap<object, { members: Set<string>; dom: ReturnType<typeof elementMembers> }>>();

function shadowableMembers(documentProto: object, form: Element) {
  const formProto = Object.getPrototypeOf(form) as object;
  let byForm = memberCache.get(documentProto);
  if (!byForm) memberCache.set(documentProto, (byForm = new WeakMap()));
  let found = byForm.get(formProto);
  if (!found) {
    // A fresh form has no controls, so its own names are members, not named properties; element members
    // are taken from the prototype chain, as a form's controls shadow them on the form.
    found = { members: new Set([...memberNames(documentProto), ...memberNames(form)]), dom: elementMembers(formProto) };
    byForm.set(formProto, found);
  }
  return found;
}

/** Elements whose name becomes a property of the document (and, for objects and named images, whose id). */
const DOCUMENT_NAMED = new Set(['EMBED', 'FORM', 'IFRAME', 'IMG', 'OBJECT']);
/** Elements whose name or id becomes a property of their form. */
const FORM_LISTED = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);

export interface PreparedClone {
  /** Name and id attributes taken out because they shadow a member of the document or of a form. */
  unclobbered: number;
  /** Elements unwrapped because they sat deeper than MAX_TREE_DEPTH. */
  unwrapped: number;
}

/**
 * Readies a clone for analysis in one walk over its elements (iterative, so depth cannot overflow
 * the stack):
 *
 * - Takes out every name and id that would shadow a member of the document or of a form
 *   (`<form name="documentElement">`, `<img name="getElementById">`, `<input name="attributes">`),
 *   so Readability and our own code read the real members. Only forms and the document have such
 *   named properties, so only a form's members are read past them here.
 * - Flattens nesting deeper than `maxDepth` (counted from <html>, as a clutter block's path is): past
 *   it, wrappers that hold blocks are unwrapped (their children take their place, in order), and
 *   past `maxDepth + 32` every element that holds elements is. Text, paragraphs and order survive.
 */
export function prepareClone(clone: Document, options: { maxDepth?: number; flatten?: boolean } = {}): PreparedClone {
  return readyNames(clone, { ...options, change: true });
}

/**
 * Whether anything in a document shadows a DOM member the analysis or Readability reads: a name or id
 * prepareClone would take out of a clone of it, or a property set on the document itself. Only reads
 * the document (the live page).
 */
export function shadowsMembers(document: Document): boolean {
  if (DOCUMENT_MEMBERS_READ.some((name) => Object.prototype.hasOwnProperty.call(document, name))) return true;
  return readyNames(document, { flatten: false, change: false }).unclobbered > 0;
}

/** The document's members read by the analysis, Readability and DOMPurify; named elements aside, nothing sets them on a page's document. */
const DOCUMENT_MEMBERS_READ = [
  'baseURI', 'body', 'childNodes', 'children', 'cloneNode', 'contentType', 'createElement', 'createTextNode', 'defaultView',
  'documentElement', 'documentURI', 'firstChild', 'firstElementChild', 'getElementById', 'getElementsByClassName',
  'getElementsByTagName', 'head', 'implementation', 'importNode', 'querySelector', 'querySelectorAll', 'title',
];

function readyNames(doc: Document, { maxDepth = MAX_TREE_DEPTH, flatten = true, change }: { maxDepth?: number; flatten?: boolean; change: boolean }): PreparedClone {
  const root = domMember(doc, 'documentElement') as Element | null;
  if (!root) return { unclobbered: 0, unwrapped: 0 };
  // A form made by the document's own method and never inserted: creating it changes nothing in the document.
  const form = callDom<Element>(doc, 'createElement', 'form');
  const { members, dom } = shadowableMembers(Object.getPrototypeOf(doc) as object, form);
  let unclobbered = 0;
  const strip = (element: Element, attribute: string) => {
    const value = dom.getAttribute(element, attribute);
    if (value !== null && members.has(value)) {
      if (change) dom.removeAttribute(element, attribute);
      unclobbered++;
    }
  };
  const checkNames = (element: Element, inForm: boolean | (() => boolean)) => {
    const tag = dom.tagName(element).toUpperCase();
    if (DOCUMENT_NAMED.has(tag) || FORM_LISTED.has(tag)) {
      const listed = FORM_LISTED.has(tag) && ((typeof inForm === 'function' ? inForm() : inForm) || dom.hasAttribute(element, 'form'));
      if (DOCUMENT_NAMED.has(tag) || listed) strip(element, 'name');
      if (tag === 'OBJECT' || listed || (tag === 'IMG' && dom.hasAttribute(element, 'name'))) strip(element, 'id');
    }
    return tag;
  };
  // Most pages nest nowhere near maxDepth: then the few elements that can be named are found by the
  // browser's own selector matching, not by a walk over every element. A caller that walks the tree
  // anyway (the analysis' text scope) asks for names only, and for flattening when its walk went deep.
  if (!flatten || !nestsDeeperThan(root, maxDepth, dom)) {
    // Most named elements are the head's metas, which shadow nothing: whether one is in a form is asked only of form controls.
    for (const element of dom.querySelectorAll(root, NAMEABLE_SELECTOR)) checkNames(element, () => dom.closest(element, 'form') !== null);
    return { unclobbered, unwrapped: 0 };
  }
  const unwrap: Element[] = [];
  const stack: Array<[Element, number, boolean]> = [[root, 0, false]];
  while (stack.length) {
    const [element, depth, inForm] = stack.pop()!;
    const tag = checkNames(element, inForm);
    let childDepth = depth + 1;
    if (depth > maxDepth) {
      let flatten = false;
      for (let child = dom.firstElementChild(element); child && !flatten; child = dom.nextElementSibling(child)) {
        flatten = depth > maxDepth + INLINE_DEPTH_SLACK || isBlockTag(dom.tagName(child));
      }
      if (flatten) {
        unwrap.push(element);
        childDepth = depth;
      }
    }
    for (let child = dom.lastElementChild(element); child; child = dom.previousElementSibling(child)) stack.push([child, childDepth, inForm || tag === 'FORM']);
  }
  for (const element of unwrap) {
    const parent = dom.parentNode(element);
    if (!parent) continue;
    for (let child = dom.firstChild(element); child; child = dom.firstChild(element)) dom.insertBefore(parent, child, element);
    dom.remove(element);
  }
  return { unclobbered, unwrapped: unwrap.length };
}

/**
 * The elements whose name or id can shadow a member of the document or of their form: every named
 * one, objects, and the ids of a form's controls. Matching attributes is several times quicker in
 * Blink than matching the eleven tags (0.08 against 0.7 ms on a fresh clone of a news page).
 */
const NAMEABLE_SELECTOR = '[name], [form], object, form [id]';

/**
 * Whether some element sits deeper than `maxDepth` below the root (an element at exactly maxDepth + 1
 * exists then), asked of the browser's selector engine; a DOM that cannot answer gets the walk.
 */
function nestsDeeperThan(root: Element, maxDepth: number, dom: ReturnType<typeof elementMembers>): boolean {
  try {
    return dom.querySelector(root, `${dom.tagName(root).toLowerCase()}${' > *'.repeat(maxDepth + 1)}`) !== null;
  } catch {
    return true;
  }
}

/** The element members the walk uses, bound once from an element's prototype chain. */
function elementMembers(elementProto: object) {
  // Bound from the prototype, not from an element: closures that kept an element would keep its
  // document (a whole clone) alive for as long as these members are cached.
  const find = (name: string) => prototypeDescriptor(elementProto, name);
  // A member some DOM keeps on the instance (linkedom's parentNode) is read there: named properties do not reach it.
  const getter = <T>(name: string) => {
    const get = find(name)?.get;
    return get ? (node: Node) => get.call(node) as T : (node: Node) => (node as unknown as Record<string, T>)[name]!;
  };
  const method = <T>(name: string) => {
    const fn = find(name)?.value as ((...args: unknown[]) => T) | undefined;
    if (typeof fn !== 'function') throw new TypeError(`This DOM has no ${name}()`);
    return (node: Node, ...args: unknown[]) => fn.apply(node, args);
  };
  return {
    tagName: getter<string>('tagName'),
    firstElementChild: getter<Element | null>('firstElementChild'),
    lastElementChild: getter<Element | null>('lastElementChild'),
    nextElementSibling: getter<Element | null>('nextElementSibling'),
    previousElementSibling: getter<Element | null>('previousElementSibling'),
    firstChild: getter<ChildNode | null>('firstChild'),
    parentNode: getter<ParentNode | null>('parentNode'),
    getAttribute: method<string | null>('getAttribute') as (node: Node, name: string) => string | null,
    hasAttribute: method<boolean>('hasAttribute') as (node: Node, name: string) => boolean,
    removeAttribute: method<void>('removeAttribute') as (node: Node, name: string) => void,
    insertBefore: method<Node>('insertBefore') as (node: Node, child: Node, before: Node) => Node,
    remove: method<void>('remove') as (node: Node) => void,
    querySelector: method<Element | null>('querySelector') as (node: Node, selectors: string) => Element | null,
    querySelectorAll: ((node: Node, selectors: string) => Array.from(method<NodeListOf<Element>>('querySelectorAll')(node, selectors))) as (node: Node, selectors: string) => Element[],
    closest: method<Element | null>('closest') as (node: Node, selectors: string) => Element | null,
  };
}

/** A clutter block's path, when it still leads to the same element in the live page (flattening moves the deep ones). */
export function livePath(path: number[]): number[] | undefined {
  return path.length <= MAX_TREE_DEPTH ? path : undefined;
}
