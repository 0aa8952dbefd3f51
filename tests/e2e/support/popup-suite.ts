/** The popup tests, the same in every browser: the extension's view of a copy, a browser page, a page with no article. */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, TIMEOUTS, type ExtensionBrowser, type PopupReading } from './extension-browser';
import { NO_ARTICLE_URL, loadFixture, startFixtureServer, type FixtureServer } from './fixture-server';

const DAILY8 = loadFixture('daily8--coders-village');
const ORIGINAL = loadFixture('straitstimes--coders-village');
const MESSAGES = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The view's text and the fixture's text compared word for word, whatever the line breaks. */
const words = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

export function popupSuite(launch: (fixturePort: number) => Promise<ExtensionBrowser>, browserPageUrl: string): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    server = await startFixtureServer([DAILY8, ORIGINAL]);
    browser = await launch(server.port);
  }, TIMEOUTS.launch * 2);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  }, TIMEOUTS.launch);

  /** What a reader does: open the page, click Firsthand's button; then the view opened for that tab. */
  async function popupFor(url: string, name: string): Promise<PopupReading> {
    if (!browser) throw new Error('The browser did not start');
    await browser.openTab(url);
    await browser.clickAction(url);
    const reading = await browser.openPopupView(await browser.tabId(url), name);
    console.log(`[${browser.name}] popup view for ${name}: aria-busy=false after ${reading.ms} ms`);
    return reading;
  }

  test('the content script answers and the view shows the Daily8 story: title, first and last paragraphs', async () => {
    const { url, title, text } = DAILY8.expected;
    const view = await popupFor(url, DAILY8.name);
    if (browser?.name === 'chromium' && process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
      copyFileSync(view.screenshotPath, join(ROOT, 'docs/screenshots/popup-chromium.png'));
    }
    expect(view.state).toBe('article');
    expect(words(view.title)).toBe(words(title));
    const paragraphs = text.split(/\n\s*\n/);
    expect(words(view.text)).toContain(words(paragraphs[0]!));
    expect(words(view.text)).toContain(words(paragraphs.at(-1)!));
  });

  test(`a browser page (${browserPageUrl}) shows the restricted-page sentence`, async () => {
    const view = await popupFor(browserPageUrl, 'restricted');
    expect(view.state).toBe('restricted');
    expect(words(view.text)).toBe(words(MESSAGES.stateRestricted!.message));
  });

  test('a page with no article says so', async () => {
    const view = await popupFor(NO_ARTICLE_URL, 'no-article');
    expect(view.state).toBe('no-article');
    expect(words(view.text)).toBe(words(MESSAGES.stateNoArticle!.message));
  });

  test('a load of the full part that another page claimed and dropped does not leave the view unreachable', async () => {
    if (!browser) throw new Error('The browser did not start');
    await browser.openTab(ORIGINAL.expected.url);
    const tabId = await browser.tabId(ORIGINAL.expected.url);
    // What a toolbar popup closed mid-load leaves in the tab: the claim, and no full part behind it.
    await browser.inExtension(plantDroppedClaim, tabId);
    const view = await browser.openPopupView(tabId, 'dropped-claim');
    expect(view.state).toBe('article');
    expect(words(view.title)).toBe(words(ORIGINAL.expected.title));
  });
}

/** Runs in an extension page: marks the tab's isolated world as loading the full part, as a claim does. */
async function plantDroppedClaim(tabId: number): Promise<void> {
  type Scripting = { scripting: { executeScript(details: object): Promise<unknown> } };
  const api = globalThis as unknown as Record<'browser' | 'chrome', Scripting | undefined>;
  await (api.browser ?? api.chrome)!.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: () => void ((globalThis as { __firsthandReader?: string }).__firsthandReader = 'loading'),
  });
}
