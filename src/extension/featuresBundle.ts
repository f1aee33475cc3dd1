import type * as FeaturesModule from './features';

/** Everything features.ts exports: the command implementations and the engines in featureTypes.ts. */
export type Features = typeof FeaturesModule;

/**
 * Loads the features bundle. esbuild maps this require to `./features.js`, a bundle of its own next
 * to the activation bundle; from source (tests) it is the TypeScript module itself. Only the
 * composition root calls it, once, on first use.
 */
export function loadFeaturesBundle(): Features {
  // Synchronous, not import(): esbuild turns an external import() into an asynchronous load that
  // every caller would have to await.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  return require('./features') as Features;
}
