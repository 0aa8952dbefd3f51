/**
 * The one typed message protocol between the content script, the background and extension pages.
 * The content script has two parts: the passive part, declared for every web page (the check and
 * the badge), and the full part, loaded into a tab on demand (src/page/reader-script.ts), which
 * answers everything sent to a tab.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, PassiveVerdict } from './types';

export interface ReaderState {
  open: boolean;
}

export interface ProtocolMap {
  /** Extension page -> content script (full part) of a tab: the full analysis of the page as it is now. */
  getAnalysis(): Analysis;
  /** Content script (either part) -> background: the passive verdict, for the toolbar badge. */
  reportVerdict(verdict: PassiveVerdict): void;
  /**
   * Content script's passive part -> background: load the full part (analyzer, reader mode, flags)
   * into the sender's tab now; whether it runs there.
   */
  loadReader(): boolean;
  /** Extension page or background -> content script (full part): open, close or toggle reader mode. */
  setReader(open: boolean | 'toggle'): ReaderState;
  /** Extension page -> content script (full part): scroll to clutter block N of the analysis and highlight it. */
  showClutter(index: number): boolean;
  /** Extension page -> content script (full part): whether reader mode is open. */
  getReaderState(): ReaderState;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
