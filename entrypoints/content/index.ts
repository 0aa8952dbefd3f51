import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../src/messaging';
import { createPageAnalyzer } from '../../src/page/page-analyzer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const analyzer = createPageAnalyzer(document, () => location.href);
    const stop = onMessage('getAnalysis', () => analyzer.analysis());
    ctx.onInvalidated(() => {
      stop();
      analyzer.dispose();
    });
  },
});
