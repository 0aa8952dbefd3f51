/**
 * Sites a link in a page can go to that never first published a news story: social networks and
 * their share pages, messaging apps, shops and link-only readers. The passive check, which reads the
 * lines around every link that leaves the site, skips links to these (a third of such links on the
 * Zyte benchmark's pages); the full analysis still reads every credit line by its words.
 *
 * Registrable domains, sorted (plain string compare), no duplicates.
 */
export const NEVER_SOURCE_DOMAINS: readonly string[] = [
  'amazon.com',
  'amzn.to',
  'facebook.com',
  'flipboard.com',
  'instagram.com',
  'linkedin.com',
  'pinterest.com',
  'reddit.com',
  't.me',
  'tiktok.com',
  'twitter.com',
  'wa.me',
  'whatsapp.com',
  'x.com',
];
