/** `firsthand <file.html> --url <page url> [--format json|text|markdown]` and `firsthand --batch`. */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from './analysis/analyze';
import type { Analysis } from './types';
import { toMarkdown, toPlainText } from './render/copy-formats';
import { decodePage, looksLikeHtml, nodeSanitizerWindow, parsePage } from './node/page';

const USAGE = 'usage: firsthand <file.html> --url <page url> [--format json|text|markdown]\n       firsthand --batch  (JSON lines {"file": ..., "url": ...} on stdin)';
const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

interface CliArgs {
  file?: string;
  url?: string;
  format: Format;
  batch: boolean;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { format: 'json', batch: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--format') {
      const format = value();
      if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}" (json, text or markdown)`);
      args.format = format as Format;
    } else if (arg === '--batch') args.batch = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === undefined) args.file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  return args;
}

function checkedUrl(url: string | undefined): string {
  if (!url) throw new UsageError('--url is required');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`"${url}" is not an http(s) address`);
  return parsed.href;
}

/** Reads and analyses one saved page; throws an Error with a one-line message on bad input. */
function analyzeFile(file: string, url: string): Analysis {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file} (${code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new Error(`${file} is empty`);
  const html = decodePage(bytes);
  if (!looksLikeHtml(html)) throw new Error(`${file} does not look like an HTML page`);
  return analyze(parsePage(html), { url, purifyWindow: nodeSanitizerWindow() });
}

function render(analysis: Analysis, format: Format): string {
  if (format === 'json') return JSON.stringify(analysis, null, 2) + '\n';
  if (!analysis.article) return `${analysis.problems.join('\n') || 'No article found on this page.'}\n`;
  return format === 'text' ? toPlainText(analysis) : toMarkdown(analysis, nodeSanitizerWindow());
}

async function runBatch(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    let file: unknown;
    let result: Record<string, unknown>;
    try {
      const job = JSON.parse(line) as { file?: unknown; url?: unknown };
      file = job.file;
      if (typeof job.file !== 'string') throw new Error('each line needs a "file" string');
      result = { file, ...analyzeFile(job.file, checkedUrl(typeof job.url === 'string' ? job.url : undefined)) };
    } catch (error) {
      failures++;
      const message = error instanceof SyntaxError ? `not a JSON line: ${line.slice(0, 80)}` : (error as Error).message;
      result = { file: file ?? null, article: null, problems: [message] };
    }
    process.stdout.write(JSON.stringify(result) + '\n');
  }
  if (failures) process.stderr.write(`firsthand: ${failures} page(s) could not be read\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.batch) return await runBatch();
    if (!args.file) throw new UsageError('a file is required');
    const analysis = analyzeFile(args.file, checkedUrl(args.url));
    process.stdout.write(render(analysis, args.format));
    return analysis.article ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(error.message ? `firsthand: ${error.message}\n${USAGE}\n` : `${USAGE}\n`);
      return error.message ? 2 : 0;
    }
    process.stderr.write(`firsthand: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
}
