/** scripts/check-html-sinks.mjs: the CI guard that keeps HTML sinks inside src/render/sanitize.ts. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-html-sinks.mjs', ...args], { encoding: 'utf8' });

describe('check-html-sinks', () => {
  const root = mkdtempSync(join(tmpdir(), 'firsthand-sinks-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes on this repository', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists every sink outside sanitize.ts by file and line, and fails', () => {
    mkdirSync(join(root, 'src/render'), { recursive: true });
    mkdirSync(join(root, 'entrypoints/popup'), { recursive: true });
    writeFileSync(join(root, 'src/render/sanitize.ts'), 'target.innerHTML = purified;\n');
    writeFileSync(join(root, 'src/view.ts'), [
      '// A comment may say el.innerHTML = x; without tripping the check.',
      'el.innerHTML = html;',
      "el['outerHTML'] += more;",
      "if (el.innerHTML === '') empty();",
      "el.insertAdjacentHTML('beforeend', s);",
    ].join('\n'));
    writeFileSync(join(root, 'entrypoints/popup/main.js'), [
      "document.write('<p>');",
      "new DOMParser().parseFromString(s, 'text/html');",
      'range.createContextualFragment(s); el.setHTMLUnsafe(s);',
    ].join('\n'));
    const result = run('--root', root);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n').slice(1).map((line) => line.split(': ').slice(0, 2).join(': '));
    expect(lines.sort()).toEqual([
      'entrypoints/popup/main.js:1: document.write',
      'entrypoints/popup/main.js:2: DOMParser',
      'entrypoints/popup/main.js:2: parseFromString',
      'entrypoints/popup/main.js:3: createContextualFragment',
      'entrypoints/popup/main.js:3: setHTMLUnsafe',
      'src/view.ts:2: innerHTML/outerHTML assignment',
      'src/view.ts:3: innerHTML/outerHTML assignment',
      'src/view.ts:5: insertAdjacentHTML',
    ].sort());
  });
});
