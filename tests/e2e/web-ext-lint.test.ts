/**
 * Mozilla's add-on linter (web-ext lint, as AMO runs it) on the Firefox build: no errors, no notices,
 * and no warnings except the listed HTML sinks inside bundled libraries, each recognised by the code
 * around it. Anything else, including a new innerHTML in our own code, fails with the linter's words.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './support/extension-browser';

const SOURCE_DIR = join(ROOT, '.output/firefox-mv2');

interface LintMessage { code: string; message: string; description?: string; file?: string; line?: number; column?: number }
interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }

/** Minified bundles keep these property names; they place a warning inside the library's own code. */
const LIBRARY_HTML_SINKS = [
  { where: 'DOMPurify _initDocument: the fallback parse of the markup it is sanitizing', near: /documentElement\.innerHTML=/ },
  { where: "Readability _grabArticle: restores its saved copy of our clone between attempts", near: /_attempts\.push\(/ },
  { where: 'Readability _unwrapNoscriptImages: copies noscript images within our clone', near: /_isSingleImage\(/ },
];

function codeAround(message: LintMessage): string {
  if (!message.file || !message.line || !message.column) return '';
  const line = readFileSync(join(SOURCE_DIR, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  return line.slice(Math.max(0, message.column - 150), message.column + 150);
}

test('web-ext lint: no errors, notices or warnings beyond the known library HTML sinks', () => {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (!run.stdout.includes('{')) throw new Error(`web-ext lint gave no report: ${run.error?.message ?? run.stderr}`);
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
  const unexpected = [...report.errors, ...report.notices, ...report.warnings].filter((message) => {
    if (message.code !== 'UNSAFE_VAR_ASSIGNMENT') return true;
    const code = codeAround(message);
    return !LIBRARY_HTML_SINKS.some((sink) => sink.near.test(code));
  });
  for (const m of unexpected) console.log(`${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}\n  ${m.description ?? ''}`);
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - unexpected.length} known library HTML sinks), ${report.summary.notices} notices`);
  expect(unexpected).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 150_000);
