/** Applies the reader settings (theme, font, size, measure) to a view's root as data and CSS variables. */
import type { ReaderSettings } from '../settings';

export function applyReaderSettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--fh-size', `${settings.fontSize}px`);
  root.style.setProperty('--fh-width', `${settings.lineWidth}ch`);
}
