import type { Rule } from '../../types';
import { providerRule } from './build';

// age X25519 identities: AGE-SECRET-KEY-1 + 58 Bech32 characters.
export const ageRules: Rule[] = [
  providerRule({
    id: 'age-secret-key',
    description: 'age secret key',
    provider: 'age',
    body: 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
    keywords: ['age-secret-key-1'],
    revoke: 'generate a new identity with age-keygen and re-encrypt the files it protects',
  }),
];
