import { hashicorpVaultFormats } from '../../../providers/formats/hashicorpVault';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const hashicorpVaultRules: Rule[] = hashicorpVaultFormats.map((format) =>
  formatRule(format, 'hashicorp-vault', 'vault token revoke, then check the audit device for its use'),
);
