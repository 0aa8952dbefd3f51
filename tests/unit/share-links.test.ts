import { describe, expect, it } from 'vitest';
import { shareNetwork } from '../../src/analysis/share-links';

describe('shareNetwork', () => {
  it.each([
    ['https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fa', 'Facebook'],
    ['https://www.facebook.com/dialog/feed?link=https%3A%2F%2Fnews.yahoo.com%2Fx.html', 'Facebook'],
    ['//twitter.com/intent/tweet?url=x', 'Twitter'],
    ['https://X.com/intent/post?text=x', 'X'],
    ['https://www.linkedin.com/shareArticle?mini=true&url=x', 'LinkedIn'],
    ['https://api.whatsapp.com/send?text=x', 'WhatsApp'],
    ['https://wa.me/?text=x', 'WhatsApp'],
    ['https://share.flipboard.com/bookmarklet/popout?v=2&url=x', 'Flipboard'],
    ['https://pinterest.com/pin/create/button/?url=x', 'Pinterest'],
    ['mailto:?subject=A%20story&body=https://example.com/a', 'Email'],
    [' https://t.me/share/url?url=x ', 'Telegram'],
  ])('%s shares on %s', (href, network) => expect(shareNetwork(href)).toBe(network));

  it.each([
    'https://www.facebook.com/CBSDetroit',
    'https://twitter.com/nytimes',
    'https://wa.me/5547999999999',
    'mailto:tips@example.com',
    'https://www.netflix.com/share',
    'https://example.com/sharer?u=facebook.com/sharer',
    'javascript:window.print()',
    '',
  ])('%s shares nothing', (href) => expect(shareNetwork(href)).toBeNull());
});
