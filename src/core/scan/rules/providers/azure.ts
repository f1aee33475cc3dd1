import { azureFormats, isAccountKey } from '../../../providers/formats/azure';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const PORTAL = 'Azure portal';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * Microsoft's identifiable keys (github.com/microsoft/security-utilities): random bytes with a
 * service signature at a fixed offset, so they identify themselves without a connection string
 * or a name. [id, service, body, signature keyword].
 */
const IDENTIFIABLE: [id: string, service: string, body: string, keyword: string][] = [
  [
    'azure-storage-identifiable-key',
    'Azure storage account key',
    String.raw`[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==`,
    '+ast',
  ],
  ['azure-cosmosdb-identifiable-key', 'Azure Cosmos DB key', '[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==', 'acdb'],
  ['azure-apim-identifiable-key', 'Azure API Management key', '[A-Za-z0-9+/]{76}APIM[A-Za-z0-9+/]{5}[AQgw]==', 'apim'],
  [
    'azure-batch-identifiable-key',
    'Azure Batch key',
    String.raw`[A-Za-z0-9+/]{76}\+ABa[A-Za-z0-9+/]{5}[AQgw]==`,
    '+aba',
  ],
  [
    'azure-ml-identifiable-key',
    'Azure Machine Learning web service key',
    String.raw`[A-Za-z0-9+/]{76}\+AMC[A-Za-z0-9+/]{5}[AQgw]==`,
    '+amc',
  ],
  ['azure-function-identifiable-key', 'Azure Functions key', '[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==', 'azfu'],
  [
    'azure-service-bus-identifiable-key',
    'Azure Service Bus key',
    String.raw`[A-Za-z0-9+/]{33}\+ASb[A-P][A-Za-z0-9+/]{5}=`,
    '+asb',
  ],
  [
    'azure-event-hubs-identifiable-key',
    'Azure Event Hubs key',
    String.raw`[A-Za-z0-9+/]{33}\+AEh[A-P][A-Za-z0-9+/]{5}=`,
    '+aeh',
  ],
  ['azure-relay-identifiable-key', 'Azure Relay key', String.raw`[A-Za-z0-9+/]{33}\+ARm[A-P][A-Za-z0-9+/]{5}=`, '+arm'],
  ['azure-event-grid-identifiable-key', 'Azure Event Grid key', '[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=', 'azeg'],
  ['azure-iot-identifiable-key', 'Azure IoT Hub key', '[A-Za-z0-9+/]{33}AIoT[A-P][A-Za-z0-9+/]{5}=', 'aiot'],
  ['azure-redis-identifiable-key', 'Azure Cache for Redis key', '[A-Za-z0-9+/]{33}AzCa[A-P][A-Za-z0-9+/]{5}=', 'azca'],
  [
    'azure-container-registry-identifiable-key',
    'Azure Container Registry key',
    String.raw`[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5}`,
    '+acr',
  ],
  ['azure-search-identifiable-key', 'Azure AI Search key', '[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}', 'azse'],
  // Common annotated security keys (Azure AI services, OpenAI and others): JQQJ9 at offset 52.
  [
    'azure-cask-key',
    'Azure service key',
    '[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?',
    'jqqj9',
  ],
];

export const azureRules: Rule[] = [
  ...IDENTIFIABLE.map(([id, service, body, keyword]) =>
    providerRule({
      id,
      description: service,
      provider: 'azure',
      body,
      keywords: [keyword],
      // The 88-character ones are 64 random bytes, like the classic account keys.
      ...(body.endsWith('[AQgw]==') && body.startsWith('[A-Za-z0-9+/]{76}') ? { validate: isAccountKey } : {}),
      revoke: `${PORTAL} > the resource's keys or access policies > regenerate the key`,
    }),
  ),
  ...azureFormats.map((format) =>
    formatRule(format, 'azure', `${PORTAL} > Storage account > Access keys > Rotate key`),
  ),
  providerRule({
    // The key as an argument: `az storage … --account-key <key>`, `new StorageSharedKeyCredential(name, "<key>")`.
    id: 'azure-storage-account-key-argument',
    description: 'Azure storage account key',
    provider: 'azure',
    lead: String.raw`(?:--account-key[= ]\s{0,3}['"]?|(?:StorageSharedKeyCredential|AzureNamedKeyCredential)\(\s{0,3}['"][^'"\n]{1,64}['"]\s{0,3},\s{0,3}['"])`,
    body: '[A-Za-z0-9+/]{86}==',
    validate: isAccountKey,
    keywords: ['--account-key', 'storagesharedkeycredential', 'azurenamedkeycredential'],
    revoke: `${PORTAL} > Storage account > Access keys > Rotate key`,
  }),
  providerRule({
    // Data Factory self-hosted integration runtime keys: IR@<guid>@<factory>@<region>@<base64>.
    id: 'azure-data-factory-shir-key',
    description: 'Azure Data Factory integration runtime key',
    provider: 'azure',
    body: String.raw`IR@[0-9a-fA-F-]{36}@[^@\s'"]{1,100}@[A-Za-z0-9=-]{0,40}@[A-Za-z0-9+/]{43}=`,
    keywords: ['ir@'],
    revoke: `${PORTAL} > Data Factory > Integration runtimes > regenerate the authentication key`,
  }),
  providerRule({
    // Shared access signatures: the HMAC-SHA256 `sig` after a service version `sv=`.
    id: 'azure-sas-token',
    description: 'Azure shared access signature',
    provider: 'azure',
    lead: String.raw`[?&]sv=\d{4}-\d{2}-\d{2}&[^\s'"<>]{0,300}?sig=`,
    body: '[A-Za-z0-9%+/]{42,100}={0,2}',
    keywords: ['sig='],
    revoke: `${PORTAL}: rotate the account key that signed it or revoke its stored access policy`,
  }),
  providerRule({
    // Entra ID client secrets: 3 chars, a digit, `Q~`, then 31-34 chars.
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    provider: 'azure',
    body: '[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}',
    keywords: ['q~'],
    end: '(?![A-Za-z0-9_~.-])',
    revoke: `${PORTAL} > App registrations > Certificates & secrets`,
  }),
  providerRule({
    id: 'azure-client-secret-in-context',
    description: 'Azure client secret',
    provider: 'azure',
    // A UUID here is the secret's id (the portal's "Secret ID" column), not its value.
    body: `(?!${UUID}(?![\\w~.+/=-]))[A-Za-z0-9_~.+/=-]{32,44}`,
    context: ['azure_client_secret', 'arm_client_secret', 'azure_secret', 'aad_client_secret'],
    minEntropy: 3.5,
    revoke: `${PORTAL} > App registrations > Certificates & secrets`,
  }),
  providerRule({
    // Azure DevOps PATs since 2024: 84 chars with the `AZDO` signature at offset 76.
    id: 'azure-devops-pat',
    description: 'Azure DevOps personal access token',
    provider: 'azure',
    body: '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    keywords: ['azdo'],
    revoke: 'Azure DevOps > User settings > Personal access tokens',
  }),
  providerRule({
    id: 'azure-devops-pat-legacy',
    description: 'Azure DevOps personal access token (legacy 52-char)',
    provider: 'azure',
    body: '[a-z2-7]{52}',
    context: [
      'azure_devops',
      'azdo_pat',
      'ado_pat',
      'vsts_pat',
      'vsts_token',
      'system_accesstoken',
      'azure_devops_ext_pat',
    ],
    revoke: 'Azure DevOps > User settings > Personal access tokens',
  }),
  providerRule({
    id: 'azure-service-bus-key',
    description: 'Azure Service Bus / Event Hubs shared access key',
    provider: 'azure',
    body: '[A-Za-z0-9+/]{43}=',
    context: ['sharedaccesskey'],
    revoke: `${PORTAL} > Namespace > Shared access policies > Regenerate`,
  }),
  providerRule({
    id: 'azure-apim-subscription-key',
    description: 'Azure API Management / Cognitive Services key',
    provider: 'azure',
    body: '[0-9a-f]{32}',
    context: ['ocp_apim_subscription_key', 'azure_openai_key', 'azure_openai_api_key', 'cognitive_services_key'],
    revoke: `${PORTAL} > resource > Keys and Endpoint > Regenerate`,
  }),
];
