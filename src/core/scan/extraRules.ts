// Workspace-defined rules from `.keyward/config.json`, and the rule set a scan runs with.
import type { ExtraRuleConfig, ScanConfig } from './config';
import { CONFIG_FILE, invalidConfig } from './configFile';
import { fromGoRegex } from './goRegex';
import { MATCH_BUDGET_MS } from './regexBudget';
import { builtinRules } from './rules/index';
import type { Rule } from './types';

export interface RuleSetOptions {
  /**
   * False in an untrusted workspace (VS Code restricted mode): a cloned repository must not
   * be able to inject its own regexes (a catastrophic-backtracking pattern would hang the host).
   */
  trusted?: boolean;
}

/**
 * Built-in rules minus `disabledRules`, plus the workspace's extra rules when trusted. Refuses
 * (`config-invalid`) an extra rule that reuses a built-in id, even untrusted, so a workspace
 * learns about it wherever it is opened; `label` names the config file in that message.
 */
export function rulesFor(config: ScanConfig, { trusted = true }: RuleSetOptions = {}, label = CONFIG_FILE): Rule[] {
  const builtinIds = new Set(builtinRules.map((rule) => rule.id));
  config.extraRules.forEach((rule, i) => {
    if (builtinIds.has(rule.id))
      throw invalidConfig(label, `extraRules[${i}].id: "${rule.id}" is already a built-in rule id`);
  });
  const disabled = new Set(config.disabledRules);
  if (builtinRules.every((rule) => disabled.has(rule.id)))
    throw invalidConfig(label, 'disabledRules: turns off every built-in rule, which would leave nothing to find');
  const extra = trusted ? config.extraRules.map(compileExtraRule) : [];
  return [...builtinRules, ...extra].filter((rule) => !disabled.has(rule.id));
}

export function compileExtraRule(rule: ExtraRuleConfig): Rule {
  return {
    id: rule.id,
    description: rule.description,
    provider: 'custom',
    category: 'secret',
    keywords: rule.keywords.map((k) => k.toLowerCase()),
    pattern: extraRulePattern(rule.regex),
    ...(rule.secretGroup !== undefined && { secretGroup: rule.secretGroup }),
    ...(rule.minEntropy !== undefined && { minEntropy: rule.minEntropy }),
    severity: rule.severity,
    docs: `${rule.description} (rule defined in .keyward/config.json)`,
    timeBudgetMs: MATCH_BUDGET_MS,
  };
}

/** An extra rule's regex: JavaScript syntax, or RE2's as gitleaks writes it (a leading `(?i)`...). */
function extraRulePattern(regex: string): RegExp {
  const converted = fromGoRegex(regex);
  if ('error' in converted) throw new Error(`extra rule regex: ${converted.error}`); // checked at load
  return new RegExp(converted.source, converted.flags);
}
