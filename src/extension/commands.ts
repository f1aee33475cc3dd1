import * as vscode from 'vscode';
import { isKeywardError } from '../core/errors';
import { lazy } from './lazy';

/** A command implementation. VS Code passes whatever the caller gave, so arguments are unknown until checked. */
export type Handler = (...args: unknown[]) => unknown;

/**
 * Registers a command whose failures become messages: a refusal (exit code 1 in the CLI) is a
 * warning, anything else an error. Unexpected errors are logged by kind only, since a library's
 * message could quote its input.
 */
export function registerCommand(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  id: string,
  handler: Handler,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        if (isKeywardError(error)) {
          log.warn(`${id}: ${error.message}`);
          const show = error.exitCode === 1 ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
          void show(error.message);
        } else {
          log.error(`${id} failed unexpectedly (${(error as Error)?.name ?? 'unknown error'}).`);
          void vscode.window.showErrorMessage(
            vscode.l10n.t('Keyward: {0} failed unexpectedly. See the Keyward log for details.', id),
          );
        }
        return undefined;
      }
    }),
  );
}

/** Registers commands now, loading the module that implements them on first invocation. */
export function registerLazyCommands<Id extends string>(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  ids: readonly Id[],
  load: () => Record<Id, Handler>,
): void {
  const handlers = lazy(load);
  for (const id of ids) registerCommand(context, log, id, (...args: unknown[]) => handlers()[id](...args));
}
