/** The popup (and the same view opened in a tab with ?tab=<id>): the cleaned story of one tab. */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { normalizeReaderSettings, readerSettings } from '../settings';
import type { TabState } from './tab-target';
import { loadTabState, resolveTabId } from './tab-target';
import { el } from './dom';
import { t } from './i18n';
import { renderReaderView } from './reader-view';
import { applyReaderSettings } from './theme';
import { markStep } from './view-timing';

interface PopupContext {
  tabId: number | null;
  inTab: boolean;
}

function message(kind: string, text: string): HTMLElement {
  return el('div', { className: 'fh-view' }, el('section', { className: 'fh-message', attrs: { 'data-state': kind, role: 'status' } }, el('p', { text })));
}

function toolButton(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const button = el('button', { className: 'fh-button', text: label, attrs: { type: 'button', ...attrs } });
  button.addEventListener('click', onClick);
  return button;
}

function tools({ tabId, inTab }: PopupContext): HTMLElement[] {
  const buttons: HTMLElement[] = [];
  if (tabId !== null) {
    buttons.push(
      toolButton(t('readerToggle'), () => {
        void sendMessage('setReader', 'toggle', tabId).finally(() => inTab || window.close());
      }, { 'data-action': 'reader' }),
    );
    if (!inTab) {
      buttons.push(
        toolButton(t('openInTab'), () => {
          void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tab=${tabId}` }).then(() => window.close());
        }, { 'data-action': 'open-in-tab' }),
      );
    }
  }
  buttons.push(toolButton('⚙', () => void browser.runtime.openOptionsPage(), { 'data-action': 'settings', 'aria-label': t('settingsOpen'), title: t('settingsOpen') }));
  return buttons;
}

function renderTabState(state: TabState, context: PopupContext): HTMLElement {
  if (state.kind === 'restricted') return message('restricted', t('stateRestricted'));
  if (state.kind === 'unreachable') return message('unreachable', t('stateUnreachable'));
  if (state.kind === 'loading') return message('loading', t('stateLoading'));
  if (state.kind === 'document') return message('document', t('stateDocument'));
  const tabId = state.tabId;
  return renderReaderView(state.analysis, {
    deferImages: true,
    keyTarget: document,
    showOnPage: (index) => void sendMessage('showClutter', index, tabId),
    tools: tools(context),
  });
}

export async function mountPopup(root: HTMLElement, params: URLSearchParams): Promise<void> {
  markStep('start');
  const inTab = params.has('tab');
  document.body.classList.toggle('fh-tab', inTab);
  // The tab's state does not wait for the settings: both are asked at once.
  const tabIdFound = resolveTabId(params);
  const [tabId, stored, state] = await Promise.all([tabIdFound, readerSettings.getValue(), tabIdFound.then(loadTabState)]);
  markStep('state');
  const view = renderTabState(state, { tabId, inTab });
  applyReaderSettings(view, normalizeReaderSettings(stored));
  root.replaceChildren(view);
  markStep('shown');
  requestAnimationFrame(() => markStep('frame'));
  root.setAttribute('aria-busy', 'false');
  root.dataset.state = state.kind === 'analysis' ? (state.analysis.article ? 'article' : 'no-article') : state.kind;
  if (state.kind === 'analysis' && state.analysis.article) document.title = `${state.analysis.article.title} · Firsthand`;
  readerSettings.watch((value) => applyReaderSettings(view, normalizeReaderSettings(value)));
}
