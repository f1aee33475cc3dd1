import * as vscode from 'vscode';
import { isKeywardError } from '../core/errors';

/**
 * Registers a command whose failures become messages: a refusal (exit code 1 in the CLI) is a
 * warning, anything else an error. Unexpected errors are logged by kind only, since a library's
 * message could quote its input.
 */
export function registerCommand(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  id: string,
  handler: (...args: any[]) => unknown,
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
          void vscode.window.showErrorMessage(`Keyward: ${id} failed unexpectedly. See the Keyward log for details.`);
        }
        return undefined;
      }
    }),
  );
}
