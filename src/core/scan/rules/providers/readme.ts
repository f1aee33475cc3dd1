import type { Rule } from '../../types';
import { providerRule } from './build';

// ReadMe API keys: rdme_ + 70.
export const readmeRules: Rule[] = [
  providerRule({
    id: 'readme-api-key',
    description: 'ReadMe API key',
    provider: 'readme',
    body: 'rdme_[a-z0-9]{70}',
    keywords: ['rdme_'],
    revoke: 'ReadMe dashboard > API Keys',
  }),
];
