/** Copy buttons (and their keys): the story as plain text, Markdown or rich HTML, with its citation. */
import type { Analysis } from '../types';
import { toHtml, toMarkdown, toPlainText } from '../render/copy-formats';
import { writeClipboard, type ClipboardPayload } from './clipboard';
import { el } from './dom';
import { t, type MessageKey } from './i18n';

export type CopyFormat = 'text' | 'markdown' | 'html';

const FORMATS: Array<{ format: CopyFormat; label: MessageKey; done: MessageKey; key: string }> = [
  { format: 'text', label: 'copyText', done: 'copiedText', key: 't' },
  { format: 'markdown', label: 'copyMarkdown', done: 'copiedMarkdown', key: 'm' },
  { format: 'html', label: 'copyHtml', done: 'copiedHtml', key: 'h' },
];

function copyPayload(analysis: Analysis, format: CopyFormat, win: Window): ClipboardPayload {
  if (format === 'markdown') return { text: toMarkdown(analysis, win) };
  if (format === 'html') return { text: toPlainText(analysis), html: toHtml(analysis, win) };
  return { text: toPlainText(analysis) };
}

/** Copy buttons with a visible confirmation; `keyTarget` also answers the keys T, M and H. */
export function renderCopyBar(analysis: Analysis, keyTarget?: EventTarget): HTMLElement {
  const status = el('span', { className: 'fh-copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const bar = el('div', { className: 'fh-copy-bar', attrs: { role: 'group', 'aria-label': t('copyGroupLabel') } });
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const copy = (format: CopyFormat) => {
    const doc = bar.ownerDocument;
    const ok = writeClipboard(copyPayload(analysis, format, doc.defaultView!), doc);
    const entry = FORMATS.find((item) => item.format === format)!;
    status.textContent = ok ? t(entry.done) : t('copyFailed');
    bar.dataset.copied = ok ? format : 'failed';
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => {
      status.textContent = '';
      delete bar.dataset.copied;
    }, 2500);
  };
  for (const { format, label, key } of FORMATS) {
    const button = el('button', {
      className: 'fh-button',
      text: t(label),
      attrs: { type: 'button', 'data-copy': format, 'aria-keyshortcuts': key.toUpperCase(), title: `${t(label)} (${key.toUpperCase()})` },
    });
    button.addEventListener('click', () => copy(format));
    bar.append(button);
  }
  bar.append(status);
  keyTarget?.addEventListener('keydown', (event) => {
    const keyEvent = event as KeyboardEvent;
    if (keyEvent.ctrlKey || keyEvent.metaKey || keyEvent.altKey || isTyping(keyEvent.target)) return;
    const entry = FORMATS.find((item) => item.key === keyEvent.key.toLowerCase());
    if (entry) {
      keyEvent.preventDefault();
      copy(entry.format);
    }
  });
  return bar;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)));
}
