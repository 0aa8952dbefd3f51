import { describe } from 'vitest';
import { launchChromium } from './support/chromium';
import { readerSuite } from './support/reader-suite';

describe('reader mode and page flags in Chromium', () => readerSuite(launchChromium));
