// Which history finding a command is about. Commands get it from the Findings view (its node),
// a code action or a keybinding, so the shape is checked, and the command then looks the finding
// up in the Findings view: only a finding a history scan reported is opened or responded to.
import * as z from 'zod/mini';
import { KeywardError } from '../../core/errors';
import { english, type Localizer } from '../../core/l10n';
import type { FindingsModel } from '../scan/findingsModel';

const position = { line: z.number().check(z.int()), column: z.number().check(z.int()) };

const ref = z.object({
  /** The repository's top-level folder. */
  root: z.string(),
  /** The commit that added the secret. */
  sha: z.string().check(z.regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/)),
  /** The path at that commit. */
  file: z.string(),
  ...position,
});

/** The Findings view's node for a history finding (what its context menu passes). */
const node = z.object({
  kind: z.literal('historyFinding'),
  root: z.string(),
  sha: z.string(),
  finding: z.object({ file: z.string(), ...position }),
});

export type HistoryFindingRef = z.infer<typeof ref>;

// No vscode import here (so plain mocha tests it): the caller passes vscode.l10n for the message.
export function parseHistoryFindingRef(arg: unknown, command: string, l10n: Localizer = english): HistoryFindingRef {
  const fromNode = node.safeParse(arg);
  const parsed = ref.safeParse(
    fromNode.success ? { root: fromNode.data.root, sha: fromNode.data.sha, ...fromNode.data.finding } : arg,
  );
  if (parsed.success) return parsed.data;
  throw new KeywardError(
    l10n.t('{command} runs on a finding of Scan Git History; it got arguments it cannot use.', { command }),
    'usage',
  );
}

/**
 * The history finding `arg` names, as the Findings view still shows it: a newer history scan or
 * Clear Git History Findings may have taken it away since the view handed it over.
 */
export function shownHistoryFinding(
  arg: unknown,
  command: string,
  model: Pick<FindingsModel, 'historyFinding'>,
  l10n: Localizer = english,
): { ref: HistoryFindingRef } & NonNullable<ReturnType<FindingsModel['historyFinding']>> {
  const ref = parseHistoryFindingRef(arg, command, l10n);
  const found = model.historyFinding(ref);
  if (!found)
    throw new KeywardError(
      l10n.t('That finding is no longer in the Findings view: run Scan Git History again.', {}),
      'refused',
      1,
    );
  return { ref, ...found };
}
