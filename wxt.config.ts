import { defineConfig } from 'wxt';

// Extension pages never load remote code or page scripts; this policy makes that a browser-enforced rule.
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the page's address after a click on the button; storage: settings; contextMenus: the
    // page's "Reader mode" item. Reader mode and the flags need nothing more: the content script
    // (declared for web pages) does the work, and tabs.sendMessage needs no permission.
    permissions: ['activeTab', 'storage', 'contextMenus'],
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
