import type { TokenFormat } from './types';

// https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys: SG.<22>.<43>.
export const sendgridFormats: TokenFormat[] = [
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    body: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
    keywords: ['sg.'],
  },
];
