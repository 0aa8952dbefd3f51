import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { decodePage, nodeSanitizerWindow, parsePage } from '../../src/node/page';
import { citationOf, toHtml, toMarkdown, toPlainText } from '../../src/render/copy-formats';

function analyzeFixture(name: string) {
  const expected = JSON.parse(readFileSync(`tests/fixtures/${name}.expected.json`, 'utf8')) as { url: string; text: string; clutter: string[] };
  const analysis = analyze(parsePage(decodePage(readFileSync(`tests/fixtures/${name}.html`))), { url: expected.url, purifyWindow: nodeSanitizerWindow() });
  return { analysis, expected };
}

describe('copy formats on the Daily8 copy', () => {
  const { analysis, expected } = analyzeFixture('daily8--coders-village');
  const win = nodeSanitizerWindow();

  it('cites the source, not the aggregator, with the aggregator as "via"', () => {
    const citation = citationOf(analysis);
    expect(citation.sourceName).toBe('The Straits Times');
    expect(citation.sourceUrlIsSearch).toBe(true);
    expect(citation.sourceUrl).toMatch(/^https:\/\/www\.straitstimes\.com\/search\?/);
    expect(citation.viaUrl).toBe(expected.url);
    expect(citation.wireName).toBe('The New York Times');
  });

  it('plain text is the title, the story with blank lines between paragraphs, then the citation', () => {
    const text = toPlainText(analysis);
    expect(text.startsWith(`${analysis.article!.title}\n\n`)).toBe(true);
    expect(text).toContain(`\n\n${expected.text}\n\n`);
    expect(text).toMatch(/Originally published by The Straits Times .*: https:\/\/www\.straitstimes\.com\/search/);
    expect(text).toContain(`Via: ${expected.url}`);
    for (const sentence of expected.clutter) expect(text).not.toContain(sentence);
  });

  it('Markdown keeps the heading, links and the citation as a quote', () => {
    const markdown = toMarkdown(analysis, win);
    expect(markdown.startsWith(`# ${analysis.article!.title}\n`)).toBe(true);
    expect(markdown).toMatch(/\[DeepSeek shook the tech world\]\(https:\/\/www\.straitstimes\.com\/[^)]+\)/);
    expect(markdown).toMatch(/^> Originally published by \[The Straits Times\]\(https:\/\/www\.straitstimes\.com\/search/m);
    expect(markdown).toContain('> Via: [www.daily8.com](https://www.daily8.com/');
  });

  it('HTML is sanitized markup with the citation linked', () => {
    const html = toHtml(analysis, win);
    expect(html).toMatch(/^<article lang="en"/);
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<a href="https://www.straitstimes.com/search?');
    for (const sentence of expected.clutter) expect(html).not.toContain(sentence);
  });
});

describe('copy formats on an original', () => {
  const { analysis } = analyzeFixture('straitstimes--coders-village');
  it('cites the page itself at its canonical address, with no "via"', () => {
    const citation = citationOf(analysis);
    expect(citation.sourceName).toBe('The Straits Times');
    expect(citation.sourceUrl).toBe('https://www.straitstimes.com/asia/east-asia/the-coders-village-at-the-heart-of-chinas-ai-frenzy');
    expect(citation.viaUrl).toBeNull();
    expect(toPlainText(analysis)).not.toContain('Via:');
  });
});

describe('a publisher whose name is also a word of the citation', () => {
  const { analysis } = analyzeFixture('daily8--coders-village');
  const renamed = { ...analysis, source: { ...analysis.source!, name: 'search' } };
  const win = nodeSanitizerWindow();

  it('links the name once and keeps every word around it', () => {
    expect(toMarkdown(renamed, win)).toMatch(/^> Originally published by \[search\]\(https:\/\/www\.straitstimes\.com\/search[^)]*\) \(address not on this page; search\) {2}$/m);
    const html = toHtml(renamed, win);
    expect(html).toMatch(/<p>Originally published by <a href="https:\/\/www\.straitstimes\.com\/search[^"]*"[^>]*>search<\/a> \(address not on this page; search\)<\/p>/);
    expect(toPlainText(renamed)).toMatch(/^Originally published by search \(address not on this page; search\): https:\/\/www\.straitstimes\.com\/search/m);
  });
});
