import { describe } from 'vitest';
import { launchChromium } from './support/chromium';
import { popupSuite } from './support/popup-suite';

describe('popup view in Chromium', () => popupSuite(launchChromium, 'chrome://version/'));
