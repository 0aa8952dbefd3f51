import { browser } from 'wxt/browser';

/** Keys of public/_locales/en/messages.json, as WXT types them: a missing string is a type error. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
