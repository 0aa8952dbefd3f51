/**
 * Keeps the clutter flags on the page in step with the settings, the verdict and reader mode, and
 * answers the popup's "Show on page". The layer's host is added once and kept while flags show, so
 * the page's serialisation is the same whenever reader mode opens and closes over it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Analysis } from '../types';
import { FLAGS_HOST_TAG, findFlagTargets, renderFlagLayer, type FlagLayerView } from './clutter-flags';

/** Page styles cannot reach inside; these keep the host itself a zero-size anchor at the document's origin. */
const HOST_CSS = `:host { position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; display: block !important; z-index: 2147483646 !important;
  pointer-events: none !important; }`;

/** Events that stay inside the layer, so clicking a label's button does not reach the page's handlers. */
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

/** How long "Show on page" keeps a flag on a page whose flags are off. */
const TEMPORARY_FLAG_MS = 4500;

export interface PageFlags {
  /** Shows every block's flag (true) or removes the layer (false). */
  sync(enabled: boolean): Promise<void>;
  /** Reader mode hides the page; the flags hide with it and come back on close. */
  suspend(suspended: boolean): void;
  /** Scrolls to block `index` of the analysis and highlights it; false when it is not on the page. */
  show(index: number): Promise<boolean>;
  dispose(): void;
}

export function createPageFlags(ctx: ContentScriptContext, doc: Document, analysis: () => Analysis): PageFlags {
  const win = doc.defaultView!;
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let view: FlagLayerView | null = null;
  let enabled = false;
  let suspended = false;
  let mounted = false;
  let temporaryTimer: number | undefined;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;
  let generation = 0;

  const getUi = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: FLAGS_HOST_TAG,
      position: 'inline',
      anchor: () => doc.documentElement,
      append: 'last',
      css: HOST_CSS,
      isolateEvents: ISOLATED_EVENTS,
      onMount: () => {},
    }));

  const place = () => {
    frame = 0;
    if (!view || !mounted || suspended) return;
    ui?.then((shell) => {
      const origin = shell.shadowHost.getBoundingClientRect();
      view?.place(origin);
    });
  };
  const schedule = () => {
    if (!frame) frame = ctx.requestAnimationFrame(place);
  };
  ctx.addEventListener(win, 'resize', schedule);
  // A block inside a scrolling box moves when that box scrolls; the document's own scroll moves the layer too.
  ctx.addEventListener(doc, 'scroll', schedule, { capture: true, passive: true });

  async function render(targets: ReturnType<typeof findFlagTargets>): Promise<void> {
    const shell = await getUi();
    view = renderFlagLayer(doc, targets);
    view.root.hidden = suspended;
    if (!mounted) {
      shell.mount();
      mounted = true;
    }
    shell.uiContainer.replaceChildren(view.root);
    resizeObserver?.disconnect();
    resizeObserver = new win.ResizeObserver(schedule);
    resizeObserver.observe(doc.documentElement);
    if (doc.body) resizeObserver.observe(doc.body);
    for (const target of targets) resizeObserver.observe(target.element);
    place();
  }

  function unmount(): void {
    resizeObserver?.disconnect();
    resizeObserver = null;
    view = null;
    if (mounted) void ui?.then((shell) => shell.remove());
    mounted = false;
  }

  return {
    async sync(next) {
      const run = ++generation;
      enabled = next;
      win.clearTimeout(temporaryTimer);
      if (!next) {
        unmount();
        return;
      }
      const targets = findFlagTargets(doc, analysis().clutter);
      if (run !== generation) return;
      await render(targets);
      // A later sync (the setting switched off meanwhile) wins over this one.
      if (run !== generation && !enabled) unmount();
    },
    suspend(next) {
      suspended = next;
      if (view) view.root.hidden = next;
      if (!next) schedule();
    },
    async show(index) {
      const block = analysis().clutter[index];
      const targets = findFlagTargets(doc, analysis().clutter);
      const target = targets.find((item) => item.index === index);
      if (!block || !target) return false;
      if (!enabled) {
        // Flags are off here: this block alone, for a moment.
        ++generation;
        await render([target]);
        win.clearTimeout(temporaryTimer);
        temporaryTimer = win.setTimeout(() => {
          if (!enabled) unmount();
        }, TEMPORARY_FLAG_MS);
      }
      // Smoothly, unless the reader asked for less motion or the tab is not showing (the popup opened in a
      // tab of its own): a background tab may never run the animation, and the reader would find the page unmoved.
      const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches || doc.visibilityState === 'hidden';
      target.element.scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
      schedule();
      return view?.highlight(index) ?? false;
    },
    dispose() {
      generation++;
      unmount();
    },
  };
}
