import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DAILY8 = 'tests/fixtures/daily8--coders-village.html';
const DAILY8_URL = 'https://www.daily8.com/en/article/8d1f5c0b6e2a4937b0c3e9f71a2d5b64';

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/firsthand.mjs', ...args], { encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('firsthand command line', () => {
  it('prints the analysis as JSON with the story, source and wire', () => {
    const { code, stdout } = run([DAILY8, '--url', DAILY8_URL, '--format', 'json']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.isAggregator).toBe(true);
    expect(analysis.source).toMatchObject({ name: 'The Straits Times', domain: 'straitstimes.com' });
    expect(analysis.wire).toMatchObject({ name: 'The New York Times', domain: 'nytimes.com' });
    expect(analysis.article.text.startsWith('HANGZHOU – It was a sunny Saturday afternoon')).toBe(true);
    expect(analysis.article.text.endsWith("that is not the common way to live your life.' NYTIMES")).toBe(true);
    expect(analysis.clutter.length).toBeGreaterThan(4);
  });

  it('prints text with a citation of the original', () => {
    const { code, stdout } = run([DAILY8, '--url', DAILY8_URL, '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).toContain('Originally published by The Straits Times');
    expect(stdout).toContain(`Via: ${DAILY8_URL}`);
  });

  it('runs a batch, one JSON line per page, and goes on past a bad page', () => {
    const input = [JSON.stringify({ file: DAILY8, url: DAILY8_URL }), JSON.stringify({ file: 'missing.html', url: DAILY8_URL }), 'not json'].join('\n');
    const { code, stdout } = run(['--batch'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ file: DAILY8, isAggregator: true });
    expect(lines[1]).toMatchObject({ file: 'missing.html', article: null, problems: ['no such file: missing.html'] });
    expect(lines[2].problems[0]).toMatch(/^not a JSON line/);
  });

  describe('bad input: one line on stderr, non-zero exit, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firsthand-cli-'));
    const empty = join(dir, 'empty.html');
    const text = join(dir, 'notes.txt');
    const image = join(dir, 'photo.png');
    writeFileSync(empty, '');
    writeFileSync(text, 'Just some notes, no markup at all.\n');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
    it.each([
      [['missing.html', '--url', DAILY8_URL], /^firsthand: no such file: missing\.html$/],
      [[empty, '--url', DAILY8_URL], /is empty$/],
      [[text, '--url', DAILY8_URL], /does not look like an HTML page$/],
      [[image, '--url', DAILY8_URL], /does not look like an HTML page$/],
      [[DAILY8, '--url', 'not a url'], /is not a valid URL/],
      [[DAILY8, '--url', 'ftp://example.com/a'], /is not an http\(s\) address/],
      [[DAILY8], /--url is required/],
      [[DAILY8, '--url', DAILY8_URL, '--format', 'pdf'], /unknown format "pdf"/],
    ])('%j', (args, message) => {
      const { code, stdout, stderr } = run(args as string[]);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.split('\n')[0]).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });
});
