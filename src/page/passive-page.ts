/**
 * What the content script does on every web page, and nothing more: the passive check, its verdict
 * for the toolbar badge, and the same again after each in-page navigation of a single-page site.
 * When the page needs more (a copy with the flags on, or reader mode to open by itself), it asks the
 * background to load the full part (entrypoints/reader.content), which from then on does all of this
 * itself. Nothing here may import the analyzer, Readability, DOMPurify, turndown or the UI.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { passiveCheck } from '../analysis/passive';
import { sendMessage } from '../messaging';
import { behaviourSettings, type BehaviourSettings } from '../settings';
import type { PassiveVerdict } from '../types';
import { waitForQuiet } from './quiet';
import { handOverVerdict, readerPresent } from './reader-script';
import { normalizeBehaviour, shouldAutoOpen } from './site-rules';

/** Whether the full part must load now: flags on a copy, or reader mode opening on arrival. */
function needsReader(behaviour: BehaviourSettings, url: string, verdict: PassiveVerdict): boolean {
  return (behaviour.flagClutterOnPage && verdict.isAggregator) || shouldAutoOpen(behaviour, url, verdict.isAggregator);
}

/** Starts the passive part on `doc`; returns what stops it. */
export function startPassivePage(ctx: ContentScriptContext, doc: Document): () => void {
  const win = doc.defaultView!;
  let behaviour: BehaviourSettings | null = null;
  let verdict: PassiveVerdict | null = null;
  const loaded = behaviourSettings.getValue().then((value) => void (behaviour = normalizeBehaviour(value)), () => {});

  async function loadIfNeeded(): Promise<void> {
    if (ctx.isInvalid || readerPresent() || !behaviour || !verdict) return;
    if (needsReader(behaviour, win.location.href, verdict)) await sendMessage('loadReader', undefined).catch(() => false);
  }

  /** On arrival and after each in-page navigation, until the full part is here and takes over. */
  async function arrive(navigated: boolean): Promise<void> {
    if (readerPresent()) return;
    if (navigated) await waitForQuiet(doc);
    if (ctx.isInvalid || readerPresent()) return;
    const url = win.location.href;
    verdict = passiveCheck(doc, url);
    // Left for the full part, whoever loads it (this part, the popup, the shortcut): it starts from this
    // verdict, already on the badge, instead of checking again, cold, before it can answer.
    handOverVerdict(url, verdict);
    void sendMessage('reportVerdict', verdict).catch(() => {});
    await loaded;
    await loadIfNeeded();
  }

  void arrive(false);
  ctx.addEventListener(win, 'wxt:locationchange', () => void arrive(true));
  // The reader may switch the flags or automatic reader mode on while the page is open.
  return behaviourSettings.watch((value) => {
    behaviour = normalizeBehaviour(value);
    void loadIfNeeded();
  });
}
