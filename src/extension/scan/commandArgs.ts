// The quick fixes' command arguments. They travel through the workbench as plain JSON, and any
// extension or keybinding can run the same command ids with arguments of its own, so the
// commands check their shape instead of trusting a type annotation.
import { z } from 'zod';
import { KeywardError } from '../../core/errors';
import { english, type Localizer } from '../../core/l10n';

const moveToVaultArgs = z.object({
  uri: z.string(),
  /** Start line, start character, end line, end character (0-based). */
  range: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
  /** The rule's provider, for the suggested name and the key's provider label. */
  provider: z.string().optional(),
  /** Set for a copy of a vault key: nothing to store, only the reference to write. */
  keyName: z.string().optional(),
});

const addToBaselineArgs = z.object({
  uri: z.string(),
  fingerprint: z.string(),
  ruleId: z.string(),
  line: z.number().int(),
});

export type MoveToVaultArgs = z.infer<typeof moveToVaultArgs>;
export type AddToBaselineArgs = z.infer<typeof addToBaselineArgs>;

// No vscode import here (so plain mocha tests it): the caller passes vscode.l10n for the message.
export function parseMoveToVaultArgs(args: unknown, l10n: Localizer = english): MoveToVaultArgs {
  return parse(moveToVaultArgs, args, 'keyward.moveToVault', l10n);
}

export function parseAddToBaselineArgs(args: unknown, l10n: Localizer = english): AddToBaselineArgs {
  return parse(addToBaselineArgs, args, 'keyward.addToBaseline', l10n);
}

function parse<T>(schema: z.ZodType<T>, args: unknown, command: string, l10n: Localizer): T {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  // The arguments may hold anything, so the message names the command, not their content.
  throw new KeywardError(
    l10n.t('{command} runs from a Keyward quick fix; it got arguments it cannot use.', { command }),
    'usage',
  );
}
