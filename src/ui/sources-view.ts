/** Who first published the story, who reported it, and where to read it: links that say what they are. */
import type { Analysis, SourceLink } from '../types';
import { el } from './dom';
import { t } from './i18n';
import { isWebUrl } from '../web-url';

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Only http(s) addresses become links, always in a new tab with no opener and no referrer. */
function externalLink(url: string, text: string): HTMLElement {
  if (!isWebUrl(url)) return el('span', { text });
  return el('a', { text, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } });
}

function linkKindLabel(link: SourceLink): string {
  return link.kind === 'exact' ? t('linkExact') : link.kind === 'site-search' ? t('linkSiteSearch') : t('linkWebSearch');
}

function row(label: string, ...content: Array<Node | string>): HTMLElement[] {
  return [el('dt', { text: label }), el('dd', {}, ...content)];
}

export function renderSources(analysis: Analysis): HTMLElement | null {
  const { source, wire, links } = analysis;
  if (!source && !wire) return null;
  const rows: HTMLElement[] = [];
  if (source) {
    const home = source.domain ? `https://${source.domain}/` : null;
    rows.push(
      ...row(
        analysis.isAggregator ? t('sourcePublisher') : t('sourceThisOutlet'),
        home ? externalLink(home, source.name) : source.name,
        ...(source.domain ? [' ', el('span', { className: 'fh-domain', text: source.domain })] : []),
      ),
    );
  }
  if (wire) rows.push(...row(t('sourceWire'), wire.name, ...(wire.domain ? [' ', el('span', { className: 'fh-domain', text: wire.domain })] : [])));
  // A copy lists every way to the original; an original lists its own exact (canonical) address, if known.
  const shown = analysis.isAggregator ? links : links.filter((link) => link.kind === 'exact');
  if (analysis.isAggregator || shown.length) {
    const items = shown.map((link) =>
      el('li', { attrs: { 'data-link-kind': link.kind } }, externalLink(link.url, link.label), ' ', el('span', { className: 'fh-link-kind', text: `${linkKindLabel(link)} · ${domainOf(link.url)}` })),
    );
    rows.push(...row(analysis.isAggregator ? t('sourceOriginal') : t('sourceAddress'), items.length ? el('ul', { className: 'fh-links' }, ...items) : t('sourceNoLink')));
  }
  return el('section', { className: 'fh-sources', attrs: { 'aria-label': t('sourcesLabel') } }, el('dl', {}, ...rows));
}
