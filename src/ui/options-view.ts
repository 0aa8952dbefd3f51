/** The settings page: reader look (shared by the popup and reader mode) and reader-mode behaviour. */
import { normalizeBehaviour } from '../page/site-rules';
import {
  behaviourSettings,
  type BehaviourSettings,
  FONT_SIZE_RANGE,
  LINE_WIDTH_RANGE,
  normalizeReaderSettings,
  type ReaderSettings,
  readerSettings,
} from '../settings';
import { el } from './dom';
import { t, type MessageKey } from './i18n';
import { applyReaderSettings } from './theme';

function field(labelKey: MessageKey, control: HTMLElement, extra?: HTMLElement): HTMLElement {
  return el('label', {}, el('span', { className: 'fh-field-label', text: t(labelKey) }), control, extra);
}

function select<T extends string>(name: string, value: T, options: Array<[T, MessageKey]>, onChange: (value: T) => void): HTMLSelectElement {
  const control = el('select', { attrs: { name } }, ...options.map(([option, label]) => el('option', { text: t(label), attrs: { value: option } })));
  control.value = value;
  control.addEventListener('change', () => onChange(control.value as T));
  return control;
}

function range(name: string, value: number, bounds: { min: number; max: number }, unit: string, onChange: (value: number) => void): [HTMLInputElement, HTMLOutputElement] {
  const control = el('input', { attrs: { type: 'range', name, min: String(bounds.min), max: String(bounds.max), step: '1' } });
  control.value = String(value);
  const output = el('output', { text: `${value}${unit}` });
  control.addEventListener('input', () => {
    output.textContent = `${control.value}${unit}`;
    onChange(Number(control.value));
  });
  return [control, output];
}

function checkbox(name: string, checked: boolean, onChange: (checked: boolean) => void): HTMLInputElement {
  const control = el('input', { attrs: { type: 'checkbox', name } });
  control.checked = checked;
  control.addEventListener('change', () => onChange(control.checked));
  return control;
}

function readerFieldset(settings: ReaderSettings, save: (patch: Partial<ReaderSettings>) => void): HTMLElement {
  const [size, sizeOut] = range('fontSize', settings.fontSize, FONT_SIZE_RANGE, ' px', (fontSize) => save({ fontSize }));
  const [width, widthOut] = range('lineWidth', settings.lineWidth, LINE_WIDTH_RANGE, ' ch', (lineWidth) => save({ lineWidth }));
  return el(
    'fieldset',
    {},
    el('legend', { text: t('optionsLook') }),
    field('optionsTheme', select('theme', settings.theme, [['system', 'themeSystem'], ['light', 'themeLight'], ['dark', 'themeDark'], ['sepia', 'themeSepia']], (theme) => save({ theme }))),
    field('optionsFont', select('font', settings.font, [['serif', 'fontSerif'], ['sans', 'fontSans']], (font) => save({ font }))),
    field('optionsFontSize', size, sizeOut),
    field('optionsLineWidth', width, widthOut),
    el('div', { className: 'fh-preview fh-article', attrs: { 'aria-hidden': 'true' } }, el('p', { text: t('optionsPreview') })),
  );
}

function siteRulesList(behaviour: BehaviourSettings, save: (patch: Partial<BehaviourSettings>) => void): HTMLElement {
  const sites = Object.entries(behaviour.siteRules).sort(([a], [b]) => a.localeCompare(b));
  if (sites.length === 0) return el('p', { className: 'fh-problem', text: t('optionsNoSiteRules') });
  return el(
    'ul',
    { className: 'fh-site-rules' },
    ...sites.map(([site, rule]) => {
      const remove = el('button', { className: 'fh-link-button', text: t('optionsRemoveRule'), attrs: { type: 'button', 'aria-label': `${t('optionsRemoveRule')} ${site}` } });
      remove.addEventListener('click', () => {
        const siteRules = { ...behaviour.siteRules };
        delete siteRules[site];
        save({ siteRules });
      });
      return el('li', {}, el('span', { text: site }), el('span', { className: 'fh-domain', text: rule === 'always' ? t('ruleAlways') : t('ruleNever') }), remove);
    }),
  );
}

function behaviourFieldset(behaviour: BehaviourSettings, save: (patch: Partial<BehaviourSettings>) => void): HTMLElement {
  return el(
    'fieldset',
    {},
    el('legend', { text: t('optionsBehaviour') }),
    field('optionsToolbarToggles', checkbox('toolbarTogglesReader', behaviour.toolbarTogglesReader, (toolbarTogglesReader) => save({ toolbarTogglesReader }))),
    field('optionsAutoReader', checkbox('autoReaderOnCopies', behaviour.autoReaderOnCopies, (autoReaderOnCopies) => save({ autoReaderOnCopies }))),
    field('optionsFlagClutter', checkbox('flagClutterOnPage', behaviour.flagClutterOnPage, (flagClutterOnPage) => save({ flagClutterOnPage }))),
    el('h2', { className: 'fh-field-label', text: t('optionsSiteRules') }),
    siteRulesList(behaviour, save),
  );
}

export async function mountOptions(root: HTMLElement): Promise<void> {
  let reader = normalizeReaderSettings(await readerSettings.getValue());
  let behaviour = normalizeBehaviour(await behaviourSettings.getValue());
  const view = el('div', { className: 'fh-view fh-options' });
  const render = () => {
    applyReaderSettings(view, reader);
    view.replaceChildren(
      el('h1', { text: t('optionsTitle') }),
      readerFieldset(reader, (patch) => {
        reader = normalizeReaderSettings({ ...reader, ...patch });
        applyReaderSettings(view, reader);
        void readerSettings.setValue(reader);
      }),
      behaviourFieldset(behaviour, (patch) => {
        behaviour = { ...behaviour, ...patch };
        void behaviourSettings.setValue(behaviour);
        if (patch.siteRules) render();
      }),
    );
  };
  render();
  root.replaceChildren(view);
  root.setAttribute('aria-busy', 'false');
  // Another page (reader mode's site toggle) may change the rules while this page is open.
  behaviourSettings.watch((value) => {
    behaviour = normalizeBehaviour(value);
    render();
  });
}
