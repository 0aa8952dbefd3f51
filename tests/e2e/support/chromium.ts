/** Debian's Chromium, headless (new mode), with .output/chrome-mv3 loaded as an unpacked extension. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import {
  POPUP_VIEWPORT, ROOT, TIMEOUTS, queryTabs, readPopup, screenshotPath, within,
  type ClipboardReading, type ExtensionActivity, type ExtensionBrowser, type PageHandle, type PopupPage, type PopupReading,
} from './extension-browser';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** The flags of every Chromium with the extension loaded (the browser tests' and the bench's popup timing). */
export function chromiumArgs(fixturePort: number, extensionDir = EXTENSION_DIR): string[] {
  return [
    '--headless=new', // the old headless mode cannot load extensions
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--enable-unsafe-extension-debugging', // lets CDP click the toolbar button (Extensions.triggerAction)
    '--no-sandbox', // CI runs as root
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    // Every host name resolves to the fixture server, which serves https:// with a self-signed certificate.
    `--host-resolver-rules=MAP * 127.0.0.1:${fixturePort}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
  ];
}

export async function launchChromium(fixturePort: number): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'firsthand-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: TIMEOUTS.launch,
      args: chromiumArgs(fixturePort),
    });
    return await wrap(context, userDataDir);
  } catch (error) {
    await context?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function wrap(context: BrowserContext, userDataDir: string): Promise<ExtensionBrowser> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUTS.launch }));
  const extensionId = new URL(worker.url()).host;
  // The extension's pages may read the (headless browser's own) system clipboard back, as a paste would.
  // (Granted to every origin: the browser calls a chrome-extension: origin opaque and refuses to name it.)
  await context.grantPermissions(['clipboard-read']);
  const cdp: CDPSession = await context.browser()!.newBrowserCDPSession();
  const pages = new Map<string, Page>();
  let probe: Page | undefined;

  const tabTargets = async (): Promise<Array<{ targetId: string; url: string; embedderData?: { tabStripIndex?: number } }>> =>
    (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos;

  /** popup.html?tab=<id> in a new page at popup size, once #app is no longer busy; ms from navigation to then. */
  async function openPopup(tabId: number): Promise<{ page: Page; ms: number }> {
    const page = await context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    const started = performance.now();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { timeout: TIMEOUTS.page });
    await page.waitForSelector('#app[aria-busy="false"]', { state: 'attached', timeout: TIMEOUTS.popup });
    return { page, ms: Math.round(performance.now() - started) };
  }

  return {
    name: 'chromium',

    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { timeout: TIMEOUTS.page });
      pages.set(url, page);
    },

    async clickAction(url) {
      const page = pages.get(url);
      if (!page) throw new Error(`No tab opened for ${url}`);
      const target = await within(TIMEOUTS.page, `tab target for ${page.url()}`, async () =>
        (await tabTargets()).find((t) => t.url === page.url()));
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
    },

    async tabId(url) {
      probe ??= await context.newPage();
      if (!probe.url().startsWith('chrome-extension:')) {
        // Any page of the extension can call tabs.query; popup.html without ?tab shows its own tab.
        await probe.goto(`chrome-extension://${extensionId}/popup.html`, { timeout: TIMEOUTS.page });
      }
      const href = new URL(url).href;
      return within(TIMEOUTS.page, `a tab the extension sees at ${href}`, async () => {
        const tabs = await probe!.evaluate(queryTabs);
        const byUrl = tabs.find((tab) => tab.url === href);
        if (byUrl) return byUrl.id;
        // Chromium withholds the address of its own pages (chrome://) even after a click on the
        // button: find that tab by its place in the tab strip instead (all pages share one window).
        const index = (await tabTargets()).find((t) => t.url === href)?.embedderData?.tabStripIndex;
        return index === undefined ? undefined : tabs.find((tab) => tab.url === undefined && tab.index === index)?.id;
      });
    },

    async openPopupView(tabId, name): Promise<PopupReading> {
      const { page, ms } = await openPopup(tabId);
      const reading = await page.evaluate(readPopup);
      const path = screenshotPath('chromium', name);
      await page.screenshot({ path });
      await page.close();
      return { ...reading, ms, screenshotPath: path };
    },

    async openPopup(tabId): Promise<PopupPage> {
      const { page, ms } = await openPopup(tabId);
      await page.bringToFront(); // focused: key presses, and navigator.clipboard.read() needs a focused document
      return {
        ...handle(page),
        ms,
        readClipboard: async () => {
          await page.bringToFront();
          return page.evaluate(readClipboardInPage);
        },
        close: () => page.close(),
      };
    },

    async page(url) {
      const page = pages.get(url);
      if (!page) throw new Error(`No tab opened for ${url}`);
      return handle(page);
    },

    async clickInPopup(tabId, selectors) {
      const page = await context.newPage();
      await page.setViewportSize(POPUP_VIEWPORT);
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { timeout: TIMEOUTS.page });
      await page.waitForSelector('#app[aria-busy="false"]', { state: 'attached', timeout: TIMEOUTS.popup });
      for (const selector of selectors) await page.click(selector, { timeout: TIMEOUTS.popup });
      await page.waitForTimeout(200); // the click's message leaves before the page closes
      await page.close();
    },

    async inExtension(fn, arg) {
      probe ??= await context.newPage();
      if (!probe.url().startsWith('chrome-extension:')) {
        await probe.goto(`chrome-extension://${extensionId}/popup.html`, { timeout: TIMEOUTS.page });
      }
      return probe.evaluate(fn as (arg: unknown) => never, arg as unknown);
    },

    async callRoute(route, tabId) {
      // The service worker may have been stopped and started again: ask for the running one.
      const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUTS.page }));
      return worker.evaluate(([name, id]) => {
        type Routes = Record<string, (...args: unknown[]) => Promise<boolean>>;
        const routes = (globalThis as unknown as { firsthandRoutes: Routes }).firsthandRoutes;
        return name === 'onCommand' ? routes.onCommand!('toggle-reader', { id }) : routes.onMenuClicked!({ menuItemId: 'firsthand-toggle-reader' }, { id });
      }, [route, tabId] as const);
    },

    async pickContextMenuItem() {
      return false; // headless Chromium opens no context menu to pick from
    },

    async pressShortcut(url, keys) {
      const page = pages.get(url);
      if (!page) throw new Error(`No tab opened for ${url}`);
      await page.bringToFront();
      await page.keyboard.press(keys.join('+'));
    },

    async addInitScript(fn) {
      await context.addInitScript(fn);
    },

    async watchExtension() {
      return watchExtension(context);
    },

    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { timeout: TIMEOUTS.page });
      await page.bringToFront();
      return { ...handle(page), close: () => page.close() };
    },

    async closeTab(url) {
      await pages.get(url)?.close();
      pages.delete(url);
    },

    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

function handle(page: Page): PageHandle {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    activate: () => page.bringToFront(),
    reload: async () => void (await page.reload({ timeout: TIMEOUTS.page })),
    url: () => page.url(),
  };
}

/** The hostile-page tests' record of the extension's requests, errors and every page's dialogs. */
async function watchExtension(context: BrowserContext): Promise<() => Promise<ExtensionActivity>> {
  const activity: ExtensionActivity = { requests: [], errors: [], dialogs: [] };
  const isExtension = (url: string | undefined): url is string => Boolean(url?.startsWith('chrome-extension://'));
  context.on('request', (request) => {
    let from: string | undefined;
    try {
      from = request.frame().page().url(); // the tab, also for a request of a frame inside it
    } catch {
      from = request.serviceWorker()?.url();
    }
    if (isExtension(from) && /^(https?|wss?):/i.test(request.url())) activity.requests.push({ from, url: request.url() });
  });
  context.on('weberror', (error) => {
    const from = error.page()?.url();
    if (isExtension(from)) activity.errors.push({ from, text: error.error().stack ?? error.error().message });
  });
  context.on('console', (message) => {
    // A message with neither page nor worker comes from the service worker.
    const from = message.page()?.url() ?? message.worker()?.url() ?? 'service worker';
    if (message.type() === 'error' && (isExtension(from) || from === 'service worker')) activity.errors.push({ from, text: message.text() });
  });
  context.on('dialog', (dialog) => {
    activity.dialogs.push({ from: dialog.page()?.url() ?? 'no page', text: `${dialog.type()}: ${dialog.message()}` });
    void dialog.dismiss().catch(() => {});
  });

  // Content scripts run in isolated worlds, whose uncaught errors Playwright does not report: the DevTools protocol does.
  const attach = async (page: Page): Promise<void> => {
    const session = await context.newCDPSession(page).catch(() => null);
    if (!session) return;
    const worlds = new Set<number>();
    type Context = { id: number; origin: string; name: string; auxData?: { type?: string } };
    session.on('Runtime.executionContextCreated', ({ context: world }: { context: Context }) => {
      if (world.origin.startsWith('chrome-extension://') || (world.auxData?.type === 'isolated' && !world.name.startsWith('__playwright'))) worlds.add(world.id);
    });
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }: { exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } } }) => {
      if (d.executionContextId !== undefined && worlds.has(d.executionContextId)) activity.errors.push({ from: `content script in ${page.url()}`, text: d.exception?.description ?? d.text });
    });
    session.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }: { type: string; executionContextId: number; args: Array<{ value?: unknown; description?: string }> }) => {
      if (type === 'error' && worlds.has(executionContextId)) activity.errors.push({ from: `content script in ${page.url()}`, text: args.map((a) => String(a.value ?? a.description)).join(' ') });
    });
    await session.send('Runtime.enable').catch(() => {});
  };
  context.on('page', (page) => void attach(page));
  await Promise.all(context.pages().map(attach));

  // The service worker's uncaught errors: listeners of its own (armed again if the browser restarts it).
  const arm = (worker: Worker) =>
    worker.evaluate(() => {
      const scope = self as unknown as { __firsthandErrors?: string[] } & typeof globalThis;
      if (scope.__firsthandErrors) return;
      const errors: string[] = (scope.__firsthandErrors = []);
      scope.addEventListener('error', (event) => errors.push(String((event as ErrorEvent).error?.stack ?? (event as ErrorEvent).message)));
      scope.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason?.stack ?? (event as PromiseRejectionEvent).reason)}`));
    }).catch(() => {});
  context.on('serviceworker', (worker) => void arm(worker));
  await Promise.all(context.serviceWorkers().map(arm));

  return async () => {
    const fromWorkers = await Promise.all(context.serviceWorkers().map(async (worker) => {
      await arm(worker);
      const errors = await worker.evaluate(() => (self as unknown as { __firsthandErrors?: string[] }).__firsthandErrors ?? []).catch(() => []);
      return errors.map((text) => ({ from: worker.url(), text }));
    }));
    return { ...activity, errors: [...activity.errors, ...fromWorkers.flat()] };
  };
}

/** Runs in an extension page (focused, clipboard-read granted): the system clipboard's plain text and HTML. */
async function readClipboardInPage(): Promise<ClipboardReading> {
  const items = await navigator.clipboard.read();
  const read = async (type: string): Promise<string | null> => {
    const item = items.find((candidate) => candidate.types.includes(type));
    return item ? (await item.getType(type)).text() : null;
  };
  return { text: await read('text/plain'), html: await read('text/html') };
}
