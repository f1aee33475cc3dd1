import { detectProvider, PROVIDER_IDS, providerInfo, validateApiKey, type ProviderId } from '../providers';

export interface ProviderCheck {
  /** The provider to record with the key: the one asked for, else the detected one. */
  provider?: string;
  /** False when the value does not have the asked-for provider's format. */
  valid: boolean;
  /** A line for the user (never containing the value). */
  message?: string;
}

function asProviderId(name: string): ProviderId | undefined {
  const id = name.toLowerCase();
  return (PROVIDER_IDS as readonly string[]).includes(id) ? (id as ProviderId) : undefined;
}

/**
 * What to tell a user adding `value`: with a provider named, whether the value has that
 * provider's published format (checksum included); without one, which provider it looks like.
 * Providers without an offline format are accepted as free labels.
 */
export function checkProvider(value: string, requested?: string): ProviderCheck {
  if (requested) {
    const id = asProviderId(requested);
    if (!id)
      return { provider: requested, valid: true, message: `no offline format check for provider "${requested}".` };
    const result = validateApiKey(id, value);
    if (result.valid) return { provider: id, valid: true };
    return {
      provider: id,
      valid: false,
      message: `This does not look like a ${providerInfo(id).displayName} key: ${result.reason}.`,
    };
  }
  const detected = detectProvider(value);
  if (!detected) return { valid: true };
  return { provider: detected, valid: true, message: `detected provider ${providerInfo(detected).displayName}.` };
}
