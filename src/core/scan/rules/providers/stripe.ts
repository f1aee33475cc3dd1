import { stripeFormats } from '../../../providers/formats/stripe';
import type { Rule } from '../../types';
import { formatRule } from './build';

const ROLL = 'Stripe Dashboard > Developers > API keys > Roll key';
const CANCEL = 'cancel the PaymentIntent or SetupIntent it belongs to and create a new one';

// Test-mode keys cannot move money and a client secret confirms one payment, so they are
// warnings rather than errors.
export const stripeRules: Rule[] = stripeFormats.map((format) => {
  const clientSecret = format.id === 'stripe-client-secret';
  return formatRule(format, 'stripe', clientSecret ? CANCEL : ROLL, {
    severity: clientSecret || format.id.includes('-test-') ? 'warning' : 'error',
  });
});
