// Which lines are comments, by the file's language. A comment in code is documentation: the
// value in `#   DATABASE_URL="postgres://myuser:mypass@..."` above a method, or in a JSDoc
// example, was written to show a shape. Only whole comment lines count (the line starts with
// a marker, or continues a block comment with `*`). Each language gets its own markers:
// `#` starts a directive in C (`#define API_KEY "..."` is code) and `--` an option in a shell
// script, so one set for every file would hide real values.

const SLASH = String.raw`\/\/|\/\*|\*`;
const HASH = '#';
const MARKUP = '<!--';
const BY_EXTENSION = new Map<string, string>();
const register = (markers: string, extensions: string) =>
  extensions.split(' ').forEach((ext) => BY_EXTENSION.set(ext, markers));
register(
  SLASH,
  'js mjs cjs jsx ts tsx mts cts java kt kts scala go c h cc cpp cxx hpp hh cs swift rs dart groovy gradle m mm json5 jsonc proto sol zig',
);
register(`${SLASH}|${HASH}`, 'php hcl tf tfvars');
register(
  HASH,
  'py pyi rb rake gemspec sh bash zsh fish ksh pl pm r yaml yml toml conf cfg env properties cnf dockerfile mk cmake nix ps1 psm1 ex exs jl nim tcl cr coffee',
);
register(`${HASH}|;`, 'ini');
register(';', 'el clj cljs lisp scm asm s');
register('--', 'sql lua hs elm ada');
register('%', 'tex erl hrl');
register(MARKUP, 'xml html htm xhtml svg md markdown xaml vue config csproj props targets');
register(String.raw`rem\b|::`, 'bat cmd');
register("'", 'vb vbs bas');
register('"', 'vim');
/** Extensionless files in repositories are mostly shell-like: Dockerfile, Makefile, .env, .netrc, scripts. */
const WITHOUT_EXTENSION = HASH;

const TESTS = new Map<string, RegExp>();

/** A regex that tests whether a line's start is a comment, or undefined when the format has no comments (.txt, .json). */
export function commentLineTest(file: string): RegExp | undefined {
  // `database.yml.tt`, `.env.example`: a template or sample keeps its file's syntax.
  const name = file
    .slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1)
    .toLowerCase()
    .replace(/(?<=.\.\w+)\.(?:tt|j2|jinja2?|erb|tmpl|tpl|template|example|sample|dist|in)$/, '');
  const dot = name.lastIndexOf('.');
  // `.env`, `.npmrc`: a leading dot starts a name, not an extension; `.env.production` and
  // `Dockerfile.dev` keep the syntax of their first part.
  const markers =
    dot <= 0 || /^(?:\.env|dockerfile|containerfile|makefile)\b/.test(name)
      ? WITHOUT_EXTENSION
      : BY_EXTENSION.get(name.slice(dot + 1));
  if (markers === undefined) return undefined;
  let test = TESTS.get(markers);
  if (!test) TESTS.set(markers, (test = new RegExp(String.raw`^\s*(?:${markers})`, 'i')));
  return test;
}
