import type { TokenFormat } from './types';

// Storage and Cosmos DB account keys are 64 random bytes in base64 (86 chars + `==`); in
// connection strings they follow `AccountKey=`.
// https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
const ACCOUNT_KEY = '[A-Za-z0-9+/]{86}==';

/**
 * 64 bytes encode to 86 characters whose last one carries 2 data bits and 4 zero bits (one of
 * A, Q, g, w): a value typed or cut to shape rarely decodes back to itself.
 */
export function isAccountKey(value: string): boolean {
  const key = value.slice(value.length - 88);
  const bytes = Buffer.from(key, 'base64');
  return bytes.length === 64 && bytes.toString('base64') === key;
}
export const azureFormats: TokenFormat[] = [
  {
    id: 'azure-storage-connection-string',
    description: 'Azure storage or Cosmos DB connection string with account key',
    body: `(?:DefaultEndpointsProtocol=https?;AccountName=[a-z0-9]{3,24}|AccountEndpoint=https://[A-Za-z0-9.-]{3,120}(?::443)?/?);AccountKey=${ACCOUNT_KEY}`,
    keywords: ['defaultendpointsprotocol=', 'accountendpoint='],
    check: isAccountKey,
  },
  {
    // Outside a connection string the 88-character shape needs a name: the SDKs', CLI's,
    // Terraform's and Cosmos DB's names for an account key.
    id: 'azure-storage-account-key',
    description: 'Azure storage account key',
    body: ACCOUNT_KEY,
    check: isAccountKey,
    context: [
      'storage_key',
      'storage_account_key',
      'storage_access_key',
      'account_key',
      'access_key',
      'primary_access_key',
      'secondary_access_key',
      'primary_key',
      'shared_key',
      'master_key',
      'cosmos_key',
      'cosmosdb_key',
    ],
    // `account`, `access` and `storage` alone are on countless lines (localStorage, account ids).
    keywords: [
      ...['storage', 'account', 'access', 'primary', 'shared', 'master', 'cosmos'].flatMap((first) =>
        ['_', '', '-', '.'].map((sep) => `${first}${sep}key`),
      ),
      'storage_account',
      'storageaccount',
      'cosmosdb',
    ],
  },
];
