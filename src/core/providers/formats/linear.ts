import type { TokenFormat } from './types';

// https://linear.app/developers: personal API keys lin_api_ + 40; OAuth tokens lin_oauth_ + 64 hex.
export const linearFormats: TokenFormat[] = [
  {
    id: 'linear-api-key',
    description: 'Linear personal API key',
    body: 'lin_api_[A-Za-z0-9]{40}',
    keywords: ['lin_api_'],
  },
  {
    id: 'linear-oauth-token',
    description: 'Linear OAuth access token',
    body: 'lin_oauth_[a-f0-9]{64}',
    keywords: ['lin_oauth_'],
  },
];
