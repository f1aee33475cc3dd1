import type { TokenFormat } from './types';

// Storage and Cosmos DB account keys are 64 random bytes in base64 (86 chars + `==`); in
// connection strings they follow `AccountKey=`.
// https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
const ACCOUNT_KEY = '[A-Za-z0-9+/]{86}==';
export const azureFormats: TokenFormat[] = [
  {
    id: 'azure-storage-connection-string',
    description: 'Azure storage or Cosmos DB connection string with account key',
    body: `(?:DefaultEndpointsProtocol=https?;AccountName=[a-z0-9]{3,24}|AccountEndpoint=https://[A-Za-z0-9.-]{3,120}(?::443)?/?);AccountKey=${ACCOUNT_KEY}`,
    keywords: ['defaultendpointsprotocol=', 'accountendpoint='],
  },
  {
    id: 'azure-storage-account-key',
    description: 'Azure storage account key',
    body: ACCOUNT_KEY,
    context: ['storage_key', 'storage_account_key', 'cosmos_key', 'cosmosdb_key'],
  },
];
