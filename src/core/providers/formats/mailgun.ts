import type { TokenFormat } from './types';

// Mailgun private API keys: legacy `key-` + 32 hex; current keys are 32 hex-8 hex-8 hex,
// which only context can tell apart from other hex ids.
export const mailgunFormats: TokenFormat[] = [
  { id: 'mailgun-private-key', description: 'Mailgun private API key', body: 'key-[0-9a-f]{32}', keywords: ['key-'] },
  {
    id: 'mailgun-api-key',
    description: 'Mailgun API key',
    body: '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}',
    context: ['mailgun'],
  },
];
