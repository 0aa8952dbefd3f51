/**
 * Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi, with
 * .output/firefox-mv2 installed as a temporary add-on.
 *
 * Two things go through Firefox's own (chrome-privileged) JavaScript, which
 * --remote-allow-system-access opens to BiDi: clicking the toolbar button (there is no BiDi command
 * for it) and opening about: and moz-extension: pages (puppeteer loses a tab whose page moves to
 * another process, so those tabs are opened by the browser window itself and found by their URL).
 */
import { type Browser, type Page, launch } from 'puppeteer-core';
import { join } from 'node:path';
import {
  POPUP_VIEWPORT, ROOT, TIMEOUTS, queryTabs, readPopup, screenshotPath, within,
  type ClipboardReading, type ExtensionActivity, type ExtensionApi, type ExtensionBrowser, type PageHandle, type PopupPage, type PopupReading,
} from './extension-browser';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'firsthand@firsthand.news';
/** Fixed by pref, so the extension's pages have a known address. */
const EXTENSION_UUID = '6d1c9b52-4f0e-4a3b-9e27-5c8d0f1a2b3c';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  /** BiDi events (puppeteer subscribes the session to the browsingContext, network and log modules). */
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
}
interface ContextTree {
  contexts: Array<{ context: string; url: string }>;
}

export async function launchFirefox(fixturePort: number): Promise<ExtensionBrowser> {
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    timeout: TIMEOUTS.launch,
    acceptInsecureCerts: true, // the fixture server's self-signed certificate
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Every http:// and https:// request goes through the fixture server as a proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': fixturePort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': fixturePort,
    },
  });
  try {
    await browser.installExtension(EXTENSION_DIR);
    return await wrap(browser);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

async function wrap(browser: Browser): Promise<ExtensionBrowser> {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = async (scope?: 'chrome'): Promise<ContextTree> =>
    (await bidi.send('browsingContext.getTree', scope ? { 'moz:scope': scope } : {})).result as ContextTree;
  const [window] = (await tree('chrome')).contexts;
  // Firefox before ESR 153 ignores moz:scope and lists its tabs instead of its windows.
  if (!window?.url.startsWith('chrome://')) {
    throw new Error(`No browser window over WebDriver BiDi (got ${window?.url ?? 'nothing'}): these tests need Firefox ESR 153 or newer (${await browser.version()})`);
  }

  /** Runs privileged JavaScript in the browser window (where `gBrowser` is the tab strip); a string it returns comes back. */
  async function inWindow(expression: string): Promise<string | undefined> {
    const { result } = await bidi.send('script.evaluate', {
      expression,
      target: { context: window!.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const outcome = result as { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } };
    if (outcome.type !== 'success') throw new Error(`In the browser window: ${outcome.exceptionDetails?.text}`);
    return outcome.result?.type === 'string' ? (outcome.result.value as string) : undefined;
  }

  /** Selects (in the window) the tab showing url; returns puppeteer's page for it. */
  async function pageAt(url: string, select: boolean): Promise<Page> {
    const href = new URL(url).href;
    const page = await within(TIMEOUTS.page, `a tab at ${href}`, async () => {
      const context = (await tree()).contexts.find((c) => c.url === href);
      // puppeteer's Frame keeps the BiDi browsing context id as _id.
      return context && (await browser.pages()).find((p) => (p.mainFrame() as unknown as { _id: string })._id === context.context);
    });
    if (select) {
      await inWindow(`{
        const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(href)});
        if (!tab) throw new Error('No tab at ' + ${JSON.stringify(href)});
        gBrowser.selectedTab = tab;
      }`);
    }
    return page;
  }

  /** Opens url in a new selected tab, from the window, and waits for it to load. */
  async function openPrivileged(url: string): Promise<Page> {
    await inWindow(`(async () => {
      const tab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
      });
      gBrowser.selectedTab = tab;
      const deadline = Date.now() + ${TIMEOUTS.page};
      while (tab.linkedBrowser.currentURI.spec === 'about:blank' || tab.linkedBrowser.webProgress?.isLoadingDocument) {
        if (Date.now() > deadline) throw new Error('Timed out loading ' + ${JSON.stringify(url)});
        await new Promise((done) => setTimeout(done, 50));
      }
    })()`);
    return pageAt(url, false);
  }

  /**
   * Presses keys in the browser window through nsITextInputProcessor, the way a keyboard's events
   * arrive: the window's key handlers (an extension's shortcut among them) see them as real key presses.
   */
  async function shortcutInWindow(keys: string[]): Promise<void> {
    const CODES: Record<string, [string, number]> = { Alt: ['AltLeft', 18], Shift: ['ShiftLeft', 16], Control: ['ControlLeft', 17] };
    const events = keys.map((key) => {
      const [code, keyCode] = CODES[key] ?? [`Key${key.toUpperCase()}`, key.toUpperCase().charCodeAt(0)];
      return { key, code, keyCode };
    });
    await inWindow(`(() => {
      gBrowser.selectedBrowser.focus();
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('No input transaction');
      const events = ${JSON.stringify(events)}.map((init) => new KeyboardEvent('', init));
      for (const event of events) tip.keydown(event);
      for (const event of events.reverse()) tip.keyup(event);
    })()`);
  }

  let probe: Page | undefined;
  const pages = new Map<string, Page>();
  const probePage = async () => (probe ??= await openPrivileged(`moz-extension://${EXTENSION_UUID}/popup.html`));

  function handle(page: Page): PageHandle {
    return {
      evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
      click: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
      screenshot: async (path) => void (await page.screenshot({ path })),
      setViewport: (width, height) => page.setViewport({ width, height }),
      // Selecting the tab from the window (puppeteer's bringToFront does not switch Firefox's tab strip).
      activate: async () => {
        await page.bringToFront();
        await pageAt(page.url(), true);
      },
      reload: async () => void (await page.reload({ timeout: TIMEOUTS.page })),
      url: () => page.url(),
    };
  }

  /** popup.html?tab=<id> in a new selected tab, once #app is no longer busy (ms from opening to then), at popup size. */
  async function openPopup(tabId: number): Promise<{ page: Page; ms: number }> {
    const started = performance.now();
    const page = await openPrivileged(`moz-extension://${EXTENSION_UUID}/popup.html?tab=${tabId}`);
    await page.waitForSelector('#app[aria-busy="false"]', { timeout: TIMEOUTS.popup });
    const ms = Math.round(performance.now() - started);
    await page.setViewport(POPUP_VIEWPORT);
    return { page, ms };
  }

  /**
   * The browser's own clipboard (headless Firefox keeps it in memory, HeadlessClipboard), read by the
   * window's privileged code through nsIClipboard with an nsITransferable per flavour: what a paste gets.
   */
  async function readClipboardInWindow(): Promise<ClipboardReading> {
    const json = await inWindow(`(() => {
      const read = (flavor) => {
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor(flavor);
        Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
        const data = {};
        try {
          transferable.getTransferData(flavor, data);
        } catch {
          return null; // no data of that flavour
        }
        return data.value.QueryInterface(Ci.nsISupportsString).data;
      };
      return JSON.stringify({ text: read('text/plain'), html: read('text/html') });
    })()`);
    return JSON.parse(json ?? 'null') as ClipboardReading;
  }

  return {
    name: 'firefox',

    async openTab(url) {
      if (/^https?:/.test(url)) {
        const page = await browser.newPage();
        await page.goto(url, { timeout: TIMEOUTS.page });
        pages.set(url, page);
      } else {
        await openPrivileged(url);
      }
    },

    async clickAction(url) {
      await pageAt(url, true);
      // What a click on the button does (ext-browserAction.js): grant activeTab, open the popup. A popup
      // left open by an earlier click is closed first, as moving to another tab would have closed it;
      // otherwise this click would only close it.
      await inWindow(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ADDON_ID)});
        ViewPopup.for(extension, window)?.closePopup();
        await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      })()`);
    },

    async tabId(url) {
      await probePage();
      return within(TIMEOUTS.page, `a tab the extension sees at ${url}`, async () => {
        const tabs = await probe!.evaluate(queryTabs);
        return tabs.find((tab) => tab.url === new URL(url).href)?.id;
      });
    },

    async openPopupView(tabId, name): Promise<PopupReading> {
      const { page, ms } = await openPopup(tabId);
      const reading = await page.evaluate(readPopup);
      const path = screenshotPath('firefox', name);
      await page.screenshot({ path });
      await page.close();
      return { ...reading, ms, screenshotPath: path };
    },

    async openPopup(tabId): Promise<PopupPage> {
      const { page, ms } = await openPopup(tabId);
      return { ...handle(page), ms, readClipboard: readClipboardInWindow, close: () => page.close() };
    },

    async page(url) {
      const page = pages.get(url);
      if (!page) throw new Error(`No tab opened for ${url}`);
      return handle(page);
    },

    async clickInPopup(tabId, selectors) {
      const page = await openPrivileged(`moz-extension://${EXTENSION_UUID}/popup.html?tab=${tabId}`);
      await page.waitForSelector('#app[aria-busy="false"]', { timeout: TIMEOUTS.popup });
      await page.setViewport(POPUP_VIEWPORT);
      for (const selector of selectors) await page.click(selector);
      await new Promise((done) => setTimeout(done, 200)); // the click's message leaves before the page closes
      await page.close();
    },

    async inExtension(fn, arg) {
      return (await probePage()).evaluate(fn as (arg: unknown) => never, arg as unknown);
    },

    async callRoute(route, tabId) {
      // Firefox's background is a page: an extension page reaches its globals.
      return (await probePage()).evaluate(async ([name, id]) => {
        type Routes = Record<string, (...args: unknown[]) => Promise<boolean>>;
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const background = (await api.runtime.getBackgroundPage!()) as unknown as { firsthandRoutes: Routes };
        const routes = background.firsthandRoutes;
        return name === 'onCommand' ? routes.onCommand!('toggle-reader', { id }) : routes.onMenuClicked!({ menuItemId: 'firsthand-toggle-reader' }, { id });
      }, [route, tabId] as const);
    },

    async pickContextMenuItem(url, x, y, itemId) {
      const page = await pageAt(url, true);
      await page.mouse.click(x, y, { button: 'right' });
      // ext-menus.js names each item <widget id of the add-on>-menuitem-_<the extension's menu id>.
      const widget = ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
      await inWindow(`(async () => {
        const menu = document.getElementById('contentAreaContextMenu');
        const deadline = Date.now() + ${TIMEOUTS.popup};
        let item;
        while (!(menu.state === 'open' && (item = document.getElementById(${JSON.stringify(`${widget}-menuitem-_`)} + ${JSON.stringify(itemId)})))) {
          if (Date.now() > deadline) throw new Error('The context menu did not open with the item (state ' + menu.state + ')');
          await new Promise((done) => setTimeout(done, 50));
        }
        menu.activateItem(item);
      })()`);
      return true;
    },

    async pressShortcut(url, keys) {
      await pageAt(url, true);
      await shortcutInWindow(keys);
    },

    async addInitScript(fn) {
      await bidi.send('script.addPreloadScript', { functionDeclaration: fn.toString() });
    },

    async watchExtension() {
      return watchExtension();
    },

    async openExtensionPage(path) {
      const page = await openPrivileged(`moz-extension://${EXTENSION_UUID}/${path}`);
      return { ...handle(page), close: () => page.close() };
    },

    async closeTab(url) {
      await pages.get(url)?.close();
      pages.delete(url);
    },

    async close() {
      await browser.close();
    },
  };

  /** The hostile-page tests' record of the extension's requests, errors and every page's dialogs. */
  async function watchExtension(): Promise<() => Promise<ExtensionActivity>> {
    const activity: ExtensionActivity = { requests: [], errors: [], dialogs: [] };
    // Which address each browsing context (tab or frame) shows, to tell the extension's requests apart.
    const addresses = new Map<string, string>();
    for (const event of ['contextCreated', 'navigationStarted', 'domContentLoaded', 'load', 'fragmentNavigated']) {
      bidi.on(`browsingContext.${event}`, ({ context, url }) => void addresses.set(context as string, url as string));
    }
    const parents = new Map<string, string>();
    bidi.on('browsingContext.contextCreated', ({ context, parent }) => void (parent && parents.set(context as string, parent as string)));
    const top = (context: string): string => (parents.has(context) ? top(parents.get(context)!) : context);
    // Tabs opened from the window report no navigation: their address is asked for when first needed.
    const pending: Array<Promise<void>> = [];
    const addressOf = async (context: string): Promise<string | undefined> => {
      const known = addresses.get(context);
      if (known && known !== 'about:blank') return known;
      const found = (await tree()).contexts.find((c) => c.context === context)?.url;
      if (found) addresses.set(context, found);
      return found;
    };
    bidi.on('network.beforeRequestSent', ({ context, request }) => {
      const url = (request as { url: string }).url;
      if (typeof context !== 'string' || !/^(https?|wss?):/i.test(url)) return;
      pending.push(addressOf(top(context)).then((from) => {
        if (from?.startsWith('moz-extension://')) activity.requests.push({ from, url });
      }, () => {}));
    });
    bidi.on('browsingContext.userPromptOpened', ({ context, type, message }) => {
      activity.dialogs.push({ from: addresses.get(context as string) ?? String(context), text: `${String(type)}: ${String(message)}` });
      void bidi.send('browsingContext.handleUserPrompt', { context, accept: false }).catch(() => {});
    });
    // The browser console of the parent process gets every process' script errors: keep those of the extension.
    await inWindow(`{
      if (!window.firsthandErrors) {
        const errors = (window.firsthandErrors = []);
        Services.console.registerListener({
          observe(message) {
            if (!(message instanceof Ci.nsIScriptError)) return;
            const warning = message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag);
            // The extension's files, or code it ran through scripting.executeScript({ func }) ("sandbox eval code").
            const where = message.sourceName + ' ' + message.errorMessage + ' ' + String(message.stack ?? '');
            const ours = where.includes('moz-extension://') || message.sourceName === 'sandbox eval code';
            if (ours && (!warning || message.category === 'CSP')) errors.push({ from: message.sourceName, text: message.errorMessage });
          },
        });
      }
    }`);
    return async () => {
      await Promise.all(pending.splice(0));
      const errors = JSON.parse((await inWindow('JSON.stringify(window.firsthandErrors)')) ?? '[]') as ExtensionActivity['errors'];
      return { ...activity, errors: [...activity.errors, ...errors] };
    };
  }
}
