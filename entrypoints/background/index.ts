import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../../src/messaging';

export default defineBackground(() => {
  onMessage('reportVerdict', ({ data: verdict, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: verdict.isAggregator ? browser.i18n.getMessage('badgeCopy') : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  });
});
