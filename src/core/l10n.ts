/**
 * Translates a text the user reads. The extension passes `vscode.l10n`, so these texts follow VS
 * Code's display language; the CLI and tests use `english`. Placeholders are `{name}`, as in
 * `vscode.l10n.t`. Callers spell every call `l10n.t('…')`, which is how `npm run generate` finds
 * the texts for l10n/bundle.l10n.json.
 */
export interface Localizer {
  t(message: string, args: Record<string, string | number>): string;
}

/** No translation: the message with its placeholders filled in. */
export const english: Localizer = {
  t: (message, args) => message.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(args[name] ?? placeholder)),
};
