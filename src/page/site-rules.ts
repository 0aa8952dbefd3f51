/** Per-site reader-mode rules and the decision to open reader mode on arrival. */
import { siteDomain } from '../analysis/credits';
import { BEHAVIOUR_DEFAULTS, type BehaviourSettings, type SiteRule } from '../settings';

/** Settings as read back from storage (possibly written by an older version), with every field present. */
export function normalizeBehaviour(value: Partial<BehaviourSettings> | null | undefined): BehaviourSettings {
  const rules: Record<string, SiteRule> = {};
  for (const [site, rule] of Object.entries(value?.siteRules ?? {})) if (rule === 'always' || rule === 'never') rules[site] = rule;
  return {
    toolbarTogglesReader: value?.toolbarTogglesReader ?? BEHAVIOUR_DEFAULTS.toolbarTogglesReader,
    autoReaderOnCopies: value?.autoReaderOnCopies ?? BEHAVIOUR_DEFAULTS.autoReaderOnCopies,
    flagClutterOnPage: value?.flagClutterOnPage ?? BEHAVIOUR_DEFAULTS.flagClutterOnPage,
    siteRules: rules,
  };
}

/** The key of a page's rule: its registrable domain ("www.daily8.com" -> "daily8.com"). */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && hostname ? siteDomain(hostname) : null;
  } catch {
    return null;
  }
}

export function ruleFor(behaviour: BehaviourSettings, url: string): SiteRule | null {
  const site = siteOf(url);
  return site ? (behaviour.siteRules[site] ?? null) : null;
}

/** Opens on arrival: "always" on this site, or a detected copy when the reader asked for that and the site is not "never". */
export function shouldAutoOpen(behaviour: BehaviourSettings, url: string, isCopy: boolean): boolean {
  const rule = ruleFor(behaviour, url);
  if (rule) return rule === 'always';
  return behaviour.autoReaderOnCopies && isCopy;
}

/** The settings with this page's site set to `rule` (null removes the site's rule). */
export function withSiteRule(behaviour: BehaviourSettings, url: string, rule: SiteRule | null): BehaviourSettings {
  const site = siteOf(url);
  if (!site) return behaviour;
  const siteRules = { ...behaviour.siteRules };
  if (rule) siteRules[site] = rule;
  else delete siteRules[site];
  return { ...behaviour, siteRules };
}
