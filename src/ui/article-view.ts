/** The cleaned story as extension pages and the reader overlay show it. */
import type { Article } from '../types';
import { renderSanitizedHtml } from '../render/sanitize';
import { el } from './dom';
import { t } from './i18n';

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'medium' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

export function renderArticle(article: Article, deferImages = true): HTMLElement {
  const meta = [
    article.byline,
    formatDate(article.published, article.lang),
    t('readingMinutes', String(article.readingMinutes)),
  ].filter((part): part is string => Boolean(part));
  const body = el('div', { className: 'fh-article-body' });
  renderSanitizedHtml(body, article.html, { deferImages });
  const root = el(
    'article',
    { className: 'fh-article', attrs: { ...(article.lang ? { lang: article.lang } : {}), dir: article.dir ?? 'auto' } },
    el('h1', { className: 'fh-article-title', text: article.title }),
    // Each part isolated (<bdi>): the reading time is in the reader's language, maybe not the story's direction.
    el('p', { className: 'fh-article-meta' }, ...meta.flatMap((part, index) => [index > 0 && ' · ', el('bdi', { text: part })])),
    body,
  );
  return root;
}
