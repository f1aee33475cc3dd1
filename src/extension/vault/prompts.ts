import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import { KeyNameSchema } from '../../core/vault/inputs';
import { checkProvider } from '../../core/vault/providerCheck';
import type { Vault } from '../../core/vault/vault';
import type { KeysNode } from './keysTree';

const cancelled = () => new KeywardError(vscode.l10n.t('Cancelled.'), 'refused', 1);

/**
 * The key a command acts on: the Keys view item it was invoked on (`node`, checked to be one of
 * the view's own by KeysTreeProvider.node), or one picked from a list.
 */
export async function pickKey(
  vault: Vault,
  node: KeysNode | undefined,
  placeHolder: string,
): Promise<string | undefined> {
  if (node?.kind === 'key') return node.key.name;
  const picked = await vscode.window.showQuickPick(
    vault.list().map((k) => ({
      label: k.name,
      description: k.masked,
      detail: vscode.l10n.t('{provider} · {environment}', {
        provider: k.provider ?? vscode.l10n.t('unknown provider'),
        environment: k.environment,
      }),
    })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.label;
}

export async function askKeyName(vault: Vault, prompt: string, value?: string): Promise<string | undefined> {
  const taken = new Set(vault.list().map((k) => k.name));
  return vscode.window.showInputBox({
    title: 'Keyward', // eslint-disable-line no-restricted-syntax -- the product name
    prompt,
    value,
    placeHolder: 'STRIPE_SECRET_KEY', // eslint-disable-line no-restricted-syntax -- an example name, not prose
    validateInput: (name) => {
      const parsed = KeyNameSchema.safeParse(name);
      // The schema's message (English, from the core) says which characters a name may use.
      if (!parsed.success) return vscode.l10n.t('Use {0}.', parsed.error.issues[0].message);
      return taken.has(name) && name !== value ? vscode.l10n.t('A key named {0} already exists.', name) : undefined;
    },
  });
}

/**
 * Asks for a secret in a password box. Validation names the detected provider, or warns when
 * the value does not have the expected provider's format; it never repeats the value.
 */
export async function askSecret(
  prompt: string,
  expectedProvider?: string,
): Promise<{ value: string; provider?: string } | undefined> {
  let provider: string | undefined;
  const value = await vscode.window.showInputBox({
    title: 'Keyward', // eslint-disable-line no-restricted-syntax -- the product name
    prompt,
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => {
      if (!text) return undefined;
      const check = checkProvider(text, expectedProvider ?? undefined);
      provider = check.provider;
      if (!check.valid)
        return {
          message: vscode.l10n.t('{0} You can still save it.', check.message ?? ''),
          severity: vscode.InputBoxValidationSeverity.Warning,
        };
      if (check.message)
        return { message: capitalise(check.message), severity: vscode.InputBoxValidationSeverity.Info };
      return undefined;
    },
  });
  if (value === undefined) return undefined;
  if (value === '') throw new KeywardError(vscode.l10n.t('The value is empty; nothing was saved.'), 'refused', 1);
  return { value, provider: provider ?? checkProvider(value, expectedProvider).provider };
}

export async function confirm(message: string, detail: string, action: string): Promise<void> {
  const answer = await vscode.window.showWarningMessage(message, { modal: true, detail }, action);
  if (answer !== action) throw cancelled();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
