import { knownPrefix } from './providers/prefixes';

const FULL_MASK = '********';
const MIN_PARTIAL_LENGTH = 12;
const TAIL = 4;

/**
 * The only form of a secret that may leave the core: a known provider prefix, `....`, then the
 * last characters. Never more than a quarter of the value shows, prefix included: a 12-character
 * value shows its last 3, the prefix appears only on values long enough to afford it, and values
 * under 12 characters are masked entirely.
 */
export function maskSecret(value: string): string {
  if (value.length < MIN_PARTIAL_LENGTH) return FULL_MASK;
  const budget = Math.floor(value.length / 4);
  const tail = Math.min(TAIL, budget);
  const prefix = knownPrefix(value);
  const visible = prefix.length + tail <= budget ? prefix : '';
  return `${visible}....${value.slice(-tail)}`;
}
