/** The one typed message protocol between the content script, the background and extension pages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, PassiveVerdict } from './types';

export interface ReaderState {
  open: boolean;
}

export interface ProtocolMap {
  /** Extension page -> content script of a tab: the full analysis of the page as it is now. */
  getAnalysis(): Analysis;
  /** Content script -> background: the passive verdict, for the toolbar badge. */
  reportVerdict(verdict: PassiveVerdict): void;
  /** Extension page or background -> content script: open, close or toggle reader mode. */
  setReader(open: boolean | 'toggle'): ReaderState;
  /** Extension page -> content script: scroll to clutter block N of the analysis and highlight it. */
  showClutter(index: number): boolean;
  /** Extension page -> content script: whether reader mode is open. */
  getReaderState(): ReaderState;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
