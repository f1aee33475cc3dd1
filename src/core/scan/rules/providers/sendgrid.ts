import { sendgridFormats } from '../../../providers/formats/sendgrid';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const sendgridRules: Rule[] = sendgridFormats.map((format) =>
  formatRule(format, 'sendgrid', 'SendGrid > Settings > API Keys'),
);
