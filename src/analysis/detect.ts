/** Weighs the evidence that a page is a copy, and ranks the outlets it credits. */
import type { SourceCredit } from '../types';
import { aggregatorFor, type CopySignal, type NamedOutlet, SIGNAL_WEIGHTS } from './credits';

/** Confidence at which a page is called a copy. */
const COPY_THRESHOLD = 0.5;

export interface Verdict {
  isAggregator: boolean;
  confidence: number;
  evidence: string[];
  /** Outlets the evidence credits, best supported first. */
  sources: SourceCredit[];
}

/** Independent pieces of evidence: each removes its share of the remaining doubt. */
function combine(weights: number[]): number {
  return 1 - weights.reduce((doubt, weight) => doubt * (1 - weight), 1);
}

/** Sentences start with a capital, but a domain keeps its own spelling ("daily8.com is …"). */
function capitalize(text: string): string {
  if (/^[a-z0-9-]+\.[a-z]/.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function outletKey(outlet: NamedOutlet): string {
  return outlet.domain ?? outlet.name.toLowerCase();
}

/** Whether one signal of this kind, with nothing else found, makes a page a copy. */
export function aloneMakesCopy(kind: CopySignal['kind']): boolean {
  return SIGNAL_WEIGHTS[kind] >= COPY_THRESHOLD;
}

export function knownAggregatorSignal(host: string): CopySignal | null {
  const aggregator = aggregatorFor(host);
  return aggregator
    ? { kind: 'known-aggregator', weight: SIGNAL_WEIGHTS['known-aggregator'], evidence: `${aggregator.domain} is a known aggregator (${aggregator.name})` }
    : null;
}

const WIRE_KINDS = new Set(['wire', 'syndicator']);
/** Evidence that the page's own address belongs elsewhere: a wire credit alone cannot explain it. */
const ADDRESS_KINDS = new Set(['canonical-elsewhere', 'address']);

/**
 * A publisher running a wire story (Reuters, AP, PTI credits beside the headline, in its structured
 * data or as a logo) is not a copy; on a known aggregator, or with an address pointing to the wire's
 * own story, the same credits do make one.
 */
function onlyWireCredits(signals: readonly CopySignal[]): boolean {
  if (signals.some((signal) => signal.kind === 'known-aggregator' || ADDRESS_KINDS.has(signal.kind) || signal.url)) return false;
  const credited = signals.filter((signal) => signal.outlet);
  return credited.length > 0 && credited.every((signal) => WIRE_KINDS.has(signal.outlet!.registry?.kind ?? ''));
}

export function judge(signals: readonly CopySignal[]): Verdict {
  const byOutlet = new Map<string, { outlet: NamedOutlet; signals: CopySignal[] }>();
  for (const signal of signals) {
    if (!signal.outlet) continue;
    const key = outletKey(signal.outlet);
    const entry = byOutlet.get(key) ?? { outlet: signal.outlet, signals: [] };
    // Prefer the registry's name once any signal resolves the outlet.
    if (!entry.outlet.registry && signal.outlet.registry) entry.outlet = signal.outlet;
    entry.signals.push(signal);
    byOutlet.set(key, entry);
  }
  const sources: SourceCredit[] = [...byOutlet.values()]
    .map(({ outlet, signals: own }) => ({
      name: outlet.name,
      domain: outlet.domain,
      url: own.find((signal) => signal.url)?.url ?? null,
      evidence: [...new Set(own.map((signal) => capitalize(signal.evidence)))],
      confidence: Math.round(combine(own.map((signal) => signal.weight)) * 100) / 100,
    }))
    .sort((a, b) => b.confidence - a.confidence);

  // One kind of evidence counts once: three credit lines naming one outlet are one fact.
  const strongestByKind = new Map<string, number>();
  for (const signal of signals) strongestByKind.set(signal.kind, Math.max(strongestByKind.get(signal.kind) ?? 0, signal.weight));
  const confidence = Math.round(combine([...strongestByKind.values()]) * 100) / 100;
  const wireOnly = onlyWireCredits(signals);
  return {
    isAggregator: confidence >= COPY_THRESHOLD && !wireOnly,
    confidence,
    evidence: [...new Set(signals.map((signal) => capitalize(signal.evidence)))],
    sources,
  };
}
