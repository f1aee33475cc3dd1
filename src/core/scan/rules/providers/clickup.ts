import type { Rule } from '../../types';
import { providerRule } from './build';

// ClickUp personal API tokens: pk_ + user id + _ + 32.
export const clickupRules: Rule[] = [
  providerRule({
    id: 'clickup-api-token',
    description: 'ClickUp personal API token',
    provider: 'clickup',
    body: 'pk_[0-9]{6,10}_[A-Z0-9]{32}',
    keywords: ['pk_'],
    revoke: 'ClickUp > Settings > Apps > Regenerate',
  }),
];
