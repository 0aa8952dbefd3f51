#!/usr/bin/env node
// CI guard: markup enters a page only through src/render/sanitize.ts. Fails (exit 1, listing
// file:line) when any other file under src/ or entrypoints/ assigns innerHTML or outerHTML, or calls
// insertAdjacentHTML, document.write, createContextualFragment, DOMParser/parseFromString,
// setHTMLUnsafe or parseHTMLUnsafe. The ESLint no-restricted-syntax rule catches these in the syntax
// tree; this line-by-line check is the belt to that brace (it also sees files ESLint is not run on).
// Usage: node scripts/check-html-sinks.mjs [--root <dir>]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const ROOT = resolve(rootIndex >= 0 ? args[rootIndex + 1] : join(import.meta.dirname, '..'));
const DIRS = ['src', 'entrypoints'];
const ALLOWED = new Set(['src/render/sanitize.ts']);
const EXTENSIONS = /\.(?:[cm]?[jt]sx?|vue|svelte|html?)$/;

const ASSIGN = String.raw`\s*(?:\+|\|\||&&|\?\?)?=(?!=)`;
const SINKS = [
  { what: 'innerHTML/outerHTML assignment', pattern: new RegExp(String.raw`\.\s*(?:inner|outer)HTML${ASSIGN}`) },
  { what: 'innerHTML/outerHTML assignment', pattern: new RegExp(String.raw`\[\s*['"\`](?:inner|outer)HTML['"\`]\s*\]${ASSIGN}`) },
  { what: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { what: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/ },
  { what: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { what: 'DOMParser', pattern: /\bDOMParser\b/ },
  { what: 'parseFromString', pattern: /\bparseFromString\b/ },
  { what: 'setHTMLUnsafe', pattern: /\bsetHTMLUnsafe\b/ },
  { what: 'parseHTMLUnsafe', pattern: /\bparseHTMLUnsafe\b/ },
];

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile() && EXTENSIONS.test(entry.name)) yield path;
  }
}

/** Blanks comments (keeping line breaks), so a comment may name a sink without tripping the check. */
function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm, (match, before = '') =>
    before + match.slice(before.length).replace(/[^\n]/g, ' '));
}

const findings = [];
let checked = 0;
for (const dir of DIRS) {
  for (const path of files(join(ROOT, dir))) {
    const name = relative(ROOT, path).split(sep).join('/');
    if (ALLOWED.has(name)) continue;
    checked++;
    const lines = withoutComments(readFileSync(path, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      for (const { what, pattern } of SINKS) {
        if (pattern.test(line)) findings.push(`${name}:${index + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      }
    });
  }
}

if (findings.length) {
  console.error(`HTML sinks outside src/render/sanitize.ts (set or parse HTML only through it):\n${findings.join('\n')}`);
  process.exit(1);
}
console.log(`check-html-sinks: ${checked} files under ${DIRS.join('/, ')}/, no HTML sinks outside src/render/sanitize.ts`);
