// @vitest-environment happy-dom
/** The passive part leaves each verdict for the full part, whoever loads it: itself, or later the popup. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PassiveVerdict } from '../../src/types';

const tab = vi.hoisted(() => ({
  verdict: null as PassiveVerdict | null,
  loadResult: true,
  /** What the full part found handed over as it loaded, when it did. */
  takenByLoad: undefined as PassiveVerdict | null | undefined,
}));

vi.mock('../../src/analysis/passive', () => ({ passiveCheck: () => tab.verdict }));
// The real settings module defines its storage items on import, which needs the browser's storage.
vi.mock('../../src/settings', () => ({
  BEHAVIOUR_DEFAULTS: { toolbarTogglesReader: false, autoReaderOnCopies: false, flagClutterOnPage: true, siteRules: {} },
  behaviourSettings: { getValue: async () => ({ flagClutterOnPage: true }), watch: () => () => {} },
}));
vi.mock('../../src/messaging', () => ({
  sendMessage: vi.fn(async (type: string) => {
    if (type !== 'loadReader') return undefined;
    // The full part takes the verdict as it starts, in the same world, before the load is answered.
    if (tab.loadResult) tab.takenByLoad = takeHandedVerdict(location.href);
    return tab.loadResult;
  }),
}));

import { sendMessage } from '../../src/messaging';
import { startPassivePage } from '../../src/page/passive-page';
import { takeHandedVerdict } from '../../src/page/reader-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const copy: PassiveVerdict = { isAggregator: true, confidence: 0.9, evidence: ['daily8.com is a known aggregator'], creditedOutlet: 'The Straits Times' };
const original: PassiveVerdict = { isAggregator: false, confidence: 0, evidence: [], creditedOutlet: null };
const ctx = { isInvalid: false, addEventListener: () => {} } as unknown as ContentScriptContext;

/** Starts the passive part and lets its arrival run to its end. */
async function arrive(verdict: PassiveVerdict, loadResult: boolean): Promise<void> {
  Object.assign(tab, { verdict, loadResult, takenByLoad: undefined });
  const stop = startPassivePage(ctx, document);
  await new Promise((resolve) => setTimeout(resolve, 20));
  stop();
}

afterEach(() => {
  vi.mocked(sendMessage).mockClear();
  takeHandedVerdict('');
});

describe('the passive part handing its verdict to the full part', () => {
  test('hands over the verdict that made it ask, for the full part to start from', async () => {
    await arrive(copy, true);
    expect(sendMessage).toHaveBeenCalledWith('loadReader', undefined);
    expect(tab.takenByLoad).toEqual(copy);
  });

  test('leaves the verdict when its own load fails, for a later load (the popup\'s) to start from', async () => {
    await arrive(copy, false);
    expect(sendMessage).toHaveBeenCalledWith('loadReader', undefined);
    expect(takeHandedVerdict(location.href)).toEqual(copy);
  });

  test('leaves the verdict on a page that needs no full part now, for the popup that loads it later', async () => {
    await arrive(original, true);
    expect(sendMessage).not.toHaveBeenCalledWith('loadReader', undefined);
    expect(sendMessage).toHaveBeenCalledWith('reportVerdict', original);
    expect(takeHandedVerdict(location.href)).toEqual(original);
    // Taken once: a second load of the part (after an update) checks afresh.
    expect(takeHandedVerdict(location.href)).toBeNull();
  });
});
