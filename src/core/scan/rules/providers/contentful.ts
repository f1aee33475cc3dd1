import type { Rule } from '../../types';
import { providerRule } from './build';

// Contentful personal access tokens (CFPAT-) and delivery/preview tokens (43 chars).
const REVOKE = 'Contentful > Settings > API keys / CMA tokens';

export const contentfulRules: Rule[] = [
  providerRule({
    id: 'contentful-pat',
    description: 'Contentful personal access token',
    provider: 'contentful',
    body: 'CFPAT-[A-Za-z0-9_-]{43}',
    keywords: ['cfpat-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'contentful-delivery-token',
    description: 'Contentful delivery API token',
    provider: 'contentful',
    body: '[A-Za-z0-9_-]{43}',
    context: ['contentful'],
    minEntropy: 3.5,
    revoke: REVOKE,
  }),
];
