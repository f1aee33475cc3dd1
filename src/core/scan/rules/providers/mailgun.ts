import { mailgunFormats } from '../../../providers/formats/mailgun';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const mailgunRules: Rule[] = mailgunFormats.map((format) =>
  formatRule(format, 'mailgun', 'Mailgun > API Security > API keys', { minEntropy: 3 }),
);
