#!/usr/bin/env node
/**
 * Node figures for the extreme pages (tests/support/broken-pages.ts) and the largest hostile pages:
 * parse (linkedom), clone, and analyze() (which includes its own clone), wall and CPU time, median and
 * worst over several runs. The issue's target is the 5 MB page under 1.5 s. Prints figures and never
 * fails (it is not a test; on a busy machine the numbers move a lot, so it reports CPU time too).
 *
 * Usage: node scripts/bench-extremes.mjs [--runs N] [page names...]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const names = args.filter((arg, i) => !arg.startsWith('--') && !(runsAt >= 0 && i === runsAt + 1));

async function load(path) {
  return (await runnerImport(join(ROOT, path), { configFile: false, logLevel: 'error' })).module;
}
const { analyze } = await load('src/analysis/analyze.ts');
const { cloneDocument } = await load('src/analysis/page-clone.ts');
const { decodePage, nodeSanitizerWindow, parsePage } = await load('src/node/page.ts');
const { BROKEN_PAGES } = await load('tests/support/broken-pages.ts');

const hostile = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/hostile/cases.json'), 'utf8'))
  .filter((c) => ['jsonld-huge-string.html', 'jsonld-huge-graph.html', 'huge-attributes.html'].includes(c.file))
  .map((c) => ({ name: `hostile/${c.file.replace(/\.html$/, '')}`, url: c.url, build: () => readFileSync(join(ROOT, 'tests/fixtures/hostile', c.file)) }));
const pages = [...BROKEN_PAGES.filter((p) => ['huge-5mb', 'many-elements', 'deep-nesting'].includes(p.name)), ...hostile]
  .filter((p) => names.length === 0 || names.includes(p.name));

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values) => `${median(values).toFixed(0).padStart(5)} ms (worst ${Math.max(...values).toFixed(0)})`;

const purifyWindow = nodeSanitizerWindow();
console.log(`Node ${process.version}, ${RUNS} runs each; analyze() includes its clone of the page.\n`);
for (const page of pages) {
  const bytes = page.build();
  const html = decodePage(bytes);
  const times = { parse: [], clone: [], analyze: [], analyzeCpu: [] };
  let problems = [];
  for (let run = 0; run < RUNS; run++) {
    let wall = performance.now();
    const document = parsePage(html);
    times.parse.push(performance.now() - wall);
    wall = performance.now();
    cloneDocument(document);
    times.clone.push(performance.now() - wall);
    const cpuAt = cpu();
    wall = performance.now();
    const analysis = analyze(document, { url: page.url, purifyWindow });
    times.analyze.push(performance.now() - wall);
    times.analyzeCpu.push(cpu() - cpuAt);
    problems = analysis.problems;
  }
  console.log(`${page.name} (${(bytes.length / 1e6).toFixed(2)} MB)${problems.length ? `  problems: ${problems.join('; ')}` : ''}`);
  console.log(`  parse   ${fmt(times.parse)}`);
  console.log(`  clone   ${fmt(times.clone)}   (part of analyze)`);
  console.log(`  analyze ${fmt(times.analyze)}   CPU ${fmt(times.analyzeCpu)}${page.name === 'huge-5mb' ? `   target < 1500 ms: ${median(times.analyze) < 1500 ? 'met' : 'NOT met'}` : ''}`);
}
