/** The one file of storage items: reader settings shared by the popup, the options page and reader mode. */
import { storage } from 'wxt/utils/storage';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';

export interface ReaderSettings {
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Measure of the text column in characters. */
  lineWidth: number;
}

const READER_DEFAULTS: ReaderSettings = { theme: 'system', font: 'serif', fontSize: 18, lineWidth: 68 };
export const FONT_SIZE_RANGE = { min: 12, max: 32 } as const;
export const LINE_WIDTH_RANGE = { min: 40, max: 100 } as const;

export const readerSettings = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: READER_DEFAULTS,
  version: 1,
});

export type SiteRule = 'always' | 'never';

export interface BehaviourSettings {
  /** The toolbar button toggles reader mode instead of opening the popup. */
  toolbarTogglesReader: boolean;
  /** Open pages detected as copies in reader mode on arrival. */
  autoReaderOnCopies: boolean;
  /** Outline and label clutter blocks on pages detected as copies. */
  flagClutterOnPage: boolean;
  /** Per site (registrable domain): always or never open in reader mode. */
  siteRules: Record<string, SiteRule>;
}

export const BEHAVIOUR_DEFAULTS: BehaviourSettings = {
  toolbarTogglesReader: false,
  autoReaderOnCopies: false,
  flagClutterOnPage: true,
  siteRules: {},
};

export const behaviourSettings = storage.defineItem<BehaviourSettings>('local:behaviourSettings', {
  fallback: BEHAVIOUR_DEFAULTS,
  version: 1,
});

function clamp(value: unknown, range: { min: number; max: number }, fallback: number): number {
  const number = typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(number)));
}

/** Settings as read back from storage, repaired field by field (storage is shared with older versions). */
export function normalizeReaderSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const themes: Theme[] = ['system', 'light', 'dark', 'sepia'];
  return {
    theme: themes.includes(value?.theme as Theme) ? (value!.theme as Theme) : READER_DEFAULTS.theme,
    font: value?.font === 'sans' ? 'sans' : 'serif',
    fontSize: clamp(value?.fontSize, FONT_SIZE_RANGE, READER_DEFAULTS.fontSize),
    lineWidth: clamp(value?.lineWidth, LINE_WIDTH_RANGE, READER_DEFAULTS.lineWidth),
  };
}
