import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { hostileSuite } from './support/hostile-suite';

describe('hostile and broken pages in Firefox', () => hostileSuite(launchFirefox));
