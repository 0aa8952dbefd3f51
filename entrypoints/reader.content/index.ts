// With cssInjectionMode 'ui' these styles go only into Firsthand's shadow roots, never into the page.
import '../../src/ui/reader-view.css';
import '../../src/ui/overlay-view.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../src/messaging';
import { startPage } from '../../src/page/page-controller';
import { markReaderReady, readerRunning } from '../../src/page/reader-script';

/**
 * The full part: the analyzer, reader mode, clutter flags and site rules. Not in the manifest:
 * loaded into a tab on demand, at most once per page (src/page/reader-script.ts). The matches only
 * scope its stylesheet (web_accessible_resources); it never runs by itself.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    if (readerRunning()) return;
    const page = startPage(ctx, document);
    const stops = [
      onMessage('getAnalysis', () => page.analysis()),
      onMessage('setReader', ({ data }) => page.setReader(data)),
      onMessage('getReaderState', () => page.readerState()),
      onMessage('showClutter', ({ data }) => page.showClutter(data)),
    ];
    markReaderReady((cb) => ctx.onInvalidated(cb));
    ctx.onInvalidated(() => {
      for (const stop of stops) stop();
      page.dispose();
    });
  },
});
