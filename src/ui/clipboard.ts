/** Puts a copy on the clipboard with both flavours: text/plain always, text/html for rich copies. */
export interface ClipboardPayload {
  text: string;
  html?: string;
}

/**
 * The copy event lets one user gesture set several flavours at once, in extension pages and content
 * scripts alike, without the clipboardWrite permission.
 */
export function writeClipboard(payload: ClipboardPayload, doc: Document = document): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.text);
    if (payload.html !== undefined) event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return written;
}
