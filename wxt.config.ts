import { defineConfig } from 'wxt';

// Extension pages never load remote code or page scripts; this policy makes that a browser-enforced rule.
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Web pages: where the content script's passive part is declared and its full part may be loaded. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the address of the page the reader clicked the button on (also of pages that are not
    // web pages, which the popup then names); storage: settings; contextMenus: the page's "Reader
    // mode" item; scripting: loads the content script's full part (reader mode, flags) into a tab
    // with scripting.executeScript (Chrome MV3, and Firefox MV2 since 102), only when the tab needs
    // it, so web pages carry only the small passive part. tabs.sendMessage needs no permission.
    permissions: [
      'activeTab',
      'storage',
      'contextMenus',
      'scripting',
      // The web pages the passive part is declared for, and no other: loading the full part without a
      // click (flags on a copy, reader mode opening by itself) needs them. MV2 lists hosts here.
      ...(manifestVersion === 2 ? WEB_PAGES : []),
    ],
    ...(manifestVersion === 3 ? { host_permissions: WEB_PAGES } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // A shortcut, not a permission; the reader can change it in the browser's shortcut settings.
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: EXTENSION_PAGES_CSP }
        : `${EXTENSION_PAGES_CSP}`,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions (required by AMO) needs Firefox 140, and 142 on Android.
            gecko: {
              id: 'firsthand@firsthand.news',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
