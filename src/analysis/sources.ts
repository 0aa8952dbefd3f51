/** Turns the verdict into the reader's answer: the source, its wire, the original's address, and links. */
import { outletForHost, outletForName } from '../data/outlet-index';
import type { SourceCredit, SourceLink } from '../types';
import { hostOf, siteDomain, type NamedOutlet } from './credits';
import type { Verdict } from './detect';
import type { PageMetadata } from './metadata';
import { isWebUrl } from '../web-url';

export interface SourceAnswer {
  source: SourceCredit | null;
  otherSources: SourceCredit[];
  originalUrl: string | null;
  links: SourceLink[];
}

/** An address is the original only when it sits on the source's own site. */
function onSite(url: string | null, domain: string | null): boolean {
  const host = hostOf(url);
  return Boolean(host && domain && (siteDomain(host) === domain || outletForHost(host)?.domain === domain));
}

function searchLinks(source: SourceCredit, headline: string): SourceLink[] {
  if (!source.domain || !headline) return [];
  const registry = outletForHost(source.domain) ?? outletForName(source.name);
  const links: SourceLink[] = [];
  if (registry?.searchUrl) {
    const url = registry.searchUrl.replace('{query}', encodeURIComponent(headline));
    links.push({ kind: 'site-search', url, domain: source.domain, label: `Search ${source.name} for this headline` });
  }
  const query = `site:${source.domain} "${headline}"`;
  links.push({
    kind: 'web-search',
    url: `https://duckduckgo.com/?q=${encodeURIComponent(query)}`,
    domain: 'duckduckgo.com',
    label: `Web search for this headline on ${source.domain}`,
  });
  return links;
}

export function answerSources(
  verdict: Verdict,
  own: NamedOutlet,
  metadata: PageMetadata,
  pageUrl: URL,
  headline: string,
): SourceAnswer {
  if (!verdict.isAggregator) {
    // An original: the page's own outlet, at its own (canonical) address.
    const canonical = [metadata.canonical, metadata.ogUrl].find((url) => isWebUrl(url) && siteDomain(hostOf(url)!) === siteDomain(pageUrl.hostname));
    const url = canonical ?? pageUrl.href;
    const source: SourceCredit = {
      name: own.name,
      domain: own.domain,
      url,
      evidence: [`This page is on ${siteDomain(pageUrl.hostname)}, ${own.name}'s own site, and credits no other outlet as its source`],
      confidence: Math.round((1 - verdict.confidence) * 100) / 100,
    };
    return { source, otherSources: [], originalUrl: url, links: [{ kind: 'exact', url, domain: siteDomain(pageUrl.hostname), label: `This article on ${siteDomain(pageUrl.hostname)}` }] };
  }
  const [source = null, ...otherSources] = verdict.sources;
  if (!source) return { source: null, otherSources: [], originalUrl: null, links: [] };
  const exact = verdict.sources.flatMap((candidate) => (candidate === source ? [candidate.url] : [])).find((url) => isWebUrl(url) && onSite(url, source.domain)) ?? null;
  const originalUrl = exact ?? (isWebUrl(source.url) && !source.domain ? source.url : null);
  const links: SourceLink[] = originalUrl
    ? [{ kind: 'exact', url: originalUrl, domain: siteDomain(hostOf(originalUrl)!), label: `Original article on ${siteDomain(hostOf(originalUrl)!)}` }]
    : searchLinks(source, headline);
  // The outlet's site as the original's own address shows it (bbc.com rather than the registry's bbc.co.uk).
  const domain = originalUrl && source.domain && onSite(originalUrl, source.domain) ? siteDomain(hostOf(originalUrl)!) : source.domain;
  return { source: { ...source, domain, url: originalUrl }, otherSources, originalUrl, links };
}

