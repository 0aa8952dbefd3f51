/** Per-site reader-mode rules: the site's key, the decision on arrival, and editing one site's rule. */
import { describe, expect, it, vi } from 'vitest';

// settings.ts defines its storage items on import; these tests need its defaults, not a browser's storage.
vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));

import { normalizeBehaviour, ruleFor, shouldAutoOpen, siteOf, withSiteRule } from '../../src/page/site-rules';

describe('site rules', () => {
  it('keys a page by its registrable domain', () => {
    expect(siteOf('https://www.daily8.com/en/article/1')).toBe('daily8.com');
    expect(siteOf('https://news.bbc.co.uk/story')).toBe('bbc.co.uk');
    expect(siteOf('chrome://version/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('fills in stored settings from an older version and drops rules it does not know', () => {
    const behaviour = normalizeBehaviour({ siteRules: { 'a.com': 'always', 'b.com': 'sometimes' as 'always' } });
    expect(behaviour).toEqual({ toolbarTogglesReader: false, autoReaderOnCopies: false, flagClutterOnPage: true, siteRules: { 'a.com': 'always' } });
  });

  it('opens on arrival for "always", never for "never", and for copies only when asked', () => {
    const url = 'https://www.daily8.com/en/article/1';
    const none = normalizeBehaviour({});
    expect(shouldAutoOpen(none, url, true)).toBe(false);
    expect(shouldAutoOpen({ ...none, autoReaderOnCopies: true }, url, true)).toBe(true);
    expect(shouldAutoOpen({ ...none, autoReaderOnCopies: true }, url, false)).toBe(false);
    expect(shouldAutoOpen({ ...none, siteRules: { 'daily8.com': 'always' } }, url, false)).toBe(true);
    expect(shouldAutoOpen({ ...none, autoReaderOnCopies: true, siteRules: { 'daily8.com': 'never' } }, url, true)).toBe(false);
  });

  it('sets and removes one site\'s rule, leaving the others', () => {
    const url = 'https://m.daily8.com/x';
    const start = normalizeBehaviour({ siteRules: { 'yahoo.com': 'never' } });
    const set = withSiteRule(start, url, 'always');
    expect(set.siteRules).toEqual({ 'yahoo.com': 'never', 'daily8.com': 'always' });
    expect(ruleFor(set, url)).toBe('always');
    expect(withSiteRule(set, url, null).siteRules).toEqual({ 'yahoo.com': 'never' });
    expect(start.siteRules).toEqual({ 'yahoo.com': 'never' });
  });
});
