import type { Rule } from '../../types';
import { providerRule } from './build';

// Supabase personal access tokens (sbp_ + 40 hex) and secret API keys (sb_secret_).
const REVOKE = 'Supabase dashboard > Account > Access Tokens / Project settings > API Keys';

export const supabaseRules: Rule[] = [
  providerRule({
    id: 'supabase-pat',
    description: 'Supabase personal access token',
    provider: 'supabase',
    body: 'sbp_[a-f0-9]{40}',
    keywords: ['sbp_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'supabase-secret-key',
    description: 'Supabase secret API key',
    provider: 'supabase',
    body: 'sb_secret_[A-Za-z0-9_-]{31,64}',
    keywords: ['sb_secret_'],
    revoke: REVOKE,
  }),
];
