import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../src/messaging';
import { passiveCheck } from '../../src/analysis/passive';
import { createPageAnalyzer } from '../../src/page/page-analyzer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const analyzer = createPageAnalyzer(document, () => location.href);
    const report = () => void sendMessage('reportVerdict', passiveCheck(document, location.href)).catch(() => {});
    report();
    // Single-page news sites change the address without reloading: check each new story again.
    ctx.addEventListener(window, 'wxt:locationchange', report);
    const stop = onMessage('getAnalysis', () => analyzer.analysis());
    ctx.onInvalidated(() => {
      stop();
      analyzer.dispose();
    });
  },
});
