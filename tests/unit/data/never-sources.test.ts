import { describe, expect, it } from 'vitest';
import { AGGREGATORS } from '../../../src/data/aggregators';
import { NEVER_SOURCE_DOMAINS } from '../../../src/data/never-sources';
import { OUTLETS } from '../../../src/data/outlets';
import { compare, DOMAIN, duplicates, outOfOrder } from './helpers';

describe('NEVER_SOURCE_DOMAINS', () => {
  it('is sorted, valid and without duplicates', () => {
    expect(outOfOrder(NEVER_SOURCE_DOMAINS, compare)).toEqual([]);
    expect(NEVER_SOURCE_DOMAINS.filter((domain) => !DOMAIN.test(domain))).toEqual([]);
    expect(duplicates(NEVER_SOURCE_DOMAINS, (domain) => domain)).toEqual([]);
  });

  it('names no outlet of the registry and no aggregator that copies stories', () => {
    const outletDomains = new Set(OUTLETS.flatMap((outlet) => [outlet.domain, ...(outlet.otherDomains ?? [])]));
    expect(NEVER_SOURCE_DOMAINS.filter((domain) => outletDomains.has(domain))).toEqual([]);
    expect(NEVER_SOURCE_DOMAINS.filter((domain) => AGGREGATORS.some((aggregator) => aggregator.domain === domain))).toEqual([]);
  });
});
