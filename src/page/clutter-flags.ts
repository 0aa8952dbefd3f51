/**
 * Clutter flags on the live page: an outline and a label over each block of `analysis.clutter`.
 *
 * They live in one absolutely positioned layer (a shadow root whose host is the last child of
 * <html>), placed over each block's box. Nothing is inserted in the page's flow and no page element
 * gets an attribute or a style, so the story's text never moves and the page's DOM stays the page's.
 */
import { kindName } from '../analysis/clutter';
import { elementAtPath } from '../analysis/dom-utils';
import type { ClutterBlock } from '../types';
import { t } from '../ui/i18n';

export const FLAGS_HOST_TAG = 'firsthand-flags';

export interface FlagTarget {
  /** The block's index in `analysis.clutter`. */
  index: number;
  block: ClutterBlock;
  element: Element;
}

/** The blocks that can be found on the live page: paths that still lead to an element inside <body>. */
export function findFlagTargets(doc: Document, clutter: readonly ClutterBlock[]): FlagTarget[] {
  const targets: FlagTarget[] = [];
  clutter.forEach((block, index) => {
    const element = block.path ? elementAtPath(doc, block.path) : null;
    if (element && element !== doc.body && doc.body?.contains(element)) targets.push({ index, block, element });
  });
  return targets;
}

export interface FlagBox {
  index: number;
  top: number;
  left: number;
  width: number;
  height: number;
  /** False for a block the page does not show (display: none, zero size): its flag is hidden too. */
  visible: boolean;
}

/** The outline stands this far outside the block, so its line does not run through the block's text. */
export const FLAG_OUTSET = 3;

/** Where each flag goes, relative to the layer's origin (both measured in the viewport). */
export function measureFlags(targets: readonly FlagTarget[], origin: { left: number; top: number }): FlagBox[] {
  return targets.map(({ index, element }) => {
    const rect = element.getBoundingClientRect();
    return {
      index,
      top: rect.top - origin.top - FLAG_OUTSET,
      left: rect.left - origin.left - FLAG_OUTSET,
      width: rect.width + 2 * FLAG_OUTSET,
      height: rect.height + 2 * FLAG_OUTSET,
      visible: rect.width > 0 && rect.height > 0,
    };
  });
}

/** "Related stories: headed …" -> ["Related stories", "headed …"]; the kind's name when the reason lacks it. */
export function labelParts(block: ClutterBlock): { kind: string; detail: string } {
  const kind = kindName(block.kind);
  const prefix = `${kind}: `;
  return block.reason.startsWith(prefix) ? { kind, detail: block.reason.slice(prefix.length) } : { kind, detail: block.reason };
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function setCollapsed(flag: HTMLElement, toggle: HTMLElement, kind: string, collapsed: boolean): void {
  flag.toggleAttribute('data-collapsed', collapsed);
  toggle.setAttribute('aria-expanded', String(!collapsed));
  toggle.setAttribute('aria-label', t(collapsed ? 'flagExpand' : 'flagCollapse', kind));
  toggle.textContent = collapsed ? '+' : '–';
}

/** One flag: the outline box and its label (kind, reason, a button that collapses the label). */
function renderFlag(doc: Document, target: FlagTarget): HTMLElement {
  const { kind, detail } = labelParts(target.block);
  const flag = make(doc, 'div', 'fh-flag');
  flag.dataset.index = String(target.index);
  flag.dataset.kind = target.block.kind;
  const label = make(doc, 'div', 'fh-flag-label');
  label.setAttribute('role', 'note');
  label.title = target.block.reason;
  const toggle = make(doc, 'button', 'fh-flag-toggle');
  toggle.type = 'button';
  toggle.addEventListener('click', (event) => {
    if (event.isTrusted) setCollapsed(flag, toggle, kind, !flag.hasAttribute('data-collapsed'));
  });
  setCollapsed(flag, toggle, kind, false);
  label.append(toggle, make(doc, 'strong', 'fh-flag-kind', kind), make(doc, 'span', 'fh-flag-detail', detail));
  flag.append(label);
  return flag;
}

function placeFlags(flags: ReadonlyMap<number, HTMLElement>, boxes: readonly FlagBox[]): void {
  for (const box of boxes) {
    const flag = flags.get(box.index);
    if (!flag) continue;
    flag.hidden = !box.visible;
    flag.style.transform = `translate(${Math.round(box.left)}px, ${Math.round(box.top)}px)`;
    flag.style.width = `${Math.round(box.width)}px`;
    flag.style.height = `${Math.round(box.height)}px`;
  }
}

export interface FlagLayerView {
  /** The layer's root, to be placed in the shadow root. */
  root: HTMLElement;
  flags: Map<number, HTMLElement>;
  /** Measures every block again and moves the flags (after a resize, a scroll inside a box, a reflow). */
  place(origin: { left: number; top: number }): void;
  /** Scrolls-into-view target's flag made prominent for a moment; false when the block is not on the page. */
  highlight(index: number): boolean;
}

export function renderFlagLayer(doc: Document, targets: readonly FlagTarget[]): FlagLayerView {
  const root = make(doc, 'div', 'fh-flags');
  // Labels sit at each block's end corner: the right in a left-to-right page, the left in Arabic or Hebrew.
  const body = doc.body;
  root.dir = body && doc.defaultView?.getComputedStyle(body).direction === 'rtl' ? 'rtl' : 'ltr';
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', t('flagsLabel', String(targets.length)));
  const flags = new Map<number, HTMLElement>();
  for (const target of targets) {
    const flag = renderFlag(doc, target);
    flags.set(target.index, flag);
    root.append(flag);
  }
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    root,
    flags,
    place(origin) {
      placeFlags(flags, measureFlags(targets, origin));
    },
    highlight(index) {
      const flag = flags.get(index);
      if (!flag) return false;
      for (const other of flags.values()) other.removeAttribute('data-highlight');
      const toggle = flag.querySelector<HTMLElement>('.fh-flag-toggle');
      if (toggle) setCollapsed(flag, toggle, labelParts(targets.find((item) => item.index === index)!.block).kind, false);
      flag.setAttribute('data-highlight', '');
      clearTimeout(highlightTimer);
      highlightTimer = setTimeout(() => flag.removeAttribute('data-highlight'), 4000);
      return true;
    },
  };
}
