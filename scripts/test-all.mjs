#!/usr/bin/env node
// Every check in order, output streamed; ends with "N passed, N failed" summed over all steps.
// A Vitest step counts its tests (JSON reporter); any other step counts as one test.
// Usage: node scripts/test-all.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const LINT_TEST = 'tests/e2e/web-ext-lint.test.ts';
const E2E = ['--config', 'vitest.e2e.config.ts'];
const steps = [
  { name: 'tsc --noEmit', cmd: [bin('tsc'), '--noEmit'] },
  { name: 'eslint .', cmd: [bin('eslint'), '.'] },
  { name: 'HTML sinks only in src/render/sanitize.ts', cmd: [process.execPath, 'scripts/check-html-sinks.mjs'] },
  { name: 'npm run build', cmd: ['npm', 'run', 'build'], skip: process.argv.includes('--no-build') },
  { name: 'unit tests', vitest: ['--passWithNoTests'] },
  { name: 'web-ext lint', vitest: [...E2E, LINT_TEST] },
  { name: 'browser tests', vitest: [...E2E, '--exclude', LINT_TEST] },
];

const reports = mkdtempSync(join(tmpdir(), 'firsthand-test-all-'));
let passed = 0;
let failed = 0;

for (const [index, step] of steps.entries()) {
  if (step.skip) {
    console.log(`\n=== ${step.name}: skipped`);
    continue;
  }
  console.log(`\n=== ${step.name}`);
  const report = join(reports, `${index}.json`);
  const [cmd, ...args] = step.cmd ?? [bin('vitest'), 'run', ...step.vitest, '--reporter=default', '--reporter=json', `--outputFile=${report}`];
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (!step.vitest) {
    if (status === 0) passed++;
    else failed++;
    continue;
  }
  const results = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null;
  passed += results?.numPassedTests ?? 0;
  failed += results?.numFailedTests ?? 0;
  // Vitest failed without a failed test (no report, a crash, an error outside tests): one failure.
  if (status !== 0 && !results?.numFailedTests) failed++;
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
