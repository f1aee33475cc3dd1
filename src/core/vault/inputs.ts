import { z } from 'zod';
import { KeywardError } from '../errors';

/** Key names double as environment variable names (`keyward vault run`), so they follow that grammar. */
export const KeyNameSchema = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
    'use letters, digits and underscores, not starting with a digit (it becomes an environment variable name)',
  );

export const EnvironmentSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'use letters, digits, ".", "_" or "-"');

export const SecretValueSchema = z
  .string()
  .min(1, 'the value is empty')
  .max(65_536, 'the value is longer than 64 KiB')
  .refine((v) => !v.includes('\0'), 'the value contains a NUL character');

export const RotationDaysSchema = z.number().int().min(1).max(3650);

export const KeyStatusSchema = z.enum(['active', 'compromised', 'retired']);

export const NewKeySchema = z.object({
  name: KeyNameSchema,
  value: SecretValueSchema,
  provider: z.string().min(1).max(64).optional(),
  environment: EnvironmentSchema.default('default'),
  rotationDays: RotationDaysSchema.optional(),
  notes: z.string().max(2000).optional(),
});

export type NewKey = z.input<typeof NewKeySchema>;

/**
 * Parses with a schema and turns a failure into a user-facing error. zod messages quote the
 * offending input for some checks, so only the path and our own wording are kept.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new KeywardError(`Invalid ${what}: ${field}${issue.message}`, 'invalid-input');
}
