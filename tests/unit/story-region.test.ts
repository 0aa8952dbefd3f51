import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { isProseParagraph } from '../../src/analysis/clutter';
import { beginTextScope, endTextScope } from '../../src/analysis/dom-utils';
import { copyForExtraction, findStoryRegion } from '../../src/analysis/story-region';
import { nodeSanitizerWindow, parsePage } from '../../src/node/page';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story goes on for long enough to count as prose: it has well over a hundred and twenty characters in it, and a few more.</p>`;
const sidebar = (n: number) => `<p>Sidebar note ${n}: a long aside about another matter that also runs past a hundred and twenty characters, so it reads as prose.</p>`;
const page = (body: string, head = '') => parsePage(`<!doctype html><html lang="en"><head><title>The story's title here</title>${head}</head><body>${body}</body></html>`);

function regionOf(body: string): Element | null {
  const document = page(body);
  beginTextScope(document.body);
  try {
    const headline = document.querySelector('h1');
    return findStoryRegion(document.body, { headline, isProse: isProseParagraph, inClutter: () => false });
  } finally {
    endTextScope();
  }
}

describe('the story region', () => {
  const story = `<div id="story"><div id="text">${[1, 2, 3, 4, 5].map(paragraph).join('')}</div></div>`;

  it('is the smallest box holding the story\'s paragraphs', () => {
    expect(regionOf(`<header><h1>Headline</h1></header><main>${story}<aside><p>Most read</p></aside></main>`)?.id).toBe('text');
  });

  it('takes in a lede set outside the paragraphs\' box (a summary div after the headline)', () => {
    const lede = '<div id="lede">The lede of the story is a bare div of text that runs on past a hundred and twenty characters, before the paragraphs start.</div>';
    const region = regionOf(`<h1>Headline</h1><main><div id="box">${lede}${story}</div></main>`);
    expect(region?.id).toBe('box');
  });

  it('stays the whole page when a tenth of the prose lies elsewhere, or the page has too few paragraphs', () => {
    expect(regionOf(`<h1>Headline</h1>${story}<div>${sidebar(1)}</div>`)).toBeNull();
    expect(regionOf(`<h1>Headline</h1><div><div>${paragraph(1)}${paragraph(2)}</div></div>`)).toBeNull();
  });

  const plan = (region: Element | null, parts: { leaving?: Element[]; marked?: Element[]; captions?: Element[] } = {}) => ({
    region,
    leaving: new Set(parts.leaving ?? []),
    marked: new Set(parts.marked ?? []),
    captions: new Set(parts.captions ?? []),
    clutterMark: 'data-clutter',
    captionMark: 'data-caption',
  });

  it('copies what Readability reads for metadata and the story\'s box, and nothing else, leaving the page as it was', () => {
    const document = page(
      `<nav><a href="/">Home</a></nav><header><h1>Headline</h1><div class="article-byline"><span class="authorName">Jane Doe</span> <time>May 1</time></div></header>` +
        `<main>Loose text ${story}<aside><p>Other story</p><script type="application/ld+json">{}</script></aside></main><footer><meta itemprop="x" content="y"></footer>`,
      '<style>p { color: red }</style><script src="/app.js"></script><meta name="author" content="Jane Doe"><script type="application/ld+json">{"@type":"NewsArticle"}</script><link rel="stylesheet" href="/a.css">',
    );
    const before = document.documentElement.outerHTML;
    const copy = copyForExtraction(document.body, document.cloneNode(false) as Document, plan(document.getElementById('text')));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(copy.querySelector('nav')).toBeNull();
    expect(copy.body.textContent).not.toContain('Other story');
    expect(copy.title).toBe("The story's title here");
    // Of the head, only what Readability reads: no style sheets or scripts to copy for it to drop.
    expect(Array.from(copy.head.children, (child) => child.localName)).toEqual(['title', 'meta', 'script']);
    expect(copy.head.querySelector('script')?.textContent).toBe('{"@type":"NewsArticle"}');
    expect(copy.documentElement.getAttribute('lang')).toBe('en');
    expect(copy.querySelector('h1')?.textContent).toBe('Headline');
    expect(copy.querySelector('.article-byline')?.textContent).toBe('Jane Doe May 1');
    expect(copy.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(copy.querySelector('meta[itemprop]')).not.toBeNull();
    // A wrapper on the way keeps its own text, as it had it in the page.
    expect(copy.querySelector('main')?.firstChild?.textContent).toBe('Loose text ');
    expect(copy.getElementById('text')?.querySelectorAll('p').length).toBe(5);
  });

  it('marks the copies of clutter and captions, and leaves out blocks that leave, wherever they sit', () => {
    const document = page(
      `<h1>Headline</h1><div id="outer"><div id="text">${paragraph(1)}<div id="promo"><span>Get the app</span></div><figure><img alt="A long description of the picture"><span id="cap">A long description of the picture</span></figure>${paragraph(2)}<section id="related">${sidebar(1)}</section>${paragraph(3)}</div></div><div id="byline" class="author">By Jane</div>`,
    );
    const byId = (id: string) => document.getElementById(id)!;
    const copy = copyForExtraction(document.body, document.cloneNode(false) as Document, plan(byId('text'), { leaving: [byId('related'), byId('byline')], marked: [byId('promo')], captions: [byId('cap')] }));
    expect(copy.querySelector('#promo')?.hasAttribute('data-clutter')).toBe(true);
    expect(copy.querySelector('#promo span')?.hasAttribute('data-clutter')).toBe(true);
    expect(copy.querySelector('#text')?.hasAttribute('data-clutter')).toBe(false);
    expect(copy.querySelector('#cap')?.hasAttribute('data-caption')).toBe(true);
    expect(copy.querySelector('#related')).toBeNull();
    expect(copy.querySelector('#byline')).toBeNull();
    expect(copy.querySelectorAll('p').length).toBe(3);
    expect(document.querySelectorAll('[data-clutter], [data-caption]').length).toBe(0);
    expect(document.getElementById('related')).not.toBeNull();
  });

  it('marks the wrappers on the way when a marked block holds the story\'s box, and copies the whole body without a box', () => {
    const document = page(`<h1>Headline</h1><div id="shell"><div id="text">${paragraph(1)}${paragraph(2)}</div></div><div id="rail">${sidebar(1)}</div>`);
    const shell = document.getElementById('shell')!;
    const copy = copyForExtraction(document.body, document.cloneNode(false) as Document, plan(document.getElementById('text'), { marked: [shell] }));
    expect(copy.querySelector('#shell')?.hasAttribute('data-clutter')).toBe(true);
    expect(copy.querySelectorAll('#text p[data-clutter]').length).toBe(2);
    const whole = copyForExtraction(document.body, document.cloneNode(false) as Document, plan(null, { leaving: [document.getElementById('rail')!] }));
    expect(whole.body.textContent).toContain('Paragraph 2');
    expect(whole.getElementById('rail')).toBeNull();
    expect(whole.querySelector('h1')?.textContent).toBe('Headline');
  });
});

describe('analysis with the story region', () => {
  it('keeps a byline that stands outside the story\'s box, and leaves the sidebar out', () => {
    const document = page(
      `<header><nav>${['Home', 'World', 'Sport', 'Business'].map((name) => `<a href="/${name}">${name}</a>`).join(' ')}</nav></header>` +
        `<div class="top"><h1>The story's title here</h1><div class="byline">By Jane Doe</div></div>` +
        `<div class="columns"><div class="body">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</div>` +
        `<div class="rail"><div class="promo">${sidebar(1)}</div></div></div>`,
    );
    const analysis = analyze(document, { url: 'https://news.example.com/2024/05/01/the-story', purifyWindow: nodeSanitizerWindow() });
    expect(analysis.article?.byline).toBe('By Jane Doe');
    expect(analysis.article?.text).toContain('Paragraph 6 of the story');
    expect(analysis.article?.text).not.toContain('Sidebar note');
  });
});
