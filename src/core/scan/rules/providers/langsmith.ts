import type { Rule } from '../../types';
import { providerRule } from './build';

// LangSmith keys: lsv2_pt_ (personal) or lsv2_sk_ (service) + 32 hex + _ + 10 hex.
export const langsmithRules: Rule[] = [
  providerRule({
    id: 'langsmith-api-key',
    description: 'LangSmith API key',
    provider: 'langsmith',
    body: 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}',
    keywords: ['lsv2_'],
    revoke: 'smith.langchain.com > Settings > API Keys',
  }),
];
