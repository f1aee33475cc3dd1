// The built-in rule set. Provider rules come first: on overlapping matches the engine keeps
// the earlier (more specific) rule, and generic rules always lose to provider ones.
import type { Rule } from '../types';
import { genericRules } from './generic/index';
import { insecureRules } from './insecure/index';
import { providerRules } from './providers/index';

export const builtinRules: readonly Rule[] = [...providerRules, ...genericRules, ...insecureRules];
