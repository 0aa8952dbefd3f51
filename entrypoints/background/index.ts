import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../../src/messaging';
import { ensureReader } from '../../src/page/reader-script';
import { behaviourSettings } from '../../src/settings';
import { createMenu, onActionClicked, onCommand, onMenuClicked } from '../../src/background/reader-routes';
import { applyToolbarSetting, showVerdictOnBadge, toolbarAction } from '../../src/background/toolbar';

export default defineBackground(() => {
  onMessage('reportVerdict', ({ data: verdict, sender }) => {
    if (sender.tab?.id !== undefined) showVerdictOnBadge(sender.tab.id, verdict);
  });
  // The passive part asks for the full part (flags on a copy, reader mode opening by itself).
  onMessage('loadReader', ({ sender }) => (sender.tab?.id === undefined ? false : ensureReader(sender.tab.id)));

  // Reader mode's routes besides the popup's button: the keyboard command, the context menu, the toolbar button.
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  toolbarAction().onClicked.addListener((tab) => void onActionClicked(tab));
  void createMenu(browser.i18n.getMessage('menuToggleReader'));
  void behaviourSettings.getValue().then((value) => applyToolbarSetting(value?.toolbarTogglesReader === true));
  behaviourSettings.watch((value) => void applyToolbarSetting(value?.toolbarTogglesReader === true));

  // The same listeners, reachable from the browser tests, which cannot press a browser shortcut or
  // pick a context menu item in a headless browser. Only extension pages and the tests see this scope.
  Object.assign(globalThis, { firsthandRoutes: { onCommand, onMenuClicked, onActionClicked } });
});
