import type { Rule } from '../../types';
import { providerRule } from './build';

// Weights & Biases API keys: 40 hex (WANDB_API_KEY, ~/.netrc for api.wandb.ai), named by context.
export const wandbRules: Rule[] = [
  providerRule({
    id: 'wandb-api-key',
    description: 'Weights & Biases API key',
    provider: 'wandb',
    body: '[a-f0-9]{40}',
    context: ['wandb'],
    revoke: 'wandb.ai > User settings > API keys > revoke',
  }),
];
