/**
 * The cleaned view of one analysed page, shared by the popup, the view opened in a tab and the
 * reader overlay: verdict and evidence, source links, copy buttons, the story, the clutter report.
 */
import type { Analysis } from '../types';
import { loadDeferredImages, DEFERRED_SRC } from '../render/sanitize';
import { renderArticle } from './article-view';
import { renderClutterReport } from './clutter-view';
import { renderCopyBar } from './copy-bar';
import { el } from './dom';
import { t } from './i18n';
import { renderSources } from './sources-view';
import { verdictKind, verdictText } from './verdict';

export interface ReaderViewOptions {
  /** Extension pages defer pictures until the reader asks; the overlay shows what the page loaded. */
  deferImages: boolean;
  /** Element whose key presses copy (T, M, H); none in the overlay, whose page owns the keys. */
  keyTarget?: EventTarget;
  showOnPage?: (index: number) => void;
  /** Extra controls for the toolbar (open in tab, reader mode, settings), supplied by each host. */
  tools?: HTMLElement[];
}

function renderVerdict(analysis: Analysis): HTMLElement {
  const kind = verdictKind(analysis);
  const evidence = analysis.evidence.length
    ? el(
        'details',
        { className: 'fh-evidence' },
        el('summary', { text: t('evidenceSummary', String(analysis.evidence.length)) }),
        el('ul', {}, ...analysis.evidence.map((line) => el('li', { text: line }))),
      )
    : null;
  return el(
    'header',
    { className: 'fh-verdict', attrs: { 'data-verdict': kind } },
    el('p', { className: 'fh-verdict-title', text: verdictText(analysis) }),
    evidence,
  );
}

function renderImagesNotice(article: HTMLElement): HTMLElement | null {
  const count = article.querySelectorAll(`img[${DEFERRED_SRC}]`).length;
  if (count === 0) return null;
  const button = el('button', { className: 'fh-link-button', text: t('imagesLoad', String(count)), attrs: { type: 'button' } });
  const notice = el('p', { className: 'fh-images-notice' }, button);
  button.addEventListener('click', () => {
    loadDeferredImages(article);
    notice.remove();
  });
  return notice;
}

export function renderReaderView(analysis: Analysis, options: ReaderViewOptions): HTMLElement {
  const view = el('div', { className: 'fh-view', attrs: { 'data-verdict': verdictKind(analysis) } });
  view.append(renderVerdict(analysis));
  const sources = analysis.article || analysis.isAggregator ? renderSources(analysis) : null;
  if (sources) view.append(sources);
  if (analysis.article) {
    const article = renderArticle(analysis.article, options.deferImages);
    view.append(el('div', { className: 'fh-toolbar' }, renderCopyBar(analysis, options.keyTarget), ...(options.tools ?? [])));
    const notice = renderImagesNotice(article);
    if (notice) view.append(notice);
    view.append(article);
  }
  const report = analysis.article ? renderClutterReport(analysis.clutter, options.showOnPage) : null;
  if (report) view.append(report);
  const said = verdictText(analysis);
  for (const problem of analysis.problems) if (problem !== said) view.append(el('p', { className: 'fh-problem', text: problem }));
  return view;
}
