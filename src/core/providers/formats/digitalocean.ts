import type { TokenFormat } from './types';

// https://docs.digitalocean.com/reference/api/: dop_v1_ (personal), doo_v1_ (OAuth),
// dor_v1_ (refresh), each + 64 hex.
const KINDS: [prefix: string, id: string, kind: string][] = [
  ['dop', 'digitalocean-pat', 'DigitalOcean personal access token'],
  ['doo', 'digitalocean-oauth-token', 'DigitalOcean OAuth token'],
  ['dor', 'digitalocean-refresh-token', 'DigitalOcean OAuth refresh token'],
];

export const digitaloceanFormats: TokenFormat[] = KINDS.map(([prefix, id, description]) => ({
  id,
  description,
  body: `${prefix}_v1_[a-f0-9]{64}`,
  keywords: [`${prefix}_v1_`],
}));
