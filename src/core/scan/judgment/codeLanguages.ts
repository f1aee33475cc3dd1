// Languages whose string values are always quoted. In their source, `token = escapedStr` or
// `withCredentials: kEnumerableProperty` assigns a variable or a constant: an unquoted
// right-hand side is an expression, never the secret itself. In .env, YAML, INI, .properties,
// shell scripts, Dockerfiles and Makefiles an unquoted value is the value.

const QUOTING_EXTENSIONS = new Set(
  [
    'js mjs cjs jsx ts tsx mts cts vue svelte', // JavaScript and TypeScript
    'py pyi rb rake gemspec php', // Python, Ruby, PHP
    'go rs java kt kts scala groovy gradle cs swift dart c h cc cpp cxx hpp hh m mm', // compiled languages
    'lua ex exs erl jl cr coffee', // others where a bare word is a name
  ]
    .join(' ')
    .split(' '),
);

/** Whether `file` is the source of a language whose strings are quoted (by its extension). */
export function quotesStrings(file: string): boolean {
  const name = file.slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 && QUOTING_EXTENSIONS.has(name.slice(dot + 1));
}
