import type { Rule } from '../../types';
import { providerRule } from './build';

// JumpCloud API keys: 40 hex, named by context.
export const jumpcloudRules: Rule[] = [
  providerRule({
    id: 'jumpcloud-api-key',
    description: 'JumpCloud API key',
    provider: 'jumpcloud',
    body: '[a-f0-9]{40}',
    context: ['jumpcloud'],
    revoke: 'JumpCloud admin portal > My API key > generate a new key',
  }),
];
