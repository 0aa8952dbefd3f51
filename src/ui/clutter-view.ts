/** The clutter report: every block Firsthand kept out of the story, what it is and why. */
import type { ClutterBlock } from '../types';
import { el } from './dom';
import { t } from './i18n';

const PREVIEW_CHARS = 140;

export function renderClutterReport(clutter: readonly ClutterBlock[], showOnPage?: (index: number) => void): HTMLElement | null {
  if (clutter.length === 0) return null;
  const items = clutter.map((block, index) => {
    const preview = block.text.length > PREVIEW_CHARS ? `${block.text.slice(0, PREVIEW_CHARS - 1)}…` : block.text;
    const button = showOnPage
      ? el('button', { className: 'fh-link-button', text: t('clutterShowOnPage'), attrs: { type: 'button', 'data-clutter-index': String(index) } })
      : null;
    button?.addEventListener('click', () => showOnPage!(index));
    return el(
      'li',
      { attrs: { 'data-kind': block.kind } },
      el('p', { className: 'fh-clutter-reason', text: block.reason }),
      preview ? el('p', { className: 'fh-clutter-preview', text: preview }) : null,
      button,
    );
  });
  return el(
    'details',
    { className: 'fh-clutter' },
    el('summary', { text: t('clutterSummary', String(clutter.length)) }),
    el('ol', {}, ...items),
  );
}
