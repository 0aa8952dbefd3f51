import { describe } from 'vitest';
import { launchChromium } from './support/chromium';
import { popupCopySuite } from './support/popup-copy-suite';

describe('popup view, copy formats and clipboard in Chromium', () => popupCopySuite(launchChromium));
