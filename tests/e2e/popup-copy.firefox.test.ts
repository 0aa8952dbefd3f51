import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { popupCopySuite } from './support/popup-copy-suite';

describe('popup view, copy formats and clipboard in Firefox', () => popupCopySuite(launchFirefox));
