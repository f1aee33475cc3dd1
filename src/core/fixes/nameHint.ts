import { suggestEnvName } from './envReference';

// `apiKey = "`, `"api_key": "`, `API_KEY=`, `headers['X-Api-Key'] = '`, `token := "`, `:token => "`.
const ASSIGNED = /([A-Za-z_$][\w$.-]*)["'\]]{0,2}\s*(?::=|=>|=|:)\s*(?:[rRbBfFuU@]{0,2}["'`])?$/;
// Provider families whose id already names the kind of secret.
const SELF_DESCRIBING: Record<string, string> = { generic: 'secret', 'private-key': 'private key' };

/**
 * A variable name for a secret that starts at `column` (0-based) of `lineText`: from the
 * identifier it is assigned to when there is one, else from the rule's provider.
 */
export function suggestNameFor(lineText: string, column: number, provider: string): string {
  const identifier = ASSIGNED.exec(lineText.slice(0, column))?.[1];
  const last = identifier?.split('.').filter(Boolean).pop();
  if (last && /[A-Za-z]/.test(last)) return suggestEnvName(last.replace(/^\$/, ''));
  return suggestEnvName(SELF_DESCRIBING[provider] ?? `${provider} api key`);
}
