import * as vscode from 'vscode';

/**
 * Stands in for the user at the extension's prompts: input boxes, quick picks and message buttons
 * answer from a queue; otherwise modal confirmations pick the action offered and notifications are
 * dismissed.
 * Everything shown is kept so tests can search it for secrets.
 */
export class ScriptedUser {
  /** Queued for a message, closes it without choosing anything (a modal's Cancel). */
  static readonly CANCEL = '(cancel)';
  readonly shown: string[] = [];
  private readonly answers: string[] = [];
  private readonly originals: Partial<typeof vscode.window> = {};

  constructor() {
    const w = vscode.window as unknown as Record<string, unknown>;
    const replace = (name: keyof typeof vscode.window, fake: unknown) => {
      (this.originals as Record<string, unknown>)[name] = w[name];
      w[name] = fake;
    };
    replace('showInputBox', async (options?: vscode.InputBoxOptions) => {
      this.shown.push(`input: ${options?.prompt ?? ''}`);
      const answer = this.answers.shift();
      if (answer !== undefined && options?.validateInput) {
        const verdict = await options.validateInput(answer);
        this.shown.push(`validation: ${typeof verdict === 'string' ? verdict : (verdict?.message ?? '')}`);
      }
      return answer;
    });
    // Same signature as the API it replaces: it answers with a promise.
    const message = (text: string, ...rest: unknown[]): Promise<string | undefined> => {
      const first = rest[0];
      const modal =
        typeof first === 'object' && first !== null && 'modal' in first && (first as vscode.MessageOptions).modal;
      this.shown.push(`message: ${text} ${modal ? ((first as vscode.MessageOptions).detail ?? '') : ''}`);
      const offered = rest.filter((item): item is string => typeof item === 'string');
      if (this.answers[0] === ScriptedUser.CANCEL) return Promise.resolve(void this.answers.shift());
      if (offered.includes(this.answers[0])) return Promise.resolve(this.answers.shift());
      return Promise.resolve(modal ? offered[0] : undefined);
    };
    replace('showInformationMessage', message);
    replace('showWarningMessage', message);
    replace('showErrorMessage', message);
    replace(
      'showQuickPick',
      async (
        items: readonly (vscode.QuickPickItem | string)[] | Thenable<readonly (vscode.QuickPickItem | string)[]>,
        options?: vscode.QuickPickOptions,
      ) => {
        const list = await items;
        const label = (item: vscode.QuickPickItem | string) => (typeof item === 'string' ? item : item.label);
        const wanted = this.answers.shift();
        this.shown.push(
          `pick: ${list.map((i) => `${label(i)} ${typeof i === 'string' ? '' : `${i.description ?? ''}${i.picked ? ' (picked)' : ''}`}`).join(' | ')}`,
        );
        // Several picks are answered as one comma-separated string.
        if (options?.canPickMany) return list.filter((item) => wanted?.split(',').includes(label(item)));
        return list.find((item) => label(item) === wanted);
      },
    );
  }

  /** Queues answers for the next input boxes and quick picks, in order. */
  answer(...answers: string[]): this {
    this.answers.push(...answers);
    return this;
  }

  restore(): void {
    Object.assign(vscode.window, this.originals);
  }
}

/** The audit log as Keyward: Show Audit Log displays it (all entries), its editor closed again. */
export async function auditText(user: ScriptedUser): Promise<string> {
  user.answer('All Entries');
  await vscode.commands.executeCommand('keyward.showAuditLog');
  const text = vscode.window.activeTextEditor?.document.getText() ?? '';
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  return text;
}

/**
 * Turns keyward.clipboard.allowInRemoteWindow on (or back to its default) in the user's settings,
 * as a user of code-server would to copy keys; `undefined` removes it.
 */
export async function allowRemoteCopy(allowed: true | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('keyward')
    .update('clipboard.allowInRemoteWindow', allowed, vscode.ConfigurationTarget.Global);
}
