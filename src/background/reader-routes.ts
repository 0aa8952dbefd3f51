/**
 * The background's reader-mode routes: the keyboard command, the page's context menu and (when the
 * reader chose it) the toolbar button. Each loads the content script's full part if the tab lacks
 * it, then sends the same message the popup's button sends.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { ensureReader } from '../page/reader-script';
import { manifestPopup, toolbarAction } from './toolbar';
import { isWebUrl } from '../web-url';

const TOGGLE_COMMAND = 'toggle-reader';
const MENU_ID = 'firsthand-toggle-reader';

/** Toggles reader mode in a tab; false where the full part cannot run (a browser page, the stores). */
async function toggleReader(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined || tabId < 0 || !(await ensureReader(tabId))) return false;
  try {
    await sendMessage('setReader', 'toggle', tabId);
    return true;
  } catch {
    return false;
  }
}

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<boolean> {
  if (command !== TOGGLE_COMMAND) return false;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return toggleReader(target?.id);
}

export function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<boolean> {
  return info.menuItemId === MENU_ID ? toggleReader(tab?.id) : Promise.resolve(false);
}

/**
 * Only fires while the popup is switched off (toolbarTogglesReader). Where reader mode cannot run,
 * the click shows the popup instead, which says why (opened now where the browser allows it).
 */
export async function onActionClicked(tab: Browser.tabs.Tab): Promise<boolean> {
  const fallBack = () => {
    if (tab.id === undefined) return;
    toolbarAction().setPopup({ tabId: tab.id, popup: manifestPopup() }).catch(() => {}); // the tab may be gone
    void toolbarAction().openPopup?.().catch(() => {});
  };
  // An unknown address (no tabs permission for it) may still be a web page: try.
  if (tab.url !== undefined && !isWebUrl(tab.url)) {
    fallBack();
    return false;
  }
  const toggled = await toggleReader(tab.id);
  if (!toggled) fallBack();
  return toggled;
}

/** The page's context menu item; made again on each start, so it exists exactly once. */
export async function createMenu(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title,
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}
