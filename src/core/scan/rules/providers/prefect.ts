import type { Rule } from '../../types';
import { providerRule } from './build';

// Prefect Cloud API keys: pnu_ + 36.
export const prefectRules: Rule[] = [
  providerRule({
    id: 'prefect-api-key',
    description: 'Prefect Cloud API key',
    provider: 'prefect',
    body: 'pnu_[A-Za-z0-9]{36}',
    keywords: ['pnu_'],
    revoke: 'Prefect Cloud > Profile > API keys',
  }),
];
