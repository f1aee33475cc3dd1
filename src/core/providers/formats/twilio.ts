import type { TokenFormat } from './types';

// https://www.twilio.com/docs/iam/api-keys: API key SIDs are SK + 32 hex; the auth token
// (and an API key's secret) are 32 hex / 32 alphanumerics, identifiable only by context.
export const twilioFormats: TokenFormat[] = [
  { id: 'twilio-api-key', description: 'Twilio API key SID', body: 'SK[0-9a-fA-F]{32}', keywords: ['sk'] },
  {
    id: 'twilio-auth-token',
    description: 'Twilio auth token',
    body: '[0-9a-f]{32}',
    context: ['twilio_auth', 'twilio_token', 'twilio_secret', 'twilio_api_secret'],
  },
];
