/** The wire or syndication credit of a story: closing credits ("NYTIMES", "- Reuters") and datelines ("(AFP) -"). */
import { agencyForms, outletForAgencyForm, outletForName, outletForWireCredit, outletsNamedIn, type Outlet, WIRE_CREDIT_FORMS } from '../data/outlet-index';
import type { WireCredit } from '../types';
import { type AgencyForms, closingCreditIn, dashCreditIn, datelineCreditIn, groupAgencyForms } from './wire-lines';

/** The agencies' forms, longest first, so that "bloomberg news" is tried before "bloomberg"; built on first use. */
let agencyFormsLongestFirst: AgencyForms | null = null;
const agencies = () => (agencyFormsLongestFirst ??= groupAgencyForms(agencyForms().sort((a, b) => b.length - a.length)));
/** "This story was originally published by …", "Distributed by …". */
const SYNDICATION_LINE = /^(?:this (?:story|article) (?:was )?(?:originally )?(?:published|produced|distributed) by|distributed by|©\s*\d{4}\s+)\s*(?:the\s+)?(.{2,60}?)[.,]?$/i;

function wireOf(outlet: Outlet, evidence: string): WireCredit {
  return { name: outlet.name, domain: outlet.domain, evidence: [evidence] };
}

/** "By Meg James, Los Angeles Times": a byline that names another outlet credits its story to it. */
function bylineCredit(byline: string | null, own: { domain: string | null }): WireCredit | null {
  if (!byline || byline.length > 120) return null;
  const mention = outletsNamedIn(byline).find((m) => m.outlet.domain !== own.domain);
  return mention ? wireOf(mention.outlet, `the byline reads "${byline}"`) : null;
}

/** Reads the story's paragraphs for a wire credit; the first clear credit wins, closing credits first. */
export function findWire(paragraphs: readonly string[]): WireCredit | null {
  const last = paragraphs.at(-1)?.trim() ?? '';
  // Upper-case credit closing the last paragraph: "… your life.' NYTIMES", "BLOOMBERG".
  const closing = closingCreditIn(last, WIRE_CREDIT_FORMS);
  if (closing) {
    const outlet = outletForWireCredit(closing);
    if (outlet) return wireOf(outlet, `the story closes with the credit "${closing}"`);
  }
  for (const paragraph of paragraphs.slice(-3).reverse()) {
    const text = paragraph.trim();
    // "- Reuters", "— AP", "(Reuters)" at the end of the story.
    const dash = dashCreditIn(text, agencies());
    const outlet = dash ? outletForAgencyForm(dash) : null;
    if (outlet) return wireOf(outlet, `the story closes with the credit "${dash}"`);
    const syndicated = text.length < 200 ? SYNDICATION_LINE.exec(text)?.[1] : undefined;
    const syndicator = syndicated ? outletForName(syndicated) : null;
    if (syndicator) return wireOf(syndicator, `a closing line reads "${text}"`);
  }
  // A byline and a date line may come before the dateline.
  for (const paragraph of paragraphs.slice(0, 4)) {
    // "SINGAPORE (Reuters) -", "(AP) —", "MADRID, 3 jun (EFE).-", "(efe-epa)".
    const dateline = datelineCreditIn(paragraph.trim(), agencies());
    const outlet = dateline ? outletForAgencyForm(dateline) : null;
    if (outlet) return wireOf(outlet, `the dateline credits "${dateline}"`);
  }
  return null;
}

/** "© 2019 Associated Press. All Rights Reserved. This material may not be published…" */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s+)?(?:by\s+)?(?:the\s+)?([^.]{2,60}?)\.?\s+all rights reserved/i;

/** A wire's copyright notice, which closes stories a publisher runs from that wire. */
export function wireFromCopyright(line: string): WireCredit | null {
  const name = COPYRIGHT_LINE.exec(line.trim())?.[1];
  const outlet = name ? outletForName(name) : null;
  return outlet && (outlet.kind === 'wire' || outlet.kind === 'syndicator') ? wireOf(outlet, `a closing line reads "${line.slice(0, 60)}…"`) : null;
}

export { bylineCredit };
