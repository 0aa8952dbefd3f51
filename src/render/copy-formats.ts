/** The clean text a reader copies: plain, Markdown or HTML, each ending with a citation of the original. */
import TurndownService from 'turndown';
import type { Analysis } from '../types';
import { parseSanitizedHtml } from './sanitize';

export interface Citation {
  /** Who first published the story, and where. */
  sourceName: string | null;
  sourceUrl: string | null;
  /** The page the reader copied from, when it is a copy. */
  viaUrl: string | null;
  wireName: string | null;
}

export function citationOf(analysis: Analysis): Citation {
  const exact = analysis.links.find((link) => link.kind === 'exact');
  const sourceUrl = analysis.originalUrl ?? exact?.url ?? (analysis.isAggregator ? null : analysis.url);
  return {
    sourceName: analysis.source?.name ?? analysis.article?.siteName ?? null,
    sourceUrl,
    viaUrl: analysis.isAggregator ? analysis.url : null,
    wireName: analysis.wire?.name ?? null,
  };
}

function citationLines(citation: Citation): string[] {
  const lines: string[] = [];
  const by = citation.sourceName ? `Originally published by ${citation.sourceName}` : 'Original publisher unknown';
  lines.push(citation.sourceUrl ? `${by}: ${citation.sourceUrl}` : by);
  if (citation.wireName) lines.push(`Wire: ${citation.wireName}`);
  if (citation.viaUrl) lines.push(`Via: ${citation.viaUrl}`);
  return lines;
}

function headerLines(analysis: Analysis): string[] {
  const article = analysis.article;
  if (!article) return [];
  const meta = [article.byline, article.published?.slice(0, 10)].filter(Boolean).join(' · ');
  return meta ? [article.title, meta] : [article.title];
}

export function toPlainText(analysis: Analysis): string {
  const article = analysis.article;
  if (!article) return '';
  return [...headerLines(analysis), article.text, citationLines(citationOf(analysis)).join('\n')].join('\n\n') + '\n';
}

function markdownLink(text: string, url: string | null): string {
  return url ? `[${text.replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, encodeURIComponent)})` : text;
}

let turndown: TurndownService | null = null;

function turndownService(): TurndownService {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  return turndown;
}

export function toMarkdown(analysis: Analysis, purifyWindow: Window): string {
  const article = analysis.article;
  if (!article) return '';
  const body = turndownService().turndown(parseSanitizedHtml(article.html, purifyWindow) as unknown as HTMLElement);
  const citation = citationOf(analysis);
  const meta = [article.byline, article.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const cite = [
    `> ${citation.sourceName ? 'Originally published by ' + markdownLink(citation.sourceName, citation.sourceUrl) : 'Original publisher unknown'}`,
    ...(citation.wireName ? [`> Wire: ${citation.wireName}`] : []),
    ...(citation.viaUrl ? [`> Via: ${markdownLink(new URL(citation.viaUrl).hostname, citation.viaUrl)}`] : []),
  ].join('\n');
  return [`# ${article.title}`, ...(meta ? [`*${meta}*`] : []), body, cite].join('\n\n') + '\n';
}
