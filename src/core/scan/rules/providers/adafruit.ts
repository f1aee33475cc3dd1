import type { Rule } from '../../types';
import { providerRule } from './build';

// Adafruit IO keys: aio_ + 28 alphanumerics.
const REVOKE = 'io.adafruit.com > My Key > Regenerate key';

export const adafruitRules: Rule[] = [
  providerRule({
    id: 'adafruit-io-key',
    description: 'Adafruit IO key',
    provider: 'adafruit',
    body: 'aio_[A-Za-z0-9]{28}',
    keywords: ['aio_'],
    revoke: REVOKE,
  }),
];
