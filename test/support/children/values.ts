/** Deterministic values so a test can check every stored key decrypts to what was written. */
export function expectedValue(prefix: string, index: number): string {
  return `value-${prefix}-${index}-${'x'.repeat(index % 50)}-end`;
}
