/**
 * The reader overlay's content: exactly the cleaned view of the popup (renderReaderView), with the
 * page's own pictures (already loaded), laid out as one reading column over the whole viewport.
 */
import type { Analysis } from '../types';
import type { ReaderSettings } from '../settings';
import { el } from './dom';
import { t } from './i18n';
import { renderReaderView } from './reader-view';
import { applyReaderSettings } from './theme';

export interface OverlayViewOptions {
  settings: ReaderSettings;
  /** The overlay's controls (site rule, Close), appended to the view's toolbar. */
  tools: HTMLElement[];
  showOnPage?: (index: number) => void;
}

export interface OverlayView {
  /** The element to mount: it receives the copy keys (T, M, H) pressed inside the overlay. */
  frame: HTMLElement;
  /** The dialog itself, the scrolling `.fh-view`: focus goes here when the overlay opens. */
  dialog: HTMLElement;
}

export function renderOverlayView(analysis: Analysis, options: OverlayViewOptions): OverlayView {
  const frame = el('div', { className: 'fh-overlay-frame' });
  const dialog = renderReaderView(analysis, {
    deferImages: false,
    keyTarget: frame,
    showOnPage: options.showOnPage,
    tools: options.tools,
  });
  dialog.classList.add('fh-overlay');
  const title = analysis.article?.title ?? t('extName');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', t('readerLabel', title));
  dialog.tabIndex = -1;
  // One column as wide as the story's measure, so the source panel and the toolbar line up with it.
  const column = el('div', { className: 'fh-overlay-column' });
  column.append(...Array.from(dialog.childNodes));
  dialog.append(column);
  applyReaderSettings(dialog, options.settings);
  frame.append(dialog);
  return { frame, dialog };
}
