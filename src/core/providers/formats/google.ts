import type { TokenFormat } from './types';

// https://cloud.google.com/docs/authentication/api-keys and the OAuth 2.0 client docs.
export const googleFormats: TokenFormat[] = [
  { id: 'google-api-key', description: 'Google API key', body: 'AIza[0-9A-Za-z_-]{35}', keywords: ['aiza'] },
  {
    id: 'google-oauth-client-secret',
    description: 'Google OAuth client secret',
    body: 'GOCSPX-[A-Za-z0-9_-]{28}',
    keywords: ['gocspx-'],
  },
  {
    id: 'google-oauth-access-token',
    description: 'Google OAuth access token',
    body: 'ya29\\.[0-9A-Za-z_-]{30,500}',
    keywords: ['ya29.'],
  },
  {
    id: 'google-oauth-refresh-token',
    description: 'Google OAuth refresh token',
    body: '1//0[0-9A-Za-z_-]{40,300}',
    keywords: ['1//0'],
  },
];
