import type { TokenFormat } from './types';

// https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens: a prefix
// and 32 hex digits, in either case.
const KINDS: [prefix: string, id: string, kind: string][] = [
  ['shpat', 'shopify-access-token', 'Shopify Admin API access token'],
  ['shpca', 'shopify-custom-app-token', 'Shopify custom app access token'],
  ['shppa', 'shopify-private-app-token', 'Shopify private app password'],
  ['shpss', 'shopify-shared-secret', 'Shopify app shared secret'],
  ['shpua', 'shopify-user-access-token', 'Shopify online (per-user) access token'],
];

export const shopifyFormats: TokenFormat[] = KINDS.map(([prefix, id, description]) => ({
  id,
  description,
  body: `${prefix}_[a-fA-F0-9]{32}`,
  keywords: [`${prefix}_`],
}));
