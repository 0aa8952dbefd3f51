/** The one typed message protocol between the content script, the background and extension pages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, PassiveVerdict } from './types';

export interface ProtocolMap {
  /** Extension page -> content script of a tab: the full analysis of the page as it is now. */
  getAnalysis(): Analysis;
  /** Content script -> background: the passive verdict, for the toolbar badge. */
  reportVerdict(verdict: PassiveVerdict): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
