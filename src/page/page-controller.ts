/**
 * The content script's full part, loaded into a tab on demand (src/page/reader-script.ts), wired
 * together: the passive check (for the badge), reader mode, the clutter flags, the per-site rules,
 * and all of it again after each in-page navigation of a single-page site. Once it is here, the
 * passive part (src/page/passive-page.ts) leaves the page to it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { passiveCheck } from '../analysis/passive';
import { sendMessage, type ReaderState } from '../messaging';
import { behaviourSettings, type SiteRule } from '../settings';
import type { Analysis, PassiveVerdict } from '../types';
import { createPageAnalyzer } from './page-analyzer';
import { createPageFlags } from './page-flags';
import { waitForQuiet } from './quiet';
import { createReaderMode } from './reader-mode';
import { takeHandedVerdict } from './reader-script';
import { normalizeBehaviour, shouldAutoOpen, withSiteRule } from './site-rules';

export interface PageController {
  analysis(): Analysis;
  setReader(open: boolean | 'toggle'): Promise<ReaderState>;
  readerState(): ReaderState;
  showClutter(index: number): Promise<boolean>;
  dispose(): void;
}

export function startPage(ctx: ContentScriptContext, doc: Document): PageController {
  const win = doc.defaultView!;
  const analyzer = createPageAnalyzer(doc, () => win.location.href);
  const analysis = () => analyzer.analysis();
  let behaviour = normalizeBehaviour(null);
  let verdict: PassiveVerdict | null = null;

  const flags = createPageFlags(ctx, doc, analysis);
  const wantFlags = () => behaviour.flagClutterOnPage && verdict?.isAggregator === true;

  const saveRule = async (url: string, rule: SiteRule | null) => {
    await behaviourSettings.setValue(withSiteRule(normalizeBehaviour(await behaviourSettings.getValue()), url, rule));
  };

  async function showClutter(index: number): Promise<boolean> {
    if (reader.isOpen()) await reader.set(false);
    return flags.show(index);
  }

  const reader = createReaderMode(ctx, doc, {
    analysis,
    behaviour: () => behaviour,
    saveRule: (url, rule) => void saveRule(url, rule),
    showOnPage: (index) => void showClutter(index),
    onChange: (open) => flags.suspend(open),
  });

  const loaded = behaviourSettings.getValue().then((value) => (behaviour = normalizeBehaviour(value)));
  const unwatch = behaviourSettings.watch((value) => {
    behaviour = normalizeBehaviour(value);
    reader.syncRule();
    void flags.sync(wantFlags());
  });

  /**
   * On loading and after each in-page navigation: check, report, open reader mode if asked, flag.
   * Reader mode may already be open on loading (the request that loaded this part opened it).
   */
  async function arrive(navigated: boolean): Promise<void> {
    if (navigated) await waitForQuiet(doc);
    if (ctx.isInvalid) return;
    const url = win.location.href;
    // On arrival the part starts from the passive part's verdict for this address (already on the badge),
    // whoever loaded it: checking again here would run the check cold before the popup gets an answer.
    const handed = navigated ? null : takeHandedVerdict(url);
    verdict = handed ?? passiveCheck(doc, url);
    if (!handed) void sendMessage('reportVerdict', verdict).catch(() => {});
    await loaded;
    if (reader.isOpen()) {
      if (navigated) await reader.refresh();
    } else if (shouldAutoOpen(behaviour, url, verdict.isAggregator)) await reader.set(true);
    await flags.sync(wantFlags());
  }

  void arrive(false);
  // Single-page news sites change the address without reloading: check each new story again.
  ctx.addEventListener(win, 'wxt:locationchange', () => void arrive(true));

  return {
    analysis,
    setReader: async (open) => ({ open: await reader.set(open) }),
    readerState: () => ({ open: reader.isOpen() }),
    showClutter,
    dispose() {
      unwatch();
      reader.dispose();
      flags.dispose();
      analyzer.dispose();
    },
  };
}
