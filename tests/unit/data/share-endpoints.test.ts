import { describe, expect, it } from 'vitest';
import { SHARE_ENDPOINTS } from '../../../src/data/share-endpoints';
import { compare, DOMAIN, duplicates, outOfOrder } from './helpers';

describe('SHARE_ENDPOINTS', () => {
  it('is sorted by domain, valid and without duplicates', () => {
    expect(outOfOrder(SHARE_ENDPOINTS, (a, b) => compare(a.domain, b.domain))).toEqual([]);
    expect(SHARE_ENDPOINTS.filter((entry) => !DOMAIN.test(entry.domain))).toEqual([]);
    expect(duplicates(SHARE_ENDPOINTS, (entry) => entry.domain)).toEqual([]);
  });

  it('gives every network a name and paths that start with a slash, sorted, without duplicates', () => {
    for (const entry of SHARE_ENDPOINTS) {
      expect(entry.network.trim(), entry.domain).not.toBe('');
      expect(entry.paths.length, entry.domain).toBeGreaterThan(0);
      expect(entry.paths.filter((path) => !path.startsWith('/')), entry.domain).toEqual([]);
      expect(outOfOrder(entry.paths, compare), entry.domain).toEqual([]);
      expect(duplicates(entry.paths, (path) => path), entry.domain).toEqual([]);
    }
  });
});
