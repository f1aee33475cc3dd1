import { knownPrefix } from './providers/prefixes';

const FULL_MASK = '********';
const MIN_PARTIAL_LENGTH = 12;
const TAIL = 4;

/**
 * The only form of a secret that may leave the core: a known provider prefix, `....`,
 * then the last four characters. Short values are masked entirely so that the visible
 * part never amounts to a guessable share of the secret.
 */
export function maskSecret(value: string): string {
  if (value.length < MIN_PARTIAL_LENGTH) return FULL_MASK;
  const tail = value.slice(-TAIL);
  const prefix = knownPrefix(value);
  // Showing prefix + tail must still hide at least half of the value.
  const visible = prefix.length + TAIL <= value.length / 2 ? prefix : '';
  return `${visible}....${tail}`;
}
