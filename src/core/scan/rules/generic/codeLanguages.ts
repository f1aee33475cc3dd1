// Languages whose string values are always quoted. In their source, `token.content = escapedStr`
// or `withCredentials: kEnumerableProperty` assigns a variable or a constant: an unquoted
// right-hand side is an expression, never the secret itself. In .env, YAML, INI, .properties,
// shell scripts, Dockerfiles and Makefiles an unquoted value is the value. Rules that read
// unquoted values take OUTSIDE_QUOTING_SOURCE as their `fileName`, so they never run on such source.

const QUOTING_EXTENSIONS = [
  'js mjs cjs jsx ts tsx mts cts vue svelte', // JavaScript and TypeScript
  'py pyi rb rake gemspec php', // Python, Ruby, PHP
  'go rs java kt kts scala groovy gradle cs swift dart c h cc cpp cxx hpp hh m mm', // compiled languages
  'lua ex exs erl jl cr coffee', // others where a bare word is a name
]
  .join(' ')
  .split(' ');

/** Paths of every file except the source of a language whose strings are quoted. */
export const OUTSIDE_QUOTING_SOURCE = new RegExp(String.raw`^(?!.*\.(?:${QUOTING_EXTENSIONS.join('|')})$)`, 'i');
