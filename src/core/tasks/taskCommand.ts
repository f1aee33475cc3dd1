import { KeywardError } from '../errors';
import { shellQuote } from '../shellQuote';

/**
 * What VS Code's own task runner would substitute in a task that Keyward now runs itself (Run
 * Task with Keys builds the child's environment in the extension host, so VS Code's resolver is
 * not involved). Anything needing the UI (`${input:…}`, `${command:…}`, the active editor's
 * `${file}`) is refused by name instead of being run half-resolved.
 */
export interface VariableContext {
  folder?: { path: string; name: string };
  folders: { path: string; name: string }[];
  env: NodeJS.ProcessEnv;
  home: string;
  pathSeparator: string;
}

const VARIABLE = /\$\{([^}]+)\}/g;

export function resolveVariables(text: string, context: VariableContext): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    const [kind, argument] = name.includes(':')
      ? [name.slice(0, name.indexOf(':')), name.slice(name.indexOf(':') + 1)]
      : [name, undefined];
    switch (kind) {
      case 'workspaceFolder':
      case 'workspaceRoot': {
        const folder =
          argument === undefined
            ? (context.folder ?? context.folders[0])
            : context.folders.find((f) => f.name === argument);
        if (folder) return folder.path;
        break;
      }
      case 'workspaceFolderBasename': {
        const folder = context.folder ?? context.folders[0];
        if (folder) return folder.name;
        break;
      }
      case 'env':
        if (argument !== undefined) return context.env[argument] ?? '';
        break;
      case 'userHome':
        return context.home;
      case 'pathSeparator':
      case '/':
        return context.pathSeparator;
    }
    throw new KeywardError(
      `Run Task with Keys cannot resolve ${whole} in this task; run it as a plain task, or use a literal value.`,
      'refused',
      1,
    );
  });
}

/** An argument as VS Code's ShellQuotedString has it: how to quote it for the shell. */
export type ShellArgument = string | { value: string; quoting: 'escape' | 'strong' | 'weak' };

/**
 * A POSIX command line from a command and arguments, quoted as VS Code's shell tasks quote them
 * by default: plain strings only when they need it, strong quoting as single quotes, weak as
 * double quotes with `$`, `` ` ``, `"` and `\` escaped, escape quoting with backslashes.
 */
export function posixCommandLine(command: ShellArgument, args: readonly ShellArgument[]): string {
  return [command, ...args].map(quoted).join(' ');
}

function quoted(argument: ShellArgument): string {
  if (typeof argument === 'string') return /^[\w@%+=:,./-]+$/.test(argument) ? argument : shellQuote(argument);
  switch (argument.quoting) {
    case 'strong':
      return shellQuote(argument.value);
    case 'weak':
      return `"${argument.value.replace(/["$`\\]/g, '\\$&')}"`;
    case 'escape':
      return argument.value.replace(/[^\w@%+=:,./-]/g, '\\$&');
  }
}
