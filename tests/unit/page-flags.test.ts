// @vitest-environment happy-dom
/** Clutter flags: found on the live page by path, placed over each block, labelled, collapsible, never in the page's flow. */
import { describe, expect, it, vi } from 'vitest';

// Labels go through i18n; outside a browser each message is its key.
vi.mock('wxt/browser', () => ({ browser: { i18n: { getMessage: (key: string) => key } } }));

import { FLAG_OUTSET, findFlagTargets, labelParts, measureFlags, renderFlagLayer } from '../../src/page/clutter-flags';
import { isOwnMutation } from '../../src/page/page-analyzer';
import type { ClutterBlock } from '../../src/types';

function page(): Element[] {
  const blocks = ['Top stories', 'Story text', 'Related Articles'].map((text) => {
    const div = document.createElement('div');
    div.textContent = text;
    return div;
  });
  document.body.replaceChildren(...blocks);
  return blocks;
}

const block = (kind: ClutterBlock['kind'], reason: string, path?: number[]): ClutterBlock => ({ kind, reason, text: '', path });

describe('clutter flags', () => {
  it('finds each block on the live page by its path from <html>, skipping paths that lead nowhere', () => {
    const [top, , related] = page();
    const clutter = [block('top-stories', 'Top stories: headed "Top stories"', [1, 0]), block('promo', 'Promo', [1, 9]), block('related-stories', 'Related stories: 3', [1, 2]), block('promo', 'no path')];
    const targets = findFlagTargets(document, clutter);
    expect(targets.map((t) => [t.index, t.element])).toEqual([[0, top], [2, related]]);
  });

  it('splits the reason into the kind and the detail for the label', () => {
    expect(labelParts(block('related-stories', 'Related stories: headed "Related Articles", 9 links'))).toEqual({ kind: 'Related stories', detail: 'headed "Related Articles", 9 links' });
    expect(labelParts(block('comments', 'a comment box'))).toEqual({ kind: 'Comments', detail: 'a comment box' });
  });

  it('places each flag just outside its block, relative to the layer, and hides flags of blocks the page does not show', () => {
    const [top] = page();
    top!.getBoundingClientRect = () => ({ left: 10, top: 200, width: 300, height: 40 }) as DOMRect;
    const targets = findFlagTargets(document, [block('top-stories', 'Top stories: x', [1, 0]), block('promo', 'Promo: y', [1, 1])]);
    const boxes = measureFlags(targets, { left: 0, top: -100 });
    expect(boxes[0]).toEqual({ index: 0, top: 300 - FLAG_OUTSET, left: 10 - FLAG_OUTSET, width: 300 + 2 * FLAG_OUTSET, height: 40 + 2 * FLAG_OUTSET, visible: true });
    expect(boxes[1]!.visible).toBe(false);
  });

  it('renders one labelled flag per block; the page itself is not touched', () => {
    page();
    const before = document.documentElement.outerHTML;
    const layer = renderFlagLayer(document, findFlagTargets(document, [block('top-stories', 'Top stories: headed "Top stories"', [1, 0])]));
    const flag = layer.flags.get(0)!;
    expect(flag.dataset.kind).toBe('top-stories');
    expect(flag.querySelector('.fh-flag-kind')?.textContent).toBe('Top stories');
    expect(flag.querySelector('.fh-flag-detail')?.textContent).toBe('headed "Top stories"');
    expect(flag.querySelector('.fh-flag-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(layer.highlight(0)).toBe(true);
    expect(flag.hasAttribute('data-highlight')).toBe(true);
    expect(layer.highlight(5)).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('does not count Firsthand\'s own hosts as changes to the page (the cached analysis stays)', () => {
    const host = document.createElement('firsthand-flags');
    const own = { type: 'childList', target: document.documentElement, addedNodes: [host], removedNodes: [] } as unknown as MutationRecord;
    const inside = { type: 'childList', target: host, addedNodes: [document.createElement('style')], removedNodes: [] } as unknown as MutationRecord;
    const page = { type: 'childList', target: document.body, addedNodes: [document.createElement('p')], removedNodes: [] } as unknown as MutationRecord;
    expect(isOwnMutation(own)).toBe(true);
    expect(isOwnMutation(inside)).toBe(true);
    expect(isOwnMutation(page)).toBe(false);
  });
});
