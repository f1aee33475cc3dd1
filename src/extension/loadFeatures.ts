import { lazy } from './lazy';

/**
 * The features bundle (see features.ts), loaded once on first use. esbuild maps this require to
 * `./features.js` next to the extension bundle; from source it is the TypeScript module itself.
 */
export const loadFeatures = lazy(() => require('./features') as typeof import('./features'));
