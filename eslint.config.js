// One linter for src, tests and scripts; formatting is prettier's job.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'bench/results/', 'research/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**'],
    rules: {
      // The product never builds HTML from strings: page data must not reach an HTML sink.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or JSX.' },
        { property: 'outerHTML', message: 'Use textContent or JSX.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM methods or JSX.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['node:*'] }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The one CommonJS file: it requires zxcvbn lazily (see zxcvbn-library.cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**', 'test/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
