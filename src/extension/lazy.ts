/**
 * Defers loading a module graph until first use. esbuild bundles a `require()`d module behind a
 * lazy initialiser, so what sits behind `lazy` (zod, the provider table, the scanner's rules)
 * costs nothing at activation.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
