/** The verdict line at the top of the popup and the reader overlay, in the reader's words. */
import type { Analysis } from '../types';
import { t } from './i18n';

export type VerdictKind = 'copy' | 'copy-unknown' | 'original' | 'none';

export function verdictKind(analysis: Analysis): VerdictKind {
  if (analysis.isAggregator) return analysis.source ? 'copy' : 'copy-unknown';
  return analysis.article ? 'original' : 'none';
}

/** The outlet's name for "Copy of a Straits Times story": registry names lose their leading "The". */
function shortName(name: string): string {
  return name.replace(/^The\s+/, '');
}

export function verdictText(analysis: Analysis): string {
  switch (verdictKind(analysis)) {
    case 'copy':
      return t('verdictCopyOf', shortName(analysis.source!.name));
    case 'copy-unknown':
      return t('verdictCopyUnknown');
    case 'original':
      return analysis.source ? t('verdictOriginalBy', analysis.source.name) : t('verdictOriginal');
    default:
      return t('stateNoArticle');
  }
}
