import { twilioFormats } from '../../../providers/formats/twilio';
import type { Rule } from '../../types';
import { formatRule } from './build';

// Hex auth tokens have at most 4 bits per char; 3.0 still rejects `0000...` and `abab...`.
export const twilioRules: Rule[] = twilioFormats.map((format) =>
  formatRule(format, 'twilio', 'Twilio Console > Account > API keys & tokens', { minEntropy: 3 }),
);
