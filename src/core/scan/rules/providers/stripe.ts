import { stripeFormats } from '../../../providers/formats/stripe';
import type { Rule } from '../../types';
import { formatRule } from './build';

// Test-mode keys cannot move money, so they are warnings rather than errors.
export const stripeRules: Rule[] = stripeFormats.map((format) =>
  formatRule(format, 'stripe', 'Stripe Dashboard > Developers > API keys > Roll key', {
    severity: format.id.includes('-test-') ? 'warning' : 'error',
  }),
);
