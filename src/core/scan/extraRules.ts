// Workspace-defined rules from `.keyward/config.json`, and the rule set a scan runs with.
import type { ExtraRuleConfig, ScanConfig } from './config';
import { fromGoRegex } from './goRegex';
import { builtinRules } from './rules/index';
import type { Rule } from './types';

export interface RuleSetOptions {
  /**
   * False in an untrusted workspace (VS Code restricted mode): a cloned repository must not
   * be able to inject its own regexes (a catastrophic-backtracking pattern would hang the host).
   */
  trusted?: boolean;
}

/** Built-in rules minus `disabledRules`, plus the workspace's extra rules when trusted. */
export function rulesFor(config: ScanConfig, { trusted = true }: RuleSetOptions = {}): Rule[] {
  const disabled = new Set(config.disabledRules);
  const extra = trusted ? config.extraRules.map(compileExtraRule) : [];
  return [...builtinRules, ...extra].filter((rule) => !disabled.has(rule.id));
}

export function builtinRuleIds(): string[] {
  return builtinRules.map((rule) => rule.id);
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
  };
}

/** An extra rule's regex: JavaScript syntax, or RE2's as gitleaks writes it (a leading `(?i)`...). */
function extraRulePattern(regex: string): RegExp {
  const converted = fromGoRegex(regex);
  if ('error' in converted) throw new Error(`extra rule regex: ${converted.error}`); // checked at load
  return new RegExp(converted.source, converted.flags);
}

/** A problem the schema cannot see: a regex that does not compile, or a group it lacks. */
export function checkExtraRule(rule: ExtraRuleConfig): { field: string; message: string } | undefined {
  const converted = fromGoRegex(rule.regex);
  if ('error' in converted) return { field: 'regex', message: converted.error };
  if (rule.secretGroup !== undefined) {
    // Alternating with the empty pattern always matches, which reveals the group count.
    const groups = new RegExp(`${converted.source}|`, converted.flags).exec('')!.length - 1;
    if (rule.secretGroup > groups) {
      return { field: 'secretGroup', message: `is ${rule.secretGroup} but the regex has ${groups} group(s)` };
    }
  }
  return undefined;
}
