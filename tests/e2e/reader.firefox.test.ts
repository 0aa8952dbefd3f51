import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { readerSuite } from './support/reader-suite';

describe('reader mode and page flags in Firefox', () => readerSuite(launchFirefox));
