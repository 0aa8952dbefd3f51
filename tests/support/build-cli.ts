/**
 * Vitest global setup: the command-line tests run bin/firsthand.mjs, which runs dist/cli.mjs. It is
 * built here once, before any test file starts, when missing or older than the sources (a build in
 * each test file emptied dist/ under the other's feet).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const built = existsSync('dist/cli.mjs') ? statSync('dist/cli.mjs').mtimeMs : 0;
  const newest = Math.max(
    ...['src', 'bin']
      .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
    statSync('vite.cli.config.ts').mtimeMs,
  );
  if (built >= newest) return;
  const build = spawnSync('npm', ['run', 'build:cli'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
}
