/** Share bars are told by where their links go, so icon-only buttons and other languages are named too. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { nodeSanitizerWindow, parsePage } from '../../src/node/page';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the council story: the members met on Tuesday evening and argued for hours about the budget, the roads and the new library before voting.</p>`).join('\n');

function clutterOf(middle: string): Array<{ kind: string; reason: string; text: string }> {
  const html = `<!doctype html><html lang="en"><head><title>Council votes on budget</title></head><body><article><h1>Council votes on budget</h1>${middle}${STORY}</article></body></html>`;
  return analyze(parsePage(html), { url: 'https://example-paper.com/news/council-votes-on-budget', purifyWindow: nodeSanitizerWindow() }).clutter;
}

describe('share bars', () => {
  it('names a row of icon-only share links, with the networks it shares on', () => {
    const clutter = clutterOf(`<div role="group">
      <a href="https://www.facebook.com/dialog/feed?link=x" aria-label="Share on Facebook"></a>
      <a href="https://twitter.com/intent/tweet?url=x" aria-label="Share on X"></a>
      <a href="mailto:?subject=Council&body=x" aria-label="Email"></a></div>`);
    const bars = clutter.filter((block) => block.kind === 'share-bar');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.reason).toBe('Share buttons: 3 links that share this page (Facebook, Twitter, Email)');
  });

  it('names buttons in any language, with the wrapper that only adds a line of its own', () => {
    const clutter = clutterOf(`<div><p>Partilhe!</p><ul>
      <li><a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></li>
      <li><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></li></ul></div>`);
    const bar = clutter.find((block) => block.kind === 'share-bar');
    expect(bar?.text).toBe('Partilhe! WhatsApp Facebook');
  });

  it("does not take links to a site's own profiles, or a lone share link, for a share bar", () => {
    const clutter = clutterOf(`<p>Follow the paper: <a href="https://www.facebook.com/ExamplePaper">Facebook</a> and <a href="https://twitter.com/examplepaper">Twitter</a></p>
      <p>Tell a friend: <a href="https://twitter.com/intent/tweet?url=x">tweet this story</a></p>`);
    expect(clutter.filter((block) => block.kind === 'share-bar')).toEqual([]);
  });
});
