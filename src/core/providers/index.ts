// Provider knowledge shared by the vault (masking, detection, validation) and the scanner.
export { PROVIDERS, PROVIDER_IDS, providerInfo, type ProviderId, type ProviderInfo } from './registry';
export {
  validateApiKey,
  detectProvider,
  providerIdSchema,
  apiKeyValueSchema,
  MAX_KEY_LENGTH,
  type KeyValidation,
} from './validate';
export { crc32, base62, hasValidCrc32Suffix } from './checksums';
export type { TokenFormat } from './formats/types';
