/**
 * Sites known to republish other outlets' full stories. Link-only aggregators (Google News, NewsNow,
 * Flipboard, Ground News, SmartNews) are left out: they send the reader to the original.
 *
 * Sorted by `domain` (plain string compare). Domains are registrable domains: a page is on an aggregator
 * when its host is the domain or ends with "." + domain. Several of these also host their own reporting
 * (a portal's staff story is an original), so being here makes a page a suspect, not a copy.
 */

export interface Aggregator {
  domain: string;
  name: string;
  /** how it republishes: 'full-copy' (whole text under its own logo), 'partner-feed' (licensed full text, MSN/Yahoo style), 'scraper' */
  style: 'full-copy' | 'partner-feed' | 'scraper';
}

export const AGGREGATORS: readonly Aggregator[] = [
  // reposts partner media whole under "来源:"
  { domain: '163.com', name: 'NetEase News', style: 'partner-feed' },
  { domain: 'aol.com', name: 'AOL', style: 'partner-feed' },
  // web archive: the original address is inside the copy's path (/web/<timestamp>/<original>)
  { domain: 'archive.org', name: 'Internet Archive', style: 'full-copy' },
  // web archive snapshots
  { domain: 'archive.ph', name: 'archive.today', style: 'full-copy' },
  { domain: 'archyde.com', name: 'Archyde', style: 'scraper' },
  // ANI and other wire copy published whole
  { domain: 'bignewsnetwork.com', name: 'Big News Network', style: 'partner-feed' },
  // whole stories under its own logo, with "Top stories" and "Related Articles" injected
  { domain: 'daily8.com', name: 'Daily8', style: 'full-copy' },
  { domain: 'dailyhunt.in', name: 'Dailyhunt', style: 'partner-feed' },
  // registrable domain: copies live on v.daum.net
  { domain: 'daum.net', name: 'Daum News', style: 'partner-feed' },
  // wire feeds (Reuters, PTI) published whole, "auto-generated from a syndicated feed"
  { domain: 'devdiscourse.com', name: 'Devdiscourse', style: 'partner-feed' },
  { domain: 'headtopics.com', name: 'Head Topics', style: 'scraper' },
  { domain: 'inkl.com', name: 'inkl', style: 'partner-feed' },
  // partner articles and press releases published whole under "Source:"
  { domain: 'menafn.com', name: 'MENAFN', style: 'partner-feed' },
  { domain: 'msn.com', name: 'MSN', style: 'partner-feed' },
  // registrable domain: copies live on n.news.naver.com; Naver is also a portal for everything else
  { domain: 'naver.com', name: 'Naver News', style: 'partner-feed' },
  { domain: 'newsbeezer.com', name: 'Newsbeezer', style: 'scraper' },
  { domain: 'newsbreak.com', name: 'NewsBreak', style: 'partner-feed' },
  // licensed print editions, story by story
  { domain: 'pressreader.com', name: 'PressReader', style: 'partner-feed' },
  // reposts state and partner media whole under "来源:"
  { domain: 'sina.com.cn', name: 'Sina News', style: 'partner-feed' },
  { domain: 'world-today-news.com', name: 'World Today News', style: 'scraper' },
  // news.yahoo.co.jp runs partners' full texts
  { domain: 'yahoo.co.jp', name: 'Yahoo! JAPAN', style: 'partner-feed' },
  // registrable domain: the copies live on news.yahoo.com, finance.yahoo.com and regional hosts (sg.news.yahoo.com ...); yahoo.com also hosts Yahoo's own reporting
  { domain: 'yahoo.com', name: 'Yahoo', style: 'partner-feed' },
];
