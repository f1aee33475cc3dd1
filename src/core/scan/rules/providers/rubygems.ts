import type { Rule } from '../../types';
import { providerRule } from './build';

// RubyGems API keys: rubygems_ + 48 hex.
export const rubygemsRules: Rule[] = [
  providerRule({
    id: 'rubygems-api-key',
    description: 'RubyGems API key',
    provider: 'rubygems',
    body: 'rubygems_[0-9a-f]{48}',
    keywords: ['rubygems_'],
    revoke: 'rubygems.org > Settings > API keys',
  }),
];
