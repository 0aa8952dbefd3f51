/** Firsthand's toolbar button: its badge, and whether a click opens the popup or toggles reader mode. */
import { browser } from 'wxt/browser';
import type { PassiveVerdict } from '../types';

/** MV3's action, MV2's browserAction (the Firefox build). */
export const toolbarAction = () => browser.action ?? browser.browserAction;

/** The popup the manifest names (popup.html); '' while the toolbar button toggles reader mode. */
export function manifestPopup(): string {
  const manifest = browser.runtime.getManifest();
  return manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html';
}

/** The toolbar button opens the popup, or (setting on) toggles reader mode through action.onClicked. */
export async function applyToolbarSetting(togglesReader: boolean): Promise<void> {
  await toolbarAction().setPopup({ popup: togglesReader ? '' : manifestPopup() });
}

/** A copy gets a badge on the button, in the tab it is in; anything else none. */
export function showVerdictOnBadge(tabId: number, verdict: PassiveVerdict): void {
  // The tab may close between its verdict and the badge ("No tab with id"): nothing to show then.
  const tabGone = () => {};
  toolbarAction().setBadgeText({ tabId, text: verdict.isAggregator ? browser.i18n.getMessage('badgeCopy') : '' }).catch(tabGone);
  toolbarAction().setBadgeBackgroundColor({ tabId, color: '#b45309' }).catch(tabGone);
}
