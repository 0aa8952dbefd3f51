import { describe, it, expect } from 'vitest';
import { AGGREGATORS, type Aggregator } from '../../../src/data/aggregators';
import { compare, DOMAIN, duplicates, outOfOrder } from './helpers';

const STYLES: readonly Aggregator['style'][] = ['full-copy', 'partner-feed', 'scraper'];

/** Link-only aggregators send the reader to the original; they are not copies. */
const LINK_ONLY = ['news.google.com', 'google.com', 'newsnow.co.uk', 'newsnow.com', 'flipboard.com', 'ground.news', 'smartnews.com'];

describe('AGGREGATORS', () => {
  it('holds at least 15 aggregators', () => {
    expect(AGGREGATORS.length).toBeGreaterThanOrEqual(15);
  });

  it('is sorted by domain', () => {
    expect(outOfOrder(AGGREGATORS, (a, b) => compare(a.domain, b.domain))).toEqual([]);
  });

  it('has valid, distinct domains', () => {
    expect(AGGREGATORS.filter((a) => !DOMAIN.test(a.domain)).map((a) => a.domain)).toEqual([]);
    expect(duplicates(AGGREGATORS, (a) => a.domain)).toEqual([]);
  });

  it('lists no domain under another listed domain (registrable domains only)', () => {
    const nested = AGGREGATORS.filter((a) => AGGREGATORS.some((b) => a.domain.endsWith(`.${b.domain}`)));
    expect(nested.map((a) => a.domain)).toEqual([]);
  });

  it('has names and known styles', () => {
    expect(AGGREGATORS.filter((a) => a.name.trim() === '' || a.name !== a.name.trim())).toEqual([]);
    expect(AGGREGATORS.filter((a) => !STYLES.includes(a.style))).toEqual([]);
  });

  it('holds the portals of the seed and the design', () => {
    const domains = AGGREGATORS.map((a) => a.domain);
    for (const d of ['daily8.com', 'msn.com', 'yahoo.com', 'aol.com', 'newsbreak.com']) expect(domains).toContain(d);
    expect(AGGREGATORS.find((a) => a.domain === 'daily8.com')?.style).toBe('full-copy');
  });

  it('leaves out link-only aggregators', () => {
    expect(AGGREGATORS.filter((a) => LINK_ONLY.includes(a.domain))).toEqual([]);
  });
});
