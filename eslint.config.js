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
    // The content script's passive part runs on every web page: it stays small. The analyzer, the
    // libraries it bundles and the UI belong to the full part (entrypoints/reader.content).
    files: ['entrypoints/content/**', 'src/page/passive-page.ts', 'src/page/quiet.ts', 'src/page/reader-script.ts', 'src/page/site-rules.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@mozilla/readability', 'dompurify', 'turndown', 'wxt/utils/content-script-ui/*'], message: 'Only the full part (entrypoints/reader.content) may load this.' },
          { group: ['**/analysis/analyze', '**/analysis/extract', '**/render/*', '**/ui/*', '**/page/page-*', '**/page/reader-mode', '**/page/clutter-flags'], message: 'Only the full part (entrypoints/reader.content) may load this.' },
        ],
      }],
    },
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
