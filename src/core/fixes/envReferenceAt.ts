/** An environment variable read in source code, located on its line (0-based, end exclusive). */
export interface EnvReferenceAt {
  name: string;
  start: number;
  end: number;
}

const NAME = '([A-Za-z_][A-Za-z0-9_]*)';
const Q = `["']`;
// One pattern per way of reading the environment; group 1 is the variable's name.
const PATTERNS = [
  `(?:process|import\\.meta|Deno|Bun)\\.env\\.${NAME}`,
  `process\\.env\\[${Q}${NAME}${Q}\\]`,
  `os\\.environ\\[${Q}${NAME}${Q}\\]`,
  `os\\.environ\\.get\\(\\s*${Q}${NAME}${Q}`,
  `os\\.getenv\\(\\s*${Q}${NAME}${Q}`,
  `os\\.Getenv\\(\\s*"${NAME}"\\s*\\)`,
  `System\\.getenv\\(\\s*"${NAME}"\\s*\\)`,
  `ENV(?:\\[${Q}${NAME}${Q}\\]|\\.fetch\\(\\s*${Q}${NAME}${Q})`,
  `\\$\\{${NAME}(?:[:?+=-][^}]*)?\\}`,
  `\\$${NAME}`,
].map((source) => new RegExp(source, 'g'));

/** The environment reference covering `character` on `lineText`, if any. */
export function envReferenceAt(lineText: string, character: number): EnvReferenceAt | undefined {
  for (const pattern of PATTERNS) {
    for (const match of lineText.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const name = match.slice(1).find((group) => group !== undefined);
      if (name && start <= character && character < end) return { name, start, end };
    }
  }
  return undefined;
}
