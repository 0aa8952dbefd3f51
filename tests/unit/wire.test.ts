import { describe, expect, it } from 'vitest';
import { bylineCredit, findWire, wireFromCopyright } from '../../src/analysis/wire';

describe('findWire', () => {
  it.each([
    [["…that is not the common way to live your life.' NYTIMES"], 'nytimes.com'],
    [['Closing paragraph of the story. BLOOMBERG'], 'bloomberg.com'],
    [['A paragraph.', 'Last words of the story. - Reuters'], 'reuters.com'],
    [['WASHINGTON (Reuters) - Scientists on Monday unveiled a map.', 'More.'], 'reuters.com'],
    [['COLUMBIA, S.C. (AP) — About a dozen business owners met.'], 'apnews.com'],
    [['Will Dunham', 'November 18, 2019', 'WASHINGTON (Reuters) - A dateline after the byline and date.'], 'reuters.com'],
    [['MADRID, 3 jun (EFE).- El Gobierno ha aprobado hoy.'], 'efe.com'],
    [['This story was originally published by The Washington Post.'], 'washingtonpost.com'],
  ])('%j credits %s', (paragraphs, domain) => {
    expect(findWire(paragraphs)?.domain).toBe(domain);
  });

  it.each([
    [['A story that ends without any credit at all.']],
    [['He said the AP was wrong to report it.']],
    [['The nytimes reported it.']],
  ])('%j credits no wire', (paragraphs) => {
    expect(findWire(paragraphs)).toBeNull();
  });

  it('reads a wire from its copyright line, and only a wire', () => {
    expect(wireFromCopyright('© 2019 Associated Press. All Rights Reserved. This material may not be published.')?.domain).toBe('apnews.com');
    expect(wireFromCopyright('Copyright 2025 SPH Media. All rights reserved.')).toBeNull();
  });

  it("reads a syndicating paper from a byline that names it, not the page's own outlet", () => {
    expect(bylineCredit('By Meg James, Los Angeles Times', { domain: 'mcall.com' })?.domain).toBe('latimes.com');
    expect(bylineCredit('Meaghan Tobin', { domain: 'straitstimes.com' })).toBeNull();
    expect(bylineCredit('By Jane Doe, The Straits Times', { domain: 'straitstimes.com' })).toBeNull();
  });
});
