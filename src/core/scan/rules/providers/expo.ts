import type { Rule } from '../../types';
import { providerRule } from './build';

// Expo (EAS) access tokens: 40 base64url characters, named by context.
export const expoRules: Rule[] = [
  providerRule({
    id: 'expo-access-token',
    description: 'Expo access token',
    provider: 'expo',
    body: '[A-Za-z0-9_-]{40}',
    context: ['expo_token', 'expo_access_token'],
    revoke: 'expo.dev > Account settings > Access tokens > revoke',
  }),
];
