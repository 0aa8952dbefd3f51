import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/analysis/metadata';
import { parsePage } from '../../src/node/page';

const parsers = {
  linkedom: (html: string) => parsePage(html),
  jsdom: (html: string) => new JSDOM(html).window.document,
};

/** Heads as pages write them: keys in any case or padded, property and name on one tag, rel lists, value= for content=. */
const HEAD = `<!doctype html><html><head>
  <title>Page title</title>
  <link rel="preload" href="/font.woff2"><script src="/app.js"></script>
  <meta property=" OG:Title " content="The story's title"><meta name="og:title" content="A later title">
  <meta property="og:url" name="description" value="https://news.example.com/story">
  <meta name="og:site_name" property="fb:app_id" content="Not read: its property is another key">
  <meta name="Application-Name" content="Example News">
  <link rel="Canonical alternate" href="/canonical-story">
  <meta name="original-source" content="https://wire.example.org/original">
</head><body><p>Text</p></body></html>`;

describe.each(Object.entries(parsers))('the head read by readMetadata under %s', (_name, parse) => {
  it('finds each key whatever its case or padding, the first tag winning, property before name', () => {
    const metadata = readMetadata(parse(HEAD), 'https://news.example.com/story');
    expect(metadata).toMatchObject({
      ogTitle: "The story's title",
      ogUrl: 'https://news.example.com/story',
      siteName: 'Example News',
      canonical: 'https://news.example.com/canonical-story',
      otherUrls: ['https://wire.example.org/original'],
    });
  });

  it('reads every key it asks for: twitter:title and the other addresses', () => {
    const head = `<meta name="twitter:title" content="From Twitter's card"><meta name="syndication-source" content="https://a.example.org/syndicated">
      <meta property="al:web:url" content="https://a.example.org/app-link"><link rel="original-source" href="https://b.example.org/original">`;
    const metadata = readMetadata(parse(`<!doctype html><html><head><title>t</title>${head}</head><body><p>x</p></body></html>`), 'https://news.example.com/story');
    expect(metadata.ogTitle).toBe("From Twitter's card");
    expect(metadata.otherUrls).toEqual(['https://a.example.org/syndicated', 'https://b.example.org/original', 'https://a.example.org/app-link']);
  });

  it('takes keys padded or separated by a no-break space for no key, as browsers match them', () => {
    const head = '<meta property="\u00a0og:title" content="Padded"><meta property="og:title" content="Plain"><link rel="canonical\u00a0alternate" href="/not-canonical">';
    const metadata = readMetadata(parse(`<!doctype html><html><head><title>t</title>${head}</head><body><p>x</p></body></html>`), 'https://news.example.com/story');
    expect(metadata.ogTitle).toBe('Plain');
    expect(metadata.canonical).toBeNull();
  });

  it("reads only the head's own tags: none nested in another (a <noscript>) or in the body", () => {
    const html = '<!doctype html><html><head><title>t</title><noscript><meta property="og:title" content="Nested"></noscript></head><body><meta property="og:url" content="https://a.example.com/in-body"></body></html>';
    const document = parse(html);
    expect(document.head.querySelector('noscript meta')).not.toBeNull();
    const metadata = readMetadata(document, 'https://a.example.com/');
    expect(metadata.ogTitle).toBeNull();
    expect(metadata.ogUrl).toBeNull();
  });
});
