// With cssInjectionMode 'ui' these styles go only into Firsthand's shadow roots, never into the page.
import '../../src/ui/reader-view.css';
import '../../src/ui/overlay-view.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../src/messaging';
import { startPage } from '../../src/page/page-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    // The passive check, reader mode, clutter flags and site rules; again after in-page navigations.
    const page = startPage(ctx, document);
    const stops = [
      onMessage('getAnalysis', () => page.analysis()),
      onMessage('setReader', ({ data }) => page.setReader(data)),
      onMessage('getReaderState', () => page.readerState()),
      onMessage('showClutter', ({ data }) => page.showClutter(data)),
    ];
    ctx.onInvalidated(() => {
      for (const stop of stops) stop();
      page.dispose();
    });
  },
});
