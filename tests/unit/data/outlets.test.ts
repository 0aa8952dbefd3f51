import { describe, it, expect } from 'vitest';
import { OUTLETS, type Outlet, type OutletKind } from '../../../src/data/outlets';
import { AGGREGATORS } from '../../../src/data/aggregators';
import { isPlainScript } from '../../../src/data/outlet-index';
import { MAX_OUTLET_NAME_CHARS } from '../../../src/analysis/credits';
import { compare, DOMAIN, duplicates, outOfOrder } from './helpers';

const KINDS: readonly OutletKind[] = ['news', 'wire', 'syndicator', 'magazine', 'broadcaster', 'aggregator'];

/** Case-insensitive, whitespace folded. */
const lower = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();
/** As outlet-index.ts reads names: also without a leading "The", so "Straits Times" ~ "The Straits Times". */
const fold = (name: string): string => lower(name).replace(/^the /, '');

/** Words that name no outlet on their own. */
const GENERIC = ['times', 'post', 'news', 'star', 'standard', 'express', 'herald', 'tribune', 'daily', 'journal', 'mail', 'sun', 'mirror', 'globe', 'chronicle', 'press', 'today', 'telegraph', 'independent', 'nation', 'national'];

/** The wires and syndicators copies credit most, by home domain: each must be present with its closing credits. */
const REQUIRED_WIRES = [
  'aa.com.tr', // Anadolu
  'aap.com.au', // Australian Associated Press
  'afp.com',
  'aninews.in',
  'ansa.it',
  'apnews.com',
  'bernama.com',
  'bloomberg.com',
  'cnn.com', // CNN Wire
  'dowjones.com',
  'dpa.com',
  'efe.com',
  'kyodonews.net',
  'mcclatchydc.com',
  'news.cn', // Xinhua
  'nytimes.com',
  'pa.media', // PA Media, the Press Association
  'ptinews.com',
  'reuters.com',
  'thecanadianpress.com',
  'tribunecontentagency.com', // Tribune Content Agency, Tribune News Service
  'upi.com',
  'usatoday.com', // Gannett / USA TODAY Network
  'washingtonpost.com',
  'wsj.com',
  'yna.co.kr', // Yonhap
];

const allDomains = (o: Outlet): string[] => [o.domain, ...(o.otherDomains ?? [])];
const byDomain = (domain: string): Outlet | undefined => OUTLETS.find((o) => allDomains(o).includes(domain));

describe('OUTLETS', () => {
  it('holds at least 150 outlets', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(150);
  });

  it('is sorted by domain', () => {
    expect(outOfOrder(OUTLETS, (a, b) => compare(a.domain, b.domain))).toEqual([]);
  });

  it('has valid domains: lowercase, no scheme, no www., no path', () => {
    const bad = OUTLETS.flatMap(allDomains).filter((d) => !DOMAIN.test(d));
    expect(bad).toEqual([]);
  });

  it('claims each domain once, across domain and otherDomains', () => {
    expect(duplicates(OUTLETS.flatMap(allDomains), (d) => d)).toEqual([]);
  });

  it('never nests one outlet under another outlet\'s domain', () => {
    const domains = OUTLETS.flatMap((o) => allDomains(o).map((d) => ({ d, name: o.name })));
    const nested = domains.filter((a) => domains.some((b) => b.name !== a.name && a.d.endsWith(`.${b.d}`)));
    expect(nested).toEqual([]);
  });

  it('holds no aggregator', () => {
    const aggregatorDomains = AGGREGATORS.map((a) => a.domain);
    const clash = OUTLETS.flatMap(allDomains).filter((d) => aggregatorDomains.some((a) => d === a || d.endsWith(`.${a}`)));
    expect(clash).toEqual([]);
    expect(OUTLETS.filter((o) => o.kind === 'aggregator')).toEqual([]);
  });

  it('uses known kinds and country codes', () => {
    expect(OUTLETS.filter((o) => !KINDS.includes(o.kind))).toEqual([]);
    expect(OUTLETS.filter((o) => !/^(?:[A-Z]{2}|INT)$/.test(o.country))).toEqual([]);
  });

  it('has trimmed, non-empty names and aliases', () => {
    const strings = OUTLETS.flatMap((o) => [o.name, ...o.aliases]);
    expect(strings.filter((s) => s === '' || s !== s.trim() || /\s{2}/.test(s))).toEqual([]);
  });

  it('writes every name beyond plain script, as written or in capitals, with a letter beyond ASCII (the look-up in running text relies on it)', () => {
    const strings = OUTLETS.flatMap((o) => [o.name, ...o.aliases]).flatMap((s) => [s, s.toUpperCase()]).filter((s) => !isPlainScript(s));
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.filter((s) => !/(?![\x00-\x7f])\p{L}/u.test(s))).toEqual([]);
  });

  it('keeps names and aliases within the length a logo\'s alt text is looked up at', () => {
    expect(OUTLETS.flatMap((o) => [o.name, ...o.aliases]).filter((s) => s.length > MAX_OUTLET_NAME_CHARS)).toEqual([]);
  });

  it('has distinct names', () => {
    expect(duplicates(OUTLETS, (o) => fold(o.name))).toEqual([]);
  });

  it('never repeats an outlet\'s own name among its aliases, nor an alias twice', () => {
    const bad = OUTLETS.filter((o) => {
      const forms = [o.name, ...o.aliases].map(lower);
      return new Set(forms).size !== forms.length;
    });
    expect(bad.map((o) => o.name)).toEqual([]);
  });

  it('gives every alias to one outlet, and no alias is another outlet\'s name', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of OUTLETS) {
      for (const form of new Set([o.name, ...o.aliases].map(fold))) {
        const other = owner.get(form);
        if (other !== undefined && other !== o.name) clashes.push(`"${form}": ${other} / ${o.name}`);
        owner.set(form, o.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no generic word alone as an alias', () => {
    const bad = OUTLETS.flatMap((o) => o.aliases.filter((a) => GENERIC.includes(fold(a))).map((a) => `${o.name}: ${a}`));
    expect(bad).toEqual([]);
  });

  it('has https search URLs on the outlet\'s own site, with one {query} placeholder', () => {
    const bad = OUTLETS.filter((o) => o.searchUrl !== undefined).filter((o) => {
      const url = o.searchUrl!;
      if (!url.startsWith('https://') || url.split('{query}').length !== 2) return true;
      const host = new URL(url.replace('{query}', 'test')).hostname;
      return !allDomains(o).some((d) => host === d || host.endsWith(`.${d}`));
    });
    expect(bad.map((o) => o.searchUrl)).toEqual([]);
  });

  it('has upper-case wire credits, each naming one outlet', () => {
    const credits = OUTLETS.flatMap((o) => o.wireCredits ?? []);
    expect(credits.filter((c) => c !== c.toUpperCase() || c !== c.trim() || c === '')).toEqual([]);
    expect(duplicates(credits, (c) => c)).toEqual([]);
    expect(OUTLETS.filter((o) => o.wireCredits !== undefined && o.wireCredits.length === 0).map((o) => o.name)).toEqual([]);
  });

  it.each(REQUIRED_WIRES)('holds the wire or syndicator at %s with its closing credits', (domain) => {
    const outlet = byDomain(domain);
    expect(outlet, domain).toBeDefined();
    expect(outlet!.domain).toBe(domain);
    expect(outlet!.wireCredits?.length ?? 0).toBeGreaterThan(0);
  });

  it('knows the outlets of the seed pages', () => {
    // The Straits Times ran the New York Times story credited "NYTIMES"; Daily8 showed it beside
    // stories credited "Business Times" and "International Business Times".
    expect(OUTLETS.find((o) => o.name === 'The Straits Times')?.domain).toBe('straitstimes.com');
    expect(OUTLETS.find((o) => o.name === 'The New York Times')?.domain).toBe('nytimes.com');
    expect(OUTLETS.find((o) => o.name === 'The Business Times')?.domain).toBe('businesstimes.com.sg');
    expect(OUTLETS.find((o) => o.name === 'International Business Times')?.domain).toBe('ibtimes.com');
    expect(OUTLETS.find((o) => o.aliases.includes('Straits Times'))?.domain).toBe('straitstimes.com');
    expect(OUTLETS.find((o) => o.aliases.includes('Business Times'))?.domain).toBe('businesstimes.com.sg');
    const nytimes = OUTLETS.filter((o) => o.wireCredits?.includes('NYTIMES'));
    expect(nytimes.map((o) => o.domain)).toEqual(['nytimes.com']);
  });

  it('keeps Malaysia\'s The Star and the Toronto Star apart', () => {
    expect(OUTLETS.find((o) => o.name === 'The Star')?.domain).toBe('thestar.com.my');
    expect(OUTLETS.find((o) => o.name === 'Toronto Star')?.domain).toBe('thestar.com');
  });
});
