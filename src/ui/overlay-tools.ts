/** The reader overlay's own controls, shown in the cleaned view's toolbar: the site rule and Close. */
import type { SiteRule } from '../settings';
import { el } from './dom';
import { t } from './i18n';

/**
 * Controls act on trusted events only: the overlay's shadow root is open, so a page script could
 * reach these elements, but it cannot make a click or a change the browser calls trusted.
 */
function onTrusted(target: EventTarget, type: string, handler: () => void): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) handler();
  });
}

export interface SiteRuleControl {
  element: HTMLElement;
  /** Shows a rule changed elsewhere (the options page, another tab). */
  set(rule: SiteRule | null): void;
}

/** "Reader mode on daily8.com: as in the settings / always / never". */
export function siteRuleControl(site: string, rule: SiteRule | null, onChange: (rule: SiteRule | null) => void): SiteRuleControl {
  const select = el(
    'select',
    { className: 'fh-select', attrs: { 'data-action': 'site-rule' } },
    el('option', { text: t('siteRuleDefault'), attrs: { value: '' } }),
    el('option', { text: t('ruleAlways'), attrs: { value: 'always' } }),
    el('option', { text: t('ruleNever'), attrs: { value: 'never' } }),
  );
  select.value = rule ?? '';
  onTrusted(select, 'change', () => onChange(select.value === 'always' || select.value === 'never' ? select.value : null));
  const element = el('label', { className: 'fh-site-rule' }, el('span', { text: t('siteRuleLabel', site) }), select);
  return { element, set: (next) => void (select.value = next ?? '') };
}

export function closeButton(onClose: () => void): HTMLElement {
  const button = el('button', {
    className: 'fh-button fh-close',
    text: t('readerClose'),
    attrs: { type: 'button', 'data-action': 'close-reader', 'aria-keyshortcuts': 'Escape', title: t('readerCloseTitle') },
  });
  onTrusted(button, 'click', onClose);
  return button;
}
