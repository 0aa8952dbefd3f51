/** The popup (and the same view opened in a tab with ?tab=<id>): the cleaned story of one tab. */
import type { TabState } from './tab-target';
import { loadTabState, resolveTabId } from './tab-target';
import { renderArticle } from './article-view';
import { el } from './dom';
import { t } from './i18n';

function message(kind: string, text: string): HTMLElement {
  return el('section', { className: 'fh-message', attrs: { 'data-state': kind, role: 'status' } }, el('p', { text }));
}

export function renderTabState(state: TabState): HTMLElement {
  if (state.kind === 'restricted') return message('restricted', t('stateRestricted'));
  if (state.kind === 'unreachable') return message('unreachable', t('stateUnreachable'));
  const { analysis } = state;
  if (!analysis.article) return message('no-article', t('stateNoArticle'));
  return renderArticle(analysis.article);
}

export async function mountPopup(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const tabId = await resolveTabId(params);
  const state = await loadTabState(tabId);
  root.replaceChildren(renderTabState(state));
  root.setAttribute('aria-busy', 'false');
  root.dataset.state = state.kind === 'analysis' ? (state.analysis.article ? 'article' : 'no-article') : state.kind;
}
