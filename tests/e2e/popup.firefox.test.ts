import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { popupSuite } from './support/popup-suite';

describe('popup view in Firefox', () => popupSuite(launchFirefox, 'about:support'));
