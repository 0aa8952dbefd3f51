/** What the page's head and structured data say about it: cheap reads, no cloning. */

export interface StructuredArticle {
  headline: string | null;
  url: string | null;
  publisher: string | null;
  /** Organisations named as author, provider, sourceOrganization or isBasedOn's publisher. */
  creditedOrganizations: string[];
  /** isBasedOn (or its url), when the article says what it copies. */
  basedOnUrl: string | null;
}

export interface PageMetadata {
  canonical: string | null;
  ogUrl: string | null;
  ogTitle: string | null;
  siteName: string | null;
  /** Other addresses the head links the story to: app links, "original-source", syndication-source. */
  otherUrls: string[];
  structured: StructuredArticle[];
}

const MAX_JSON_LD_CHARS = 200_000;
const MAX_JSON_LD_NODES = 2_000;
const ARTICLE_TYPES = /(Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting)$/;

/** The head's metas and links by their lower-cased property, name or rel, read in one pass. */
interface HeadTags {
  meta: Map<string, string>;
  link: Map<string, string>;
}

/** What readMetadata asks of the head: a page's head holds dozens of tags, and most are not these. */
const META_KEYS = ['og:title', 'twitter:title', 'og:site_name', 'application-name', 'og:url', 'original-source', 'syndication-source', 'al:web:url'];
const LINK_RELS = ['canonical', 'original-source'];
/**
 * The head's own metas and links are found by going through its children, and each key is read here:
 * a `:scope > meta, :scope > link` query costs more than that walk, and one list of selectors naming
 * every key (`meta[property~="og:title" i], …`) cost Chromium eight times that query.
 */

const ASCII_WHITESPACE = /[\t\n\f\r ]+/;
const ASCII_PADDING = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function readHeadTags(doc: Document): HeadTags {
  const tags: HeadTags = { meta: new Map(), link: new Map() };
  const head = doc.head ?? doc.documentElement;
  if (!head) return tags;
  const children = head.children;
  for (let i = 0; i < children.length; i++) {
    const element = children[i]!;
    const tag = element.localName;
    if (tag === 'meta') {
      // Keyed by property before name, as the page's other readers do. A key padded with a no-break
      // space is no key: only ASCII whitespace is trimmed, as browsers split attribute values.
      const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').replace(ASCII_PADDING, '').toLowerCase();
      if (!META_KEYS.includes(key) || tags.meta.has(key)) continue;
      // Some saved pages write value= instead of content=.
      const value = (element.getAttribute('content') ?? element.getAttribute('value') ?? '').trim();
      if (value) tags.meta.set(key, value);
    } else if (tag === 'link') {
      const href = (element.getAttribute('href') ?? '').trim();
      for (const rel of (element.getAttribute('rel') ?? '').toLowerCase().split(ASCII_WHITESPACE)) if (LINK_RELS.includes(rel) && href && !tags.link.has(rel)) tags.link.set(rel, href);
    }
  }
  return tags;
}

function absoluteUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How far into nested arrays and affiliations a value is read: real JSON-LD nests a few levels, hostile pages thousands. */
const MAX_VALUE_DEPTH = 6;

function asText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value) && depth < MAX_VALUE_DEPTH) return asText(value[0], depth + 1);
  return null;
}

function nameOf(value: unknown, depth = 0): string[] {
  if (depth > MAX_VALUE_DEPTH) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.slice(0, 10).flatMap((item) => nameOf(item, depth + 1));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const name = asText(record.name) ?? asText(record.legalName) ?? asText(record.alternateName);
    const type = asText(record['@type']) ?? '';
    // A person's name says who wrote it, not which outlet; their affiliation does.
    if (/Person/i.test(type)) return nameOf(record.affiliation ?? record.worksFor, depth + 1);
    return name ? [name] : [];
  }
  return [];
}

/** Flattens JSON-LD graphs into plain objects, bounded so a hostile page cannot make it work for long. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    let seen = 0;
    while (queue.length && seen++ < MAX_JSON_LD_NODES) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item.slice(0, 100));
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        objects.push(record);
        if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]).slice(0, 100));
      }
    }
  }
  return objects;
}

function structuredArticles(doc: Document, base: string): StructuredArticle[] {
  const articles: StructuredArticle[] = [];
  for (const record of jsonLdObjects(doc)) {
    const types = ([] as unknown[]).concat(record['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (!types.some((type) => ARTICLE_TYPES.test(type))) continue;
    const basedOn = record.isBasedOn ?? record.isBasedOnUrl;
    const basedOnUrl = typeof basedOn === 'string' ? basedOn : asText((basedOn as Record<string, unknown> | undefined)?.url);
    const credited = [
      ...nameOf(record.sourceOrganization),
      ...nameOf(record.provider),
      ...nameOf(record.author),
      ...nameOf(record.creator),
      ...(basedOn && typeof basedOn === 'object' ? nameOf((basedOn as Record<string, unknown>).publisher) : []),
    ];
    articles.push({
      headline: asText(record.headline) ?? asText(record.name),
      url: absoluteUrl(asText(record.url) ?? asText((record.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']), base),
      publisher: nameOf(record.publisher)[0] ?? null,
      creditedOrganizations: [...new Set(credited)],
      basedOnUrl: absoluteUrl(basedOnUrl, base),
    });
  }
  return articles;
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const { meta, link } = readHeadTags(doc);
  const otherUrls = [meta.get('original-source'), meta.get('syndication-source'), link.get('original-source'), meta.get('al:web:url')]
    .map((value) => absoluteUrl(value ?? null, pageUrl))
    .filter((value): value is string => value !== null);
  return {
    canonical: absoluteUrl(link.get('canonical') ?? null, pageUrl),
    ogUrl: absoluteUrl(meta.get('og:url') ?? null, pageUrl),
    ogTitle: meta.get('og:title') ?? meta.get('twitter:title') ?? null,
    siteName: meta.get('og:site_name') ?? meta.get('application-name') ?? null,
    otherUrls,
    structured: structuredArticles(doc, pageUrl),
  };
}
