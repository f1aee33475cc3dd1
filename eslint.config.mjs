// Lint with type information: the rules that matter most here (floating and misused promises)
// need the type checker. Formatting is Prettier's job, so stylistic rules are switched off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'test/fixtures/', '.vscode-test/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `const { secret, ...rest } = record` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // What the extension shows goes through vscode.l10n.t: a plain string (or a template without a
  // translated part) where a message, prompt, label or error text is expected is a lint error.
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'CallExpression[callee.property.name=/^(show(Information|Warning|Error)Message|setStatusBarMessage)$/] > .arguments:first-child',
          'NewExpression[callee.name="KeywardError"] > .arguments:first-child',
          'Property[key.name=/^(title|prompt|placeHolder|label|description|detail|tooltip|openLabel|message)$/] > .value',
          'AssignmentExpression[left.property.name=/^(text|tooltip|description|name|label)$/] > .right',
        ].map((context) => ({
          selector: `${context}:matches(Literal[value=/[A-Za-z]/], TemplateLiteral:not(:has(CallExpression[callee.property.name="t"])))`,
          message: 'User-visible text goes through vscode.l10n.t (see l10n/bundle.l10n.json).',
        })),
      ],
    },
  },
  // Plain JavaScript: build scripts (ES modules on Node), configs and the e2e test's extension (CommonJS).
  { files: ['**/*.mjs', '**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
