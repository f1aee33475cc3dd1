import type { Rule } from '../../types';
import { providerRule } from './build';

// CoinMarketCap API keys: UUIDs, named by context (X-CMC_PRO_API_KEY).
export const coinmarketcapRules: Rule[] = [
  providerRule({
    id: 'coinmarketcap-api-key',
    description: 'CoinMarketCap API key',
    provider: 'coinmarketcap',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['coinmarketcap', 'cmc_pro_api_key', 'cmc_api_key'],
    revoke: 'pro.coinmarketcap.com > API key > regenerate',
  }),
];
