import type { Rule } from '../../types';
import { providerRule } from './build';

// Authress service client access keys: sc_/ext_/scauth_/authress_ + account.key.acc_... parts.
const REVOKE = 'Authress management portal > Service clients > delete the access key';

export const authressRules: Rule[] = [
  providerRule({
    id: 'authress-access-key',
    description: 'Authress service client access key',
    provider: 'authress',
    body: '(?:sc|ext|scauth|authress)_[a-zA-Z0-9]{5,30}\\.[a-zA-Z0-9]{4,6}\\.acc[_-][a-zA-Z0-9-]{10,32}\\.[a-zA-Z0-9+/_=-]{30,120}',
    keywords: ['sc_', 'ext_', 'scauth_', 'authress_'],
    revoke: REVOKE,
  }),
];
