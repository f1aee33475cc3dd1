import type * as Features from './features';
import { lazy } from './lazy';

/**
 * The features bundle (see features.ts), loaded once on first use. esbuild maps this require to
 * `./features.js` next to the extension bundle; from source it is the TypeScript module itself.
 */
// A synchronous require, not import(): callers use the features inline, and esbuild turns an
// external import() into an asynchronous load that every caller would have to await.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
export const loadFeatures = lazy(() => require('./features') as typeof Features);
