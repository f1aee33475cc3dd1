import type { Rule } from '../../types';
import { providerRule } from './build';

// Pinecone API keys: pcsk_ + key id + _ + secret since 2024; older keys are UUIDs named by
// context.
const REVOKE = 'Pinecone console > API keys > delete the key';

export const pineconeRules: Rule[] = [
  providerRule({
    id: 'pinecone-api-key',
    description: 'Pinecone API key',
    provider: 'pinecone',
    body: 'pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,80}',
    keywords: ['pcsk_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'pinecone-api-key-legacy',
    description: 'Pinecone API key (legacy)',
    provider: 'pinecone',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['pinecone'],
    revoke: REVOKE,
  }),
];
