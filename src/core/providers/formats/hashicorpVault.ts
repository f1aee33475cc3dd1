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
    // `s.` + 24 characters is too short to identify alone; every name Vault's CLI, API and
    // agents give a token is context (`client_token` is the API's login response field).
    id: 'vault-legacy-token',
    description: 'HashiCorp Vault token (legacy format)',
    body: 's\\.[A-Za-z0-9]{24}',
    context: ['vault_token', 'vault_auth', 'vault_root_token', 'root_token', 'client_token', 'x_vault_token'],
  },
  {
    // AppRole: the role id names the role, the secret id is its password (a UUID).
    id: 'vault-approle-secret-id',
    description: 'HashiCorp Vault AppRole secret ID',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    // A bare `secret_id` is also the id of an Azure app secret (a UUID that is not secret).
    context: ['vault_secret_id', 'approle_secret_id', 'role_secret_id', 'vault_approle_secret'],
  },
];
