// What marks a git pre-commit hook as Keyward's: `keyward hook install` writes it, refreshes a hook
// that carries it and never silently replaces one that does not; VS Code checks for it before
// offering to install the hook.

export const HOOK_MARKER = '# keyward-hook: pre-commit secret scan';

export function isKeywardHook(content: string): boolean {
  return content.includes(HOOK_MARKER);
}
