import { describe } from 'vitest';
import { launchChromium } from './support/chromium';
import { hostileSuite } from './support/hostile-suite';

describe('hostile and broken pages in Chromium', () => hostileSuite(launchChromium));
