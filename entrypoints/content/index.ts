import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPassivePage } from '../../src/page/passive-page';

/**
 * The passive part, on every web page: the check and the badge, again after in-page navigations,
 * and a request for the full part (entrypoints/reader.content) when the page needs it. Kept small:
 * no analyzer, no Readability, DOMPurify or turndown, no UI, no styles.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(startPassivePage(ctx, document));
  },
});
