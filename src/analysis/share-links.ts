/** Whether a link shares the page it is on, and on which network (src/data/share-endpoints.ts). */
import { SHARE_ENDPOINTS } from '../data/share-endpoints';
import { escapeRegExp } from './text';

const NETWORKS = new Map(SHARE_ENDPOINTS.map((entry) => [entry.domain.toLowerCase(), entry.network]));
const SHARE_URL = new RegExp(
  `^(?:https?:)?//(?:[a-z0-9-]+\\.)*(${SHARE_ENDPOINTS.map((entry) => `${escapeRegExp(entry.domain)}(?=(?:${entry.paths.map(escapeRegExp).join('|')}))`).join('|')})`,
  'i',
);
/** "mailto:?subject=…&body=<the page>": an e-mail share button (a plain address is a contact link). */
const MAIL_SHARE = /^mailto:[^?]*\?(?:[^#]*&)?(?:subject|body)=/i;

/** The network a link's address shares the page on ("Facebook", "Email"), or null. */
export function shareNetwork(href: string): string | null {
  const url = href.trim();
  if (MAIL_SHARE.test(url)) return 'Email';
  const match = SHARE_URL.exec(url);
  return match ? (NETWORKS.get(match[1]!.toLowerCase()) ?? null) : null;
}
