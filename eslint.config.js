import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

// Markup only ever enters a page through src/render/sanitize.ts; these selectors catch every other way.
const HTML_SINKS = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Set HTML only through src/render/sanitize.ts.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]", message: 'Parse or write HTML only through src/render/sanitize.ts.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Never document.write.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'tests/fixtures/**', 'tests/e2e/artifacts/**'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/render/sanitize.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The analysis runs unchanged in the content script, Vitest and Node: no extension APIs there.
    files: ['src/analysis/**', 'src/data/**', 'src/render/**', 'src/types.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'wxt', 'webextension-polyfill', '@webext-core/*', 'node:*'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'location'],
    },
  },
);
