/**
 * The addresses a "share this page" button opens, by network: a link to one of them shares the page
 * it sits on, whatever the button looks like (an icon with no text, a label in any language).
 * Profile links (facebook.com/SomePaper) are not here: following a site is a promo, not sharing.
 *
 * Sorted by `domain` (plain string compare), no duplicate domains; each path starts with "/" and
 * is matched, case-insensitively, as the start of the link's path and query, on the domain or any
 * subdomain of it.
 */
export interface ShareEndpoint {
  domain: string;
  network: string;
  paths: readonly string[];
}

export const SHARE_ENDPOINTS: readonly ShareEndpoint[] = [
  { domain: 'bsky.app', network: 'Bluesky', paths: ['/intent/compose'] },
  { domain: 'facebook.com', network: 'Facebook', paths: ['/dialog/feed', '/dialog/send', '/dialog/share', '/share.php', '/sharer'] },
  { domain: 'flipboard.com', network: 'Flipboard', paths: ['/bookmarklet/'] },
  { domain: 'getpocket.com', network: 'Pocket', paths: ['/edit', '/save'] },
  { domain: 'line.me', network: 'LINE', paths: ['/R/msg/', '/share'] },
  { domain: 'linkedin.com', network: 'LinkedIn', paths: ['/cws/share', '/shareArticle', '/sharing/'] },
  { domain: 'mix.com', network: 'Mix', paths: ['/add'] },
  { domain: 'ok.ru', network: 'OK', paths: ['/offer'] },
  { domain: 'pinterest.com', network: 'Pinterest', paths: ['/pin/create/'] },
  { domain: 'reddit.com', network: 'Reddit', paths: ['/submit'] },
  { domain: 't.me', network: 'Telegram', paths: ['/share/'] },
  { domain: 'telegram.me', network: 'Telegram', paths: ['/share/'] },
  { domain: 'threads.net', network: 'Threads', paths: ['/intent/post'] },
  { domain: 'tumblr.com', network: 'Tumblr', paths: ['/share', '/widgets/share/'] },
  { domain: 'twitter.com', network: 'Twitter', paths: ['/intent/tweet', '/share'] },
  { domain: 'vk.com', network: 'VK', paths: ['/share.php'] },
  { domain: 'wa.me', network: 'WhatsApp', paths: ['/?text='] },
  { domain: 'weibo.com', network: 'Weibo', paths: ['/share/'] },
  { domain: 'whatsapp.com', network: 'WhatsApp', paths: ['/send'] },
  { domain: 'x.com', network: 'X', paths: ['/intent/post', '/intent/tweet', '/share'] },
];
