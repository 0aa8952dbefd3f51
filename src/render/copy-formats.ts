/**
 * The clean text a reader copies: plain, Markdown or HTML, each exactly the story followed by a
 * citation of the original (its publisher and address), with the aggregator's address as "via".
 */
import TurndownService from 'turndown';
import type { Analysis } from '../types';
import { parseSanitizedHtml, serializeSanitized } from './sanitize';

export interface Citation {
  /** Who first published the story. */
  sourceName: string | null;
  /** Where: the exact address when known, else the best search link, else null. */
  sourceUrl: string | null;
  sourceUrlIsSearch: boolean;
  /** The page the reader copied from, when it is a copy. */
  viaUrl: string | null;
  wireName: string | null;
}

export function citationOf(analysis: Analysis): Citation {
  const exact = analysis.originalUrl ?? analysis.links.find((link) => link.kind === 'exact')?.url ?? null;
  const search = exact ? null : (analysis.links.find((link) => link.kind !== 'exact')?.url ?? null);
  return {
    sourceName: analysis.source?.name ?? analysis.article?.siteName ?? null,
    sourceUrl: exact ?? search,
    sourceUrlIsSearch: !exact && Boolean(search),
    viaUrl: analysis.isAggregator ? analysis.url : null,
    wireName: analysis.wire?.name ?? null,
  };
}

function metaLine(analysis: Analysis): string | null {
  const article = analysis.article!;
  const parts = [article.byline, article.published?.slice(0, 10)].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/**
 * The citation's first sentence in three parts, the publisher's name in the middle, so that each
 * format can link the name without looking for it in the sentence (a name such as "Search" is in
 * the words around it too).
 */
function sourceSentence(citation: Citation): [before: string, name: string, after: string] {
  if (!citation.sourceName) return ['Original publisher unknown', '', ''];
  return ['Originally published by ', citation.sourceName, citation.sourceUrlIsSearch ? ' (address not on this page; search)' : ''];
}

export function toPlainText(analysis: Analysis): string {
  const article = analysis.article;
  if (!article) return '';
  const citation = citationOf(analysis);
  const cite = [
    citation.sourceUrl ? `${sourceSentence(citation).join('')}: ${citation.sourceUrl}` : sourceSentence(citation).join(''),
    ...(citation.wireName ? [`Wire: ${citation.wireName}`] : []),
    ...(citation.viaUrl ? [`Via: ${citation.viaUrl}`] : []),
  ].join('\n');
  const meta = metaLine(analysis);
  return [article.title, ...(meta ? [meta] : []), article.text, cite].join('\n\n') + '\n';
}

function markdownLink(text: string, url: string | null): string {
  if (!url) return text;
  return `[${text.replace(/([[\]\\])/g, '\\$1')}](${url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`;
}

let turndown: TurndownService | null = null;

function turndownService(): TurndownService {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---' });
  return turndown;
}

export function toMarkdown(analysis: Analysis, purifyWindow: Window): string {
  const article = analysis.article;
  if (!article) return '';
  const body = turndownService().turndown(parseSanitizedHtml(article.html, purifyWindow) as unknown as HTMLElement);
  const citation = citationOf(analysis);
  const [before, name, after] = sourceSentence(citation);
  const cite = [
    `> ${before}${name ? markdownLink(name, citation.sourceUrl) : ''}${after}`,
    ...(citation.wireName ? [`> Wire: ${citation.wireName}`] : []),
    ...(citation.viaUrl ? [`> Via: ${markdownLink(new URL(citation.viaUrl).hostname, citation.viaUrl)}`] : []),
  ].join('  \n');
  const meta = metaLine(analysis);
  return [`# ${article.title}`, ...(meta ? [`*${meta}*`] : []), body, cite].join('\n\n') + '\n';
}

/** Rich HTML for the clipboard: the sanitized story and its citation, built as DOM, serialized once. */
export function toHtml(analysis: Analysis, purifyWindow: Window): string {
  const article = analysis.article;
  if (!article) return '';
  const doc = purifyWindow.document;
  const make = (tag: string, text?: string) => {
    const element = doc.createElement(tag);
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const link = (text: string, url: string | null) => {
    if (!url) return doc.createTextNode(text);
    const anchor = make('a', text);
    anchor.setAttribute('href', url);
    return anchor;
  };
  const root = make('article');
  if (article.lang) root.setAttribute('lang', article.lang);
  if (article.dir) root.setAttribute('dir', article.dir);
  root.append(make('h1', article.title));
  const meta = metaLine(analysis);
  if (meta) root.append(make('p', meta));
  const body = make('div');
  body.append(parseSanitizedHtml(article.html, purifyWindow));
  root.append(body);
  const citation = citationOf(analysis);
  const cite = make('blockquote');
  const sourceLine = make('p');
  const [before, name, after] = sourceSentence(citation);
  sourceLine.append(before, ...(name ? [link(name, citation.sourceUrl)] : []), after);
  cite.append(sourceLine);
  if (citation.wireName) cite.append(make('p', `Wire: ${citation.wireName}`));
  if (citation.viaUrl) {
    const via = make('p', 'Via: ');
    via.append(link(new URL(citation.viaUrl).hostname, citation.viaUrl));
    cite.append(via);
  }
  root.append(cite);
  return serializeSanitized(root, purifyWindow);
}
