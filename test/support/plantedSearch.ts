import assert from 'node:assert/strict';

/**
 * The forms a planted value could leak in: as is, and its first and last 12 characters (a
 * truncated copy; a mask shows at most a quarter of a value, never 12 characters of a 40-character
 * one), then base64 (standard and URL-safe, as JSON or a header would carry it) and hex.
 */
export function leakForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  return [
    ...new Set([
      value,
      value.slice(0, 12),
      value.slice(-12),
      bytes.toString('base64'),
      bytes.toString('base64url'),
      bytes.toString('hex'),
    ]),
  ];
}

/** Fails, naming `where` but never the value, if any form of a planted value appears in `text`. */
export function assertNoPlantedValue(text: string, values: readonly string[], where: string): void {
  for (const [i, value] of values.entries())
    for (const form of leakForms(value))
      assert.ok(!text.includes(form), `${where}: planted value #${i + 1} appears (plain, base64 or hex)`);
}
