/**
 * Reader mode in the page: the cleaned view in a full-viewport overlay (a shadow root, so the page's
 * CSS stays out and ours stays in), over a page that is hidden, never changed, and given back as it was.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { normalizeReaderSettings, readerSettings, type BehaviourSettings, type SiteRule } from '../settings';
import type { Analysis } from '../types';
import { closeButton, siteRuleControl, type SiteRuleControl } from '../ui/overlay-tools';
import { renderOverlayView, type OverlayView } from '../ui/overlay-view';
import { applyReaderSettings } from '../ui/theme';
import { hidePage, READER_HOST_TAG, type HiddenPage } from './page-hider';
import { ruleFor, siteOf } from './site-rules';

/** The host covers the viewport above everything the page can stack; page rules cannot reach inside. */
const HOST_CSS = `:host { position: fixed !important; inset: 0 !important; display: block !important;
  z-index: 2147483647 !important; width: auto !important; height: auto !important; }`;

export interface ReaderModeDeps {
  analysis(): Analysis;
  behaviour(): BehaviourSettings;
  saveRule(url: string, rule: SiteRule | null): void;
  /** The overlay's "Show on page" (in its clutter report): close, then scroll to block N. */
  showOnPage(index: number): void;
  /** Told when the overlay opens or closes (the flags hide under it). */
  onChange(open: boolean): void;
}

export interface ReaderMode {
  isOpen(): boolean;
  /** Opens, closes or toggles; resolves to whether reader mode is open. Calls run one after another. */
  set(open: boolean | 'toggle'): Promise<boolean>;
  /** After an in-page navigation: shows the new story, or closes when there is none. */
  refresh(): Promise<boolean>;
  /** Rules changed elsewhere (the options page, another tab): the open overlay's control follows. */
  syncRule(): void;
  dispose(): void;
}

interface OpenState {
  hidden: HiddenPage;
  view: OverlayView;
  rule: SiteRuleControl | null;
  /** The address reader mode opened on: the scroll position is only given back to the same page. */
  url: string;
}

export function createReaderMode(ctx: ContentScriptContext, doc: Document, deps: ReaderModeDeps): ReaderMode {
  const win = doc.defaultView!;
  let shell: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let state: OpenState | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  // The shadow root (and its stylesheet, fetched once) is made on first use and kept; each opening mounts it.
  const getShell = () =>
    (shell ??= createShadowRootUi(ctx, {
      name: READER_HOST_TAG,
      position: 'inline',
      anchor: () => doc.documentElement,
      append: 'last',
      css: HOST_CSS,
      // Keys pressed in the overlay stay in it: the page's own shortcuts do not fire under reader mode.
      isolateEvents: true,
      onMount: () => {},
    }));

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  function render(analysis: Analysis, settings: ReturnType<typeof normalizeReaderSettings>): { view: OverlayView; rule: SiteRuleControl | null } {
    const url = win.location.href;
    const site = siteOf(url);
    const rule = site ? siteRuleControl(site, ruleFor(deps.behaviour(), url), (next) => deps.saveRule(url, next)) : null;
    const close = closeButton(() => void api.set(false));
    const view = renderOverlayView(analysis, {
      settings,
      tools: [close, ...(rule ? [rule.element] : [])],
      showOnPage: (index) => deps.showOnPage(index),
    });
    return { view, rule };
  }

  async function open(): Promise<void> {
    const started = performance.now();
    const analysis = deps.analysis();
    if (!analysis.article) return;
    const [ui, stored] = await Promise.all([getShell(), readerSettings.getValue()]);
    if (state || ctx.isInvalid) return;
    const { view, rule } = render(analysis, normalizeReaderSettings(stored));
    ui.mount();
    ui.uiContainer.replaceChildren(view.frame);
    const hidden = hidePage(doc, ui.shadowHost);
    state = { hidden, view, rule, url: win.location.href };
    view.dialog.focus({ preventScroll: true });
    // From the request to the focused overlay (read by the browser tests; the frame is ours, not the page's).
    view.frame.dataset.openMs = String(Math.round(performance.now() - started));
    deps.onChange(true);
  }

  function close(): void {
    if (!state) return;
    const { hidden, url } = state;
    state = null;
    hidden.restore({ scroll: url === win.location.href });
    void shell?.then((ui) => ui.remove());
    deps.onChange(false);
  }

  // Escape closes from anywhere: inside the overlay, or with nothing focused (the page is hidden).
  ctx.addEventListener(
    win,
    'keydown',
    (event: KeyboardEvent) => {
      if (!state || event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.stopPropagation();
      event.preventDefault();
      void api.set(false);
    },
    { capture: true },
  );
  const unwatchLook = readerSettings.watch((value) => {
    if (state) applyReaderSettings(state.view.dialog, normalizeReaderSettings(value));
  });

  const api: ReaderMode = {
    isOpen: () => state !== null,
    set(wanted) {
      return serial(async () => {
        const target = wanted === 'toggle' ? !state : wanted;
        if (target && !state) await open();
        else if (!target && state) close();
        return state !== null;
      });
    },
    refresh() {
      return serial(async () => {
        if (!state) return false;
        const analysis = deps.analysis();
        if (!analysis.article) {
          close();
          return false;
        }
        const ui = await getShell();
        const { view, rule } = render(analysis, normalizeReaderSettings(await readerSettings.getValue()));
        if (!state) return false;
        ui.uiContainer.replaceChildren(view.frame);
        state = { ...state, view, rule };
        view.dialog.focus({ preventScroll: true });
        return true;
      });
    },
    syncRule() {
      if (state?.rule) state.rule.set(ruleFor(deps.behaviour(), win.location.href));
    },
    dispose() {
      unwatchLook();
      close();
    },
  };
  return api;
}
