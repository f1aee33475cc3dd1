import type { TokenFormat } from './types';

// https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
// hvs. service, hvb. batch, hvr. recovery; before Vault 1.10 service tokens were s. + 24.
export const hashicorpVaultFormats: TokenFormat[] = [
  {
    id: 'vault-service-token',
    description: 'HashiCorp Vault service token',
    body: 'hvs\\.[A-Za-z0-9_-]{24,300}',
    keywords: ['hvs.'],
  },
  {
    id: 'vault-batch-token',
    description: 'HashiCorp Vault batch token',
    body: 'hvb\\.[A-Za-z0-9_-]{24,300}',
    keywords: ['hvb.'],
  },
  {
    id: 'vault-recovery-token',
    description: 'HashiCorp Vault recovery token',
    body: 'hvr\\.[A-Za-z0-9_-]{24,300}',
    keywords: ['hvr.'],
  },
  {
    id: 'vault-legacy-token',
    description: 'HashiCorp Vault token (legacy format)',
    body: 's\\.[A-Za-z0-9]{24}',
    context: ['vault_token', 'vault_auth'],
  },
];
