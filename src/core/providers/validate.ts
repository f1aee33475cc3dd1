import { z } from 'zod';
import { KeywardError } from '../errors';
import { matchesWhole, type TokenFormat } from './formats/types';
import { PROVIDER_IDS, PROVIDERS, providerInfo, type ProviderId } from './registry';

/** Longer than any provider's token (PyPI macaroons and STS tokens stay well below). */
export const MAX_KEY_LENGTH = 4096;

export const providerIdSchema = z.enum(PROVIDER_IDS);
export const apiKeyValueSchema = z
  .string()
  .min(1, 'the value is empty')
  .max(MAX_KEY_LENGTH, `the value is longer than ${MAX_KEY_LENGTH} characters`);

export interface KeyValidation {
  valid: boolean;
  /** Why the value was refused; never contains the value. */
  reason?: string;
}

/**
 * Offline check that `value` has the published shape of a `provider` key, including the
 * checksum where the format has one. It cannot tell whether the key is still live.
 */
export function validateApiKey(provider: ProviderId, value: string): KeyValidation {
  const id = providerIdSchema.safeParse(provider);
  if (!id.success) {
    throw new KeywardError(`Unknown provider; expected one of: ${PROVIDER_IDS.join(', ')}`, 'invalid-input');
  }
  const parsed = apiKeyValueSchema.safeParse(value);
  if (!parsed.success) return { valid: false, reason: parsed.error.issues[0]?.message ?? 'invalid value' };
  if (parsed.data.trim() !== parsed.data)
    return { valid: false, reason: 'the value has leading or trailing whitespace' };

  const info = providerInfo(id.data);
  const shaped = info.formats.filter((format) => matchesWhole(format, parsed.data));
  if (shaped.length === 0) return { valid: false, reason: info.hint };
  if (shaped.some((format) => !format.check || format.check(parsed.data))) return { valid: true };
  return { valid: false, reason: 'checksum does not match: the value is mistyped or made up' };
}

/**
 * The provider whose self-identifying token format `value` has (prefix, shape and checksum);
 * undefined for plain values such as 32 hex characters that only context could attribute.
 */
export function detectProvider(value: string): ProviderId | undefined {
  const parsed = apiKeyValueSchema.safeParse(value.trim());
  if (!parsed.success) return undefined;
  const token = parsed.data;
  for (const provider of PROVIDERS) {
    const formats: readonly TokenFormat[] = provider.formats;
    if (formats.some((f) => !f.context && matchesWhole(f, token) && (f.check?.(token) ?? true))) return provider.id;
  }
  return undefined;
}
