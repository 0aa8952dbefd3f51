/**
 * ensureReader's claim, run as executeScript runs it: rebuilt from its source (so it may name nothing
 * outside itself), with its arguments passed through JSON, in a tab's isolated world simulated by
 * this process' globalThis and a stubbed `location`.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

interface Injection {
  target: { tabId: number; frameIds: number[] };
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
  files?: string[];
}

const tab = vi.hoisted(() => ({ loads: [] as string[], refuse: false }));

vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      async executeScript(details: Injection) {
        if (tab.refuse) throw new Error('Cannot access contents of the page');
        if (details.files) {
          tab.loads.push(...details.files);
          (globalThis as { __firsthandReader?: string }).__firsthandReader = 'ready';
          return [{ result: undefined }];
        }
        const isolated = new Function(`return (${details.func!.toString()})`)() as (...args: unknown[]) => unknown;
        const args = JSON.parse(JSON.stringify(details.args ?? [])) as unknown[];
        return [{ result: isolated(...args) }];
      },
    },
  },
}));

import { ensureReader, handOverVerdict, takeHandedVerdict } from '../../src/page/reader-script';
import type { PassiveVerdict } from '../../src/types';
import { VIEWER_URL as VIEWERS } from '../../src/web-url';
const presence = () => (globalThis as { __firsthandReader?: string }).__firsthandReader;

function openTab(address: string, state?: 'loading' | 'ready'): void {
  vi.stubGlobal('location', new URL(address));
  (globalThis as { __firsthandReader?: string }).__firsthandReader = state;
}

beforeEach(() => {
  tab.loads = [];
  tab.refuse = false;
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { __firsthandReader?: string }).__firsthandReader;
});

describe('ensureReader', () => {
  test('loads the full part once into a web page where nobody has', async () => {
    openTab('https://www.daily8.example/news/story-123');
    expect(await ensureReader(1, VIEWERS)).toBe(true);
    expect(tab.loads).toEqual(['/content-scripts/reader.js']);
    expect(await ensureReader(1, VIEWERS)).toBe(true);
    expect(tab.loads).toHaveLength(1);
  });

  test('leaves a picture or PDF in its viewer alone: no claim, no load', async () => {
    for (const address of ['https://www.harbourledger.example/img/pier.png', 'https://example.org/report.PDF?download=1']) {
      openTab(address);
      expect(await ensureReader(1, VIEWERS)).toBe(false);
      expect(presence()).toBeUndefined();
    }
    expect(tab.loads).toEqual([]);
  });

  test('finds the full part in a viewer where it already runs', async () => {
    openTab('https://www.harbourledger.example/img/pier.png', 'ready');
    expect(await ensureReader(1, VIEWERS)).toBe(true);
    expect(tab.loads).toEqual([]);
  });

  test('with viewers given, loads nothing into a page that is not http(s)', async () => {
    openTab('file:///home/reader/saved-story.html');
    expect(await ensureReader(1, VIEWERS)).toBe(false);
    expect(presence()).toBeUndefined();
    expect(tab.loads).toEqual([]);
  });

  test('without viewers (the background, asked by the page itself) it claims wherever it is asked', async () => {
    openTab('https://www.harbourledger.example/img/pier.png');
    expect(await ensureReader(1)).toBe(true);
    expect(tab.loads).toEqual(['/content-scripts/reader.js']);
  });

  test('says false where the browser lets no extension run', async () => {
    openTab('https://chromewebstore.google.com/detail/x');
    tab.refuse = true;
    expect(await ensureReader(1, VIEWERS)).toBe(false);
  });
});

describe('the verdict the passive part hands to the full part', () => {
  const copy: PassiveVerdict = { isAggregator: true, confidence: 0.9, evidence: ['the page credits The Straits Times'], creditedOutlet: 'The Straits Times' };
  const story = 'https://www.daily8.example/news/story-123';

  test('is taken once, for the address it was given for', () => {
    handOverVerdict(story, copy);
    expect(takeHandedVerdict(story)).toEqual(copy);
    expect(takeHandedVerdict(story)).toBeNull();
  });

  test('is not taken for another address (the page moved on), and is gone after the attempt', () => {
    handOverVerdict(story, copy);
    expect(takeHandedVerdict('https://www.daily8.example/news/story-456')).toBeNull();
    expect(takeHandedVerdict(story)).toBeNull();
  });

  test('is null when none was handed over, or when what is there is not a verdict', () => {
    expect(takeHandedVerdict(story)).toBeNull();
    (globalThis as { __firsthandVerdict?: unknown }).__firsthandVerdict = { url: story, verdict: { confidence: 1 } };
    expect(takeHandedVerdict(story)).toBeNull();
  });
});
