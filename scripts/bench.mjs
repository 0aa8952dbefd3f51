#!/usr/bin/env node
/**
 * `npm run bench`: how much Firsthand costs in a real browser, against plain Readability.
 *
 * - Timing: headless Chromium (Debian's, driven by playwright-core) opens every fixture page and
 *   every Zyte benchmark page under its real address with JavaScript disabled (the pages' own
 *   scripts never run, as when they were saved), puts dist/bench/firsthand-bench.js into an
 *   isolated world (as a content script is) and times there, interleaved over several rounds:
 *   (a) passiveCheck(document, url), (b) analyze(document, { url }), (c) plain
 *   new Readability(document.cloneNode(true)).parse().
 * - The JS heap and DOM counters (after full GC) before, after 20 analyses of the largest Zyte page
 *   and after 20 more; a CPU profile of (a), (b) and (c) on a few Zyte pages, self time by function
 *   and source file; the size (raw and gzip) of the content script's two parts: the passive part
 *   declared for every page (content.js, the figure against the target) and the full part loaded on
 *   demand (reader.js); the popup's time to the cleaned view (the popup a toolbar click opens in the
 *   built extension, on the Daily8 copy, where the full part is already loaded for the flags, and on
 *   an original, the Straits Times story, where the popup loads it; timed inside the popup from its
 *   navigation start), beside its floor (the same click, on a copy of the build whose popup is a page
 *   whose one script marks it shown as it runs).
 * Prints figures against the targets; exits 0 whatever they are (it is not a test).
 *
 * Usage: npm run bench [-- --quick | --no-popup | --no-profile | --popup-only | --profile-only]   (--quick: 2 rounds, 24 Zyte pages)
 * BENCH_PROFILE_PAGES sets how many Zyte pages the CPU profile covers; BENCH_TOP and BENCH_STEPS how many rows it prints.
 * Run through `npm run bench`, which builds .output/chrome-mv3 and dist/bench first.
 * ZYTE_DIR overrides ../shared/benchmarks/zyte; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { chromium } from 'playwright-core';
import { build, runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ROUNDS = QUICK ? 2 : 5;
const ZYTE_SAMPLE = QUICK ? 24 : Infinity;
/**
 * Each timing repeats its call until this much time has passed: performance.now() is coarsened to
 * 0.1 ms, and a collection of the garbage the previous call of another kind left (an analysis leaves
 * megabytes) lands in whatever window is open. In 2 ms windows that debt doubled the passive check's
 * figure (0.54 against 0.27 ms median on the --quick sample); 10 ms windows spread it over more calls.
 */
const MIN_MS = 10;
const PROFILE_PAGES = Number(process.env.BENCH_PROFILE_PAGES ?? (QUICK ? 3 : 6));
const PROFILE_RUNS = QUICK ? 3 : 6;
const POPUP_RUNS = QUICK ? 3 : 20;
const MEMORY_RUNS = 20;
const ZYTE_DIR = resolve(ROOT, process.env.ZYTE_DIR ?? '../shared/benchmarks/zyte');
const BUNDLE_PATH = join(ROOT, 'dist/bench/firsthand-bench.js');
const BUNDLE_URL = 'firsthand-bench.js';
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const READER_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/reader.js');
/** Read once: `npm run build` (build:cli) empties dist/, so the file may go while the bench runs. */
const BUNDLE = existsSync(BUNDLE_PATH) ? readFileSync(BUNDLE_PATH, 'utf8') : null;
const TARGETS = { analysisRatio: 1.2, passiveShare: 0.02, contentGzipKB: 60, popupMs: 100 };

/** TypeScript modules of the project (the e2e launch helpers, the charset sniffing) loaded through Vite. */
async function load(path) {
  return (await runnerImport(join(ROOT, path), { configFile: false, logLevel: 'error' })).module;
}
const { CHROMIUM_PATH, chromiumArgs } = await load('tests/e2e/support/chromium.ts');
const { loadFixture, loadFixtures, startFixtureServer } = await load('tests/e2e/support/fixture-server.ts');
const { detectCharset } = await load('src/node/page.ts');

// ---------------------------------------------------------------- statistics and printing

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (!sorted.length) return NaN;
  if (q === 0.5) {
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]; // nearest rank
}
const p95 = (values) => quantile(values, 0.95);
const ms = (value) => (Number.isFinite(value) ? (value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)) : 'n/a');
const pct = (value) => (Number.isFinite(value) ? `${(value * 100).toFixed(2)}%` : 'n/a');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const started = performance.now();

// ---------------------------------------------------------------- corpora

function fixturePages() {
  return loadFixtures().map((fixture) => ({
    corpus: 'fixtures',
    name: fixture.name,
    url: fixture.expected.url,
    copy: fixture.expected.isAggregator === true,
    body: readFileSync(fixture.htmlPath),
  }));
}

/**
 * The Zyte pages that are not the publisher's own article (read by hand): MSN's partner-feed copies,
 * whose canonical links name the original. Every other Zyte page is its publisher's; these two leave
 * the passive check's "not copies" figure.
 */
const ZYTE_COPIES = new Map([
  ['9eef8162bbb6', "msn.com's copy of CNN's duvet story (canonical on cnn.com)"],
  ['abd9d6291b6b', "msn.com's copy of NBC News' flu shots story (canonical on nbcnews.com)"],
]);

function zytePages() {
  const truthPath = join(ZYTE_DIR, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    console.log(`Zyte benchmark not found at ${ZYTE_DIR} (set ZYTE_DIR): skipped`);
    return [];
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
  const files = readdirSync(join(ZYTE_DIR, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const step = Math.max(1, Math.floor(files.length / Math.min(files.length, ZYTE_SAMPLE)));
  const chosen = files.filter((_, i) => i % step === 0).slice(0, ZYTE_SAMPLE);
  return chosen.flatMap((file) => {
    const id = file.slice(0, -'.html.gz'.length);
    const url = truth[id]?.url;
    if (!url) return [];
    return [{ corpus: 'zyte', name: id.slice(0, 12), url, copy: ZYTE_COPIES.has(id.slice(0, 12)), body: gunzipSync(readFileSync(join(ZYTE_DIR, 'html', file))) }];
  });
}

// ---------------------------------------------------------------- the page side

/** Defines __firsthandBench in the isolated world, next to FirsthandBench (the bundle). */
const HARNESS = `(() => {
  const { analyze, passiveCheck, Readability } = FirsthandBench;
  const run = {
    a: () => passiveCheck(document, location.href),
    b: () => analyze(document, { url: location.href }),
    c: () => new Readability(document.cloneNode(true)).parse(),
  };
  const time = (kind, minMs) => {
    let n = 0;
    let spent = 0;
    const start = performance.now();
    do {
      run[kind]();
      n++;
      spent = performance.now() - start;
    } while (spent < minMs);
    return spent / n;
  };
  globalThis.__firsthandBench = {
    check() {
      const a = run.a();
      const b = run.b();
      const c = run.c();
      return { passiveCopy: a.isAggregator, copy: b.isAggregator, article: !!b.article, problems: b.problems, readability: !!(c && c.content),
        nodes: document.getElementsByTagName('*').length };
    },
    round: (order, minMs) => Object.fromEntries(order.map((kind) => [kind, time(kind, minMs)])),
    time,
    repeat(kind, n) {
      for (let i = 0; i < n; i++) run[kind]();
      return n;
    },
  };
  return true;
})()`;

async function evaluateIn(cdp, contextId, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/**
 * A browser tab with JavaScript disabled for the page, that shows `body` at `url`; each load gets a
 * fresh isolated world holding the bundle (DevTools evaluation still runs there with page scripts off).
 */
async function openBenchTab(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const bundle = `${BUNDLE}\n//# sourceURL=${BUNDLE_URL}`;
  let current = null;
  await page.route('**/*', (route) => {
    const request = route.request();
    if (current && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      const charset = detectCharset(current.body);
      return route.fulfill({ status: 200, headers: { 'content-type': `text/html; charset=${charset}`, 'cache-control': 'no-store' }, body: current.body });
    }
    return route.fulfill({ status: 404, body: '' }); // styles, images, frames: the page stays offline
  });
  return {
    page,
    cdp,
    /** Loads the page and returns the id of a new isolated world where FirsthandBench and the harness live. */
    async open(entry) {
      current = entry;
      await page.goto(entry.url, { waitUntil: 'load', timeout: 60_000 });
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'firsthand-bench' });
      await evaluateIn(cdp, executionContextId, bundle);
      await evaluateIn(cdp, executionContextId, HARNESS);
      return executionContextId;
    },
    close: () => page.close(),
  };
}

/** Page scripts must not run; the isolated world must. A page that would retitle itself if it ran. */
async function checkScriptsDisabled(tab) {
  const world = await tab.open({
    url: 'https://firsthand-bench.test/script-check',
    body: Buffer.from('<!doctype html><title>off</title><script>document.title = "ran"</script><p>x</p>'),
  });
  const title = await evaluateIn(tab.cdp, world, 'document.title');
  if (title !== 'off') throw new Error(`The pages' own scripts ran (title "${title}"): timings would not match the saved pages.`);
}

// ---------------------------------------------------------------- (a), (b), (c)

async function timeCorpus(tab, pages, label) {
  const results = [];
  const kinds = ['a', 'b', 'c'];
  for (const [index, entry] of pages.entries()) {
    try {
      const world = await tab.open(entry);
      const evaluate = (expression) => evaluateIn(tab.cdp, world, expression);
      // The very first passive check in a fresh world: what the content script pays once per page load.
      const cold = await evaluate(`__firsthandBench.time('a', 0)`);
      // And the first analysis there: what the popup waits for on a page the tab has not analysed yet.
      const coldB = await evaluate(`__firsthandBench.time('b', 0)`);
      const check = await evaluate('__firsthandBench.check()'); // also warms (b) and (c) up
      const times = { a: [], b: [], c: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = kinds.map((_, i) => kinds[(i + round + index) % kinds.length]);
        const result = await evaluate(`__firsthandBench.round(${JSON.stringify(order)}, ${MIN_MS})`);
        for (const kind of kinds) times[kind].push(result[kind]);
      }
      results.push({ ...entry, body: undefined, size: entry.body.length, cold, coldB, check, a: median(times.a), b: median(times.b), c: median(times.c) });
    } catch (error) {
      console.log(`  ${label} ${entry.name}: failed (${error.message.split('\n')[0]})`);
    }
    if ((index + 1) % 25 === 0) console.log(`  ${label}: ${index + 1}/${pages.length} pages (${elapsed()})`);
  }
  return results;
}

function summarise(label, results) {
  const a = results.map((r) => r.a);
  const b = results.map((r) => r.b);
  const c = results.map((r) => r.c);
  const originals = results.filter((r) => !r.copy);
  const copies = results.length - originals.length;
  const figures = {
    bOverC: median(b) / median(c),
    bOverCPerPage: median(results.map((r) => r.b / r.c)),
    aOverC: median(originals.map((r) => r.a)) / median(originals.map((r) => r.c)),
    aOverCPerPage: median(originals.map((r) => r.a / r.c)),
    aOverCp95: p95(originals.map((r) => r.a / r.c)),
  };
  console.log(`\n${label}: ${results.length} pages (${copies} copies, ${originals.length} not copies), ${ROUNDS} rounds, ms per call`);
  console.log(`  ${pad('', 34)} ${lpad('median', 8)} ${lpad('p95', 8)}`);
  const row = (name, values) => console.log(`  ${pad(name, 34)} ${lpad(ms(median(values)), 8)} ${lpad(ms(p95(values)), 8)}`);
  row('(a) passiveCheck', a);
  row('(a) passiveCheck, not copies', originals.map((r) => r.a));
  row('(a) first call in a fresh world', results.map((r) => r.cold));
  row('(b) analyze', b);
  row('(b) first call in a fresh world', results.map((r) => r.coldB));
  row('(c) Readability', c);
  console.log(`  b/c ratio of medians ${ratio(figures.bOverC)}, median per page ${ratio(figures.bOverCPerPage)}, p95 per page ${ratio(p95(results.map((r) => r.b / r.c)))}`);
  console.log(`  a/c (not copies) ratio of medians ${pct(figures.aOverC)}, median per page ${pct(figures.aOverCPerPage)}, p95 per page ${pct(figures.aOverCp95)}`);
  const noArticle = results.filter((r) => !r.check.article).length;
  const flagged = results.filter((r) => r.check.copy !== r.copy).length;
  console.log(`  (b) found no article on ${noArticle}, (c) none on ${results.filter((r) => !r.check.readability).length}; verdict differs from the corpus on ${flagged}`);
  const differing = results.filter((r) => r.check.copy !== r.copy).map((r) => r.name);
  if (differing.length) console.log(`  verdict differs on: ${differing.slice(0, 12).join(', ')}${differing.length > 12 ? ', ...' : ''}`);
  const costly = originals.sort((x, y) => y.a / y.c - x.a / x.c).slice(0, 3);
  console.log(`  highest a/c (not copies): ${costly.map((r) => `${r.name} ${pct(r.a / r.c)} (${ms(r.a)} vs ${ms(r.c)} ms)`).join('; ')}`);
  const worst = [...results].sort((x, y) => y.b / y.c - x.b / x.c).slice(0, 3);
  console.log(`  highest b/c: ${worst.map((r) => `${r.name} ${ratio(r.b / r.c)} (${ms(r.b)} vs ${ms(r.c)} ms, ${r.check.nodes} elements)`).join('; ')}`);
  return figures;
}

// ---------------------------------------------------------------- the passive part, as each page load pays it

/** The passive check alone (src/analysis/passive.ts and what it imports), as one script, built in memory. */
async function passiveBundle() {
  const output = await build({
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'chrome120',
      lib: { entry: join(ROOT, 'src/analysis/passive.ts'), name: 'FirsthandPassive', formats: ['iife'], fileName: () => 'passive.js' },
    },
  });
  return [output].flat()[0].output[0].code;
}

/**
 * What the passive check costs a page load, which no warm figure shows: in a new tab (its own
 * renderer, where V8 has not compiled the script), evaluating the script (its data and indexes)
 * and its first check, timed inside the isolated world; then a warm check for comparison.
 */
async function pageLoadCost(context, pages) {
  const source = await passiveBundle();
  const runs = [];
  for (const entry of pages) {
    const page = await context.newPage();
    try {
      // Only the tab's own navigation gets the page: a frame's would load the page again inside itself, and again.
      await page.route('**/*', (route) =>
        route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()
          ? route.fulfill({ status: 200, headers: { 'content-type': `text/html; charset=${detectCharset(entry.body)}` }, body: entry.body })
          : route.fulfill({ status: 404, body: '' }));
      await page.goto(entry.url, { waitUntil: 'load', timeout: 60_000 });
      const cdp = await context.newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'firsthand-passive' });
      await evaluateIn(cdp, executionContextId, `globalThis.__passiveSource = ${JSON.stringify(source)}`);
      runs.push(await evaluateIn(cdp, executionContextId, `(() => {
        const t0 = performance.now();
        (0, eval)(globalThis.__passiveSource);
        const t1 = performance.now();
        FirsthandPassive.passiveCheck(document, location.href);
        const t2 = performance.now();
        for (let i = 0; i < 20; i++) FirsthandPassive.passiveCheck(document, location.href);
        const t3 = performance.now();
        for (let i = 0; i < 20; i++) FirsthandPassive.passiveCheck(document, location.href);
        return { evaluate: t1 - t0, first: t2 - t1, warm: (performance.now() - t3) / 20 };
      })()`));
    } catch (error) {
      console.log(`  page load cost ${entry.name}: failed (${error.message.split('\n')[0]})`);
    } finally {
      await page.close();
    }
  }
  return runs;
}

// ---------------------------------------------------------------- memory

async function measureMemory(tab, entry) {
  const world = await tab.open(entry);
  const { cdp } = tab;
  const evaluate = (expression) => evaluateIn(cdp, world, expression);
  const hasGc = await evaluate(`typeof gc === 'function'`);
  const snapshot = async () => {
    for (let i = 0; i < 3; i++) {
      if (hasGc) await evaluate('gc()');
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    let detached = null;
    try {
      detached = (await cdp.send('DOM.getDetachedDomNodes')).detachedNodes.length;
    } catch {
      // DOM.getDetachedDomNodes is experimental; older browsers lack it.
    }
    return { used: heap.usedSize, nodes: dom.nodes, documents: dom.documents, listeners: dom.jsEventListeners, detached };
  };
  await cdp.send('DOM.enable').catch(() => {});
  const before = await snapshot();
  await evaluate(`__firsthandBench.repeat('b', ${MEMORY_RUNS})`);
  const baseline = await snapshot();
  // V8 keeps growing its compiled code and type feedback over the first analyses; a kept clone or
  // result would instead grow the heap (and the DOM counters) by the same amount on every run.
  await evaluate(`__firsthandBench.repeat('b', ${MEMORY_RUNS})`);
  const after = await snapshot();
  return { hasGc, before, baseline, after };
}

// ---------------------------------------------------------------- CPU profile

/**
 * The source file of each line of the bundle, from its source map (the bundler leaves out the region
 * comments of some modules, src/analysis/page-clone.ts among them). A line is given the file of its
 * first mapped segment, or else the line before's.
 */
function sourceFilesOf(map) {
  const files = [];
  let file = '(bundle)';
  for (const line of decode(map.mappings)) {
    const first = line.find((segment) => segment.length >= 4);
    if (first) file = String(map.sources[first[1]]).replace(/^(?:\.\.\/)+/, '').replace(/^node_modules\//, '');
    files.push(file);
  }
  return (line) => files[line] ?? '(bundle)';
}

/** Self time (ms) per function; functions of the browser (DOM calls) are named with their caller's file. */
function selfTimes(profile, fileAt) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (url === BUNDLE_URL) return { name: functionName || '(anonymous)', file: fileAt(lineNumber) };
    if (url || functionName.startsWith('(')) return { name: functionName || '(anonymous)', file: url ? 'other script' : '' };
    let up = parent.get(node.id);
    while (up !== undefined && nodes.get(up).callFrame.url !== BUNDLE_URL) up = parent.get(up);
    const caller = up === undefined ? null : nodes.get(up).callFrame;
    return { name: `${functionName} [native]`, file: caller ? `${fileAt(caller.lineNumber)} ${caller.functionName || '(anonymous)'}` : 'browser' };
  };
  const totals = new Map();
  const inclusive = new Map();
  const callers = new Map();
  const callerOf = (node) => {
    let up = parent.get(node.id);
    while (up !== undefined && nodes.get(up).callFrame.url !== BUNDLE_URL) up = parent.get(up);
    if (up === undefined) return '(outside the bundle)';
    const { name, file } = label(nodes.get(up));
    return `${name} ${file}`;
  };
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    const next = i + 1 < profile.samples.length ? time + (profile.timeDeltas[i + 1] ?? 0) : profile.endTime;
    const node = nodes.get(profile.samples[i]);
    const { name, file } = label(node);
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    const key = `${name}\t${file}`;
    const spent = Math.max(0, next - time) / 1000;
    totals.set(key, (totals.get(key) ?? 0) + spent);
    if (!callers.has(key)) callers.set(key, new Map());
    const caller = callerOf(node);
    callers.get(key).set(caller, (callers.get(key).get(caller) ?? 0) + spent);
    // Inclusive time: once for every function of our own code on the stack (recursion counted once).
    const onStack = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id).callFrame;
      if (frame.url !== BUNDLE_URL || !frame.functionName) continue;
      const file = fileAt(frame.lineNumber);
      if (file.startsWith('src/')) onStack.add(`${frame.functionName}\t${file}`);
    }
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + spent);
  }
  return { totals, callers, inclusive };
}

async function profile(tab, pages) {
  const fileAt = sourceFilesOf(JSON.parse(readFileSync(`${BUNDLE_PATH}.map`, 'utf8')));
  const sum = { a: new Map(), b: new Map(), c: new Map() };
  const inclusive = { a: new Map(), b: new Map(), c: new Map() };
  const callers = { a: new Map(), b: new Map(), c: new Map() };
  const runs = { a: 0, b: 0, c: 0 };
  const calls = { a: PROFILE_RUNS * 10, b: PROFILE_RUNS, c: PROFILE_RUNS };
  await tab.cdp.send('Profiler.enable');
  await tab.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const entry of pages) {
    const world = await tab.open(entry);
    await evaluateIn(tab.cdp, world, `__firsthandBench.repeat('a', 5) + __firsthandBench.repeat('b', 2) + __firsthandBench.repeat('c', 2)`);
    for (const kind of ['a', 'b', 'c']) {
      await tab.cdp.send('Profiler.start');
      await evaluateIn(tab.cdp, world, `__firsthandBench.repeat('${kind}', ${calls[kind]})`);
      const { profile: result } = await tab.cdp.send('Profiler.stop');
      const times = selfTimes(result, fileAt);
      for (const [key, value] of times.totals) sum[kind].set(key, (sum[kind].get(key) ?? 0) + value);
      for (const [key, value] of times.inclusive) inclusive[kind].set(key, (inclusive[kind].get(key) ?? 0) + value);
      for (const [key, byCaller] of times.callers) {
        if (!callers[kind].has(key)) callers[kind].set(key, new Map());
        const into = callers[kind].get(key);
        for (const [caller, value] of byCaller) into.set(caller, (into.get(caller) ?? 0) + value);
      }
      runs[kind] += calls[kind];
    }
  }
  await tab.cdp.send('Profiler.disable');
  const perRun = (kind) => new Map([...sum[kind]].map(([key, value]) => [key, value / runs[kind]]));
  const callersPerRun = (kind) => new Map([...callers[kind]].map(([key, byCaller]) => [key, new Map([...byCaller].map(([c, v]) => [c, v / runs[kind]]))]));
  const inclusivePerRun = (kind) => new Map([...inclusive[kind]].map(([key, value]) => [key, value / runs[kind]]));
  return { a: perRun('a'), b: perRun('b'), c: perRun('c'), callers: { a: callersPerRun('a'), b: callersPerRun('b') }, inclusive: { a: inclusivePerRun('a'), b: inclusivePerRun('b') } };
}

function printProfile(result, pageCount) {
  const total = (map) => [...map.values()].reduce((x, y) => x + y, 0);
  const byFile = (map) => {
    const files = new Map();
    for (const [key, value] of map) {
      const file = key.split('\t')[1].split(' ')[0] || '(engine)';
      files.set(file, (files.get(file) ?? 0) + value);
    }
    return files;
  };
  const bTotal = total(result.b);
  const cTotal = total(result.c);
  console.log(`\nCPU profile, ${pageCount} Zyte pages x ${PROFILE_RUNS} calls of (b) and (c), ${PROFILE_RUNS * 10} of (a) (sampled every 0.1 ms; ms of self time per call, averaged over pages)`);
  console.log(`  (b) analyze ${ms(bTotal)} ms per call, (c) Readability ${ms(cTotal)} ms per call`);
  console.log(`  top functions of (b) by self time (native calls carry their caller's file and function):`);
  const top = (map, count, total) => {
    for (const [key, value] of [...map].sort((x, y) => y[1] - x[1]).slice(0, count)) {
      const [name, file] = key.split('\t');
      const inC = map === result.b ? (result.c.get(key) ?? 0) : 0;
      console.log(`    ${lpad(ms(value), 7)} ms ${lpad(pct(value / total), 7)}  ${pad(name, 34)} ${file}${inC ? `  (in c: ${ms(inC)} ms)` : ''}`);
    }
  };
  top(result.b, Number(process.env.BENCH_TOP ?? 15), bTotal);
  // The shared helpers are hot through their callers: split the top ones of our own code by caller.
  const splitByCaller = (kind, count) => {
    const ours = [...result[kind]].filter(([key]) => key.split('\t')[1].startsWith('src/')).sort((x, y) => y[1] - x[1]).slice(0, count);
    for (const [key, value] of ours) {
      const byCaller = [...(result.callers[kind].get(key) ?? [])].sort((x, y) => y[1] - x[1]).slice(0, 4);
      console.log(`    ${key.split('\t')[0]} (${ms(value)} ms) called from: ${byCaller.map(([caller, v]) => `${caller} ${ms(v)}`).join('; ')}`);
    }
  };
  console.log('  callers of the top functions of our code in (b), ms per call:');
  splitByCaller('b', 3);
  const aTotal = total(result.a);
  console.log(`  top functions of (a) passiveCheck, ${ms(aTotal)} ms per call:`);
  top(result.a, Number(process.env.BENCH_TOP ?? 8), aTotal);
  splitByCaller('a', 1);
  // Where each step's time goes, its callees included: the steps of analyze() and of the passive check.
  const steps = (kind, count) => {
    const rows = [...result.inclusive[kind]].sort((x, y) => y[1] - x[1]).slice(0, count);
    console.log(`  steps of (${kind}) by time including what they call: ${rows.map(([key, value]) => `${key.split('\t')[0]} ${ms(value)}`).join('; ')}`);
  };
  steps('b', Number(process.env.BENCH_STEPS ?? 24));
  steps('a', Number(process.env.BENCH_STEPS ?? 12));
  console.log('  self time by file, (b) against (c):');
  const bFiles = byFile(result.b);
  const cFiles = byFile(result.c);
  const files = [...new Set([...bFiles.keys(), ...cFiles.keys()])].sort((x, y) => (bFiles.get(y) ?? 0) - (bFiles.get(x) ?? 0));
  for (const file of files.slice(0, 14)) {
    console.log(`    ${pad(file, 44)} b ${lpad(ms(bFiles.get(file) ?? 0), 7)}  c ${lpad(ms(cFiles.get(file) ?? 0), 7)}`);
  }
}

// ---------------------------------------------------------------- the extension: size and popup

function scriptSize(path) {
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

/**
 * Runs in an extension page of the popup's browser: waits for the popup a toolbar click opened
 * (chrome.extension.getViews finds it in the extension's process), reads its marks once it has shown
 * a view and drawn the next frame, and closes it. Times are the popup's own, from its navigation start.
 */
function readClickedPopup(timeoutMs) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const [view] = chrome.extension.getViews({ type: 'popup' });
      const app = view?.document.getElementById('app');
      if (app?.getAttribute('aria-busy') === 'false' && view.performance.getEntriesByName('firsthand:frame').length > 0) {
        const steps = Object.fromEntries(view.performance.getEntriesByType('mark').filter((m) => m.name.startsWith('firsthand:')).map((m) => [m.name.slice(10), m.startTime]));
        // The browser's part (the page's process and parsing, until its scripts may run), then the view's marks.
        steps.domInteractive = view.performance.getEntriesByType('navigation')[0]?.domInteractive;
        const reading = { view: steps.shown, frame: steps.frame, origin: view.performance.timeOrigin, state: app.dataset.state ?? null, title: view.document.title, steps };
        view.close();
        resolve(reading);
      } else if (Date.now() - started > timeoutMs) reject(new Error('the popup the toolbar click opened showed no view'));
      else setTimeout(look, 20);
    };
    look();
  });
}

/** Runs in an extension page: resolves once no popup is open, so the next reading is the next click's. */
function noPopupOpen() {
  return new Promise((resolve) => {
    const look = () => (chrome.extension.getViews({ type: 'popup' }).length === 0 ? resolve() : setTimeout(look, 10));
    look();
  });
}

/**
 * The built extension in Chromium, launched as tests/e2e/support/chromium.ts does (same flags). Each
 * run opens the fixture in a new tab and clicks the toolbar button (Extensions.triggerAction), which
 * opens the popup as a reader's click does; an extension page reads that popup's timing, then closes
 * it, and the button is clicked again (reopened). Only the clicked popup is timed: opening a second
 * view beside it (popup.html?tab=<id> in a tab, as this bench did before) made two views ask the tab
 * at once and share two cores.
 */
async function popupTimes(name) {
  const { TIMEOUTS, within } = await load('tests/e2e/support/extension-browser.ts');
  const fixture = loadFixture(name);
  const server = await startFixtureServer([fixture]);
  const extensionDir = join(ROOT, '.output/chrome-mv3');
  const userDataDir = mkdtempSync(join(tmpdir(), 'firsthand-bench-'));
  const runs = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: TIMEOUTS.launch,
      args: chromiumArgs(server.port, extensionDir),
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUTS.launch }));
    const extensionId = new URL(worker.url()).host;
    const cdp = await context.browser().newBrowserCDPSession();
    // An extension page that runs no view of its own (the options page only reads the settings).
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/options.html`, { timeout: TIMEOUTS.page });
    const clickAndRead = async (targetId) => {
      await probe.evaluate(noPopupOpen);
      const clickedAt = Date.now();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId });
      const reading = await probe.evaluate(readClickedPopup, TIMEOUTS.popup);
      // The browser's own time from the click to the popup's navigation start, outside the figure.
      reading.opening = reading.origin - clickedAt;
      // The popup reads the active tab: its title says it showed this tab's story.
      if (reading.state === 'article' && !reading.title.startsWith(fixture.expected.title)) throw new Error(`the popup showed "${reading.title}", not the fixture's story`);
      return reading;
    };
    for (let run = 0; run < POPUP_RUNS; run++) {
      // A new tab each run (the fragment keeps tabs apart). On an original the popup loads the full part
      // and the analysis runs cold; on a copy the passive part has loaded it for the flags, and as the
      // browser takes about 250 ms to open the popup, the flags' analysis is usually done by then.
      const url = new URL(`${fixture.expected.url}#bench-${run}`).href;
      const tab = await context.newPage();
      await tab.goto(url, { timeout: TIMEOUTS.page });
      await tab.bringToFront();
      const target = await within(TIMEOUTS.page, `tab target for ${url}`, async () =>
        (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos.find((t) => t.url === url));
      runs.push({ first: await clickAndRead(target.targetId), again: await clickAndRead(target.targetId) });
      await tab.close();
    }
  } finally {
    await context?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
  return runs;
}

/**
 * The browser's own floor under the popup figure: the toolbar button of a copy of the build, its popup
 * set to a page whose one module script marks it shown as it runs (and the next frame), clicked and
 * read the same way; no tab to read, no analysis and no view to build.
 */
async function floorTimes() {
  const { TIMEOUTS } = await load('tests/e2e/support/extension-browser.ts');
  const dir = mkdtempSync(join(tmpdir(), 'firsthand-floor-'));
  const extensionDir = join(dir, 'extension');
  cpSync(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, 'floor.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title><script type="module" src="/floor.js"></script></head><body><main id="app" aria-busy="true"></main></body></html>');
  writeFileSync(join(extensionDir, 'floor.js'), "performance.mark('firsthand:shown'); document.getElementById('app').setAttribute('aria-busy', 'false'); requestAnimationFrame(() => performance.mark('firsthand:frame'));");
  const times = [];
  let context;
  try {
    // No page of the web is opened: the host rules only need a port.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM_PATH, headless: true, timeout: TIMEOUTS.launch, args: chromiumArgs(9, extensionDir) });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUTS.launch }));
    const extensionId = new URL(worker.url()).host;
    const cdp = await context.browser().newBrowserCDPSession();
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/options.html`, { timeout: TIMEOUTS.page });
    await probe.evaluate(() => chrome.action.setPopup({ popup: 'floor.html' }));
    const target = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos.find((t) => t.url.endsWith('/options.html'));
    for (let run = 0; run < POPUP_RUNS; run++) {
      await probe.evaluate(noPopupOpen);
      const clickedAt = Date.now();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
      const reading = await probe.evaluate(readClickedPopup, TIMEOUTS.popup);
      times.push({ view: reading.view, parsed: reading.steps.domInteractive, opening: reading.origin - clickedAt });
    }
  } finally {
    await context?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}

// ---------------------------------------------------------------- main

/**
 * Other work on the machine slows every figure alike (shared CI runners, a test run beside the bench):
 * the load beside the core count says how far to trust a run against another.
 */
function machineLoad(when) {
  const [one, five] = loadavg();
  return `Machine load ${when}: ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cpus().length} cores`;
}

async function main() {
  if (!BUNDLE || !existsSync(`${BUNDLE_PATH}.map`)) throw new Error(`${BUNDLE_PATH} or its source map is missing: run npm run build:bench (npm run bench does)`);
  // --popup-only: only the popup's time to the cleaned view (a quicker loop when working on the popup).
  const POPUP_ONLY = args.includes('--popup-only');
  // --profile-only: only the CPU profile, of Zyte pages picked by size (a quicker loop when working on speed).
  const PROFILE_ONLY = args.includes('--profile-only');
  const fixtures = POPUP_ONLY || PROFILE_ONLY ? [] : fixturePages();
  const zyte = POPUP_ONLY ? [] : zytePages();
  console.log(`Firsthand bench${QUICK ? ' (--quick)' : ''}: ${fixtures.length} fixture pages, ${zyte.length} Zyte pages, Chromium at ${CHROMIUM_PATH}`);
  console.log(machineLoad('at the start'));
  if (zyte.length) console.log(`Zyte pages labelled copies by hand: ${[...ZYTE_COPIES].map(([id, why]) => `${id} (${why})`).join('; ')}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc',
    ],
  });
  const figures = {};
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await openBenchTab(context);
    await checkScriptsDisabled(tab);
    const fixtureResults = await timeCorpus(tab, fixtures, 'fixtures');
    if (fixtureResults.length) figures.fixtures = summarise('Fixture corpus', fixtureResults);
    const zyteResults = PROFILE_ONLY ? zyte.map((entry) => ({ ...entry, size: entry.body.length })) : await timeCorpus(tab, zyte, 'zyte');
    if (zyteResults.length && !PROFILE_ONLY) figures.zyte = summarise('Zyte benchmark', zyteResults);
    console.log(`\n(timing done after ${elapsed()})`);

    if (zyte.length && !PROFILE_ONLY) {
      const largest = zyte.reduce((x, y) => (y.body.length > x.body.length ? y : x));
      const memoryTab = await openBenchTab(context);
      const memory = await measureMemory(memoryTab, largest);
      await memoryTab.close();
      figures.memory = memory;
      const line = (name, s) => console.log(`  ${pad(name, 30)} JS heap ${lpad((s.used / 1048576).toFixed(2), 7)} MB  DOM nodes ${lpad(s.nodes, 7)}  documents ${s.documents}  listeners ${s.listeners}${s.detached === null ? '' : `  detached nodes ${s.detached}`}`);
      console.log(`\nMemory, the largest Zyte page (${largest.name}, ${kb(largest.body.length)}), after full GC (window.gc ${memory.hasGc ? 'and' : 'not exposed; only'} HeapProfiler.collectGarbage):`);
      line('before any analysis', memory.before);
      line(`after ${MEMORY_RUNS} analyses`, memory.baseline);
      line(`after ${MEMORY_RUNS} more`, memory.after);
      const delta = (x, y) => `${y.used >= x.used ? '+' : ''}${((y.used - x.used) / 1024).toFixed(0)} KB heap, ${y.nodes - x.nodes} DOM nodes, ${y.documents - x.documents} documents`;
      console.log(`  first ${MEMORY_RUNS} analyses: ${delta(memory.before, memory.baseline)} (compiled code, type feedback, the sanitizer's own document)`);
      console.log(`  next ${MEMORY_RUNS} analyses:  ${delta(memory.baseline, memory.after)}`);
    }
    if (zyte.length && !PROFILE_ONLY) {
      const sample = zyte.filter((_, i) => i % Math.max(1, Math.floor(zyte.length / (QUICK ? 8 : 24))) === 0);
      const runs = await pageLoadCost(context, sample);
      const total = runs.map((r) => r.evaluate + r.first);
      console.log(`\nThe passive part as a page load pays it, ${runs.length} Zyte pages, each in a new tab (median / p95, ms):`);
      console.log(`  evaluating the script ${ms(median(runs.map((r) => r.evaluate)))} / ${ms(p95(runs.map((r) => r.evaluate)))}, its first check ${ms(median(runs.map((r) => r.first)))} / ${ms(p95(runs.map((r) => r.first)))}, both ${ms(median(total))} / ${ms(p95(total))}; a warm check ${ms(median(runs.map((r) => r.warm)))}`);
    }
    if (zyte.length && !args.includes('--no-profile')) {
      const ordered = [...zyteResults].sort((x, y) => x.size - y.size);
      const sample = Array.from({ length: Math.min(PROFILE_PAGES, ordered.length) }, (_, i) =>
        ordered[Math.floor(((i + 0.5) * ordered.length) / PROFILE_PAGES)]);
      const bodies = new Map(zyte.map((entry) => [entry.url, entry.body]));
      const profileTab = await openBenchTab(context);
      const result = await profile(profileTab, sample.map((r) => ({ ...r, body: bodies.get(r.url) })));
      await profileTab.close();
      printProfile(result, sample.length);
    }
    await tab.close();
  } finally {
    await browser.close();
  }

  const size = scriptSize(CONTENT_SCRIPT);
  const readerSize = scriptSize(READER_SCRIPT);
  if (!size) console.log('\nContent script: .output/chrome-mv3 is missing (npm run build:chrome)');
  else {
    console.log(`\nContent script, passive part on every page, .output/chrome-mv3/content-scripts/content.js: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip -9`);
    if (readerSize) console.log(`Content script, full part loaded on demand, .output/chrome-mv3/content-scripts/reader.js: ${kb(readerSize.raw)} raw, ${kb(readerSize.gzip)} gzip -9`);
  }

  let popup = null;
  if (!args.includes('--no-popup') && !PROFILE_ONLY && existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) {
    try {
      const line = (name, views) => console.log(`  ${pad(name, 44)} view ${lpad(ms(median(views.map((v) => v.view))), 6)} / ${lpad(ms(p95(views.map((v) => v.view))), 6)} ms   next frame ${lpad(ms(median(views.map((v) => v.frame))), 6)} / ${lpad(ms(p95(views.map((v) => v.frame))), 6)} ms`);
      const report = (label, runs) => {
        const states = [...new Set(runs.flatMap((r) => [r.first.state, r.again.state]))].join(', ');
        console.log(`\nPopup view, ${label}, ${runs.length} runs (states: ${states}); the popup a toolbar click opens, median / p95 from its navigation start to the view shown (#app[aria-busy="false"])`);
        line('first open on a freshly loaded tab', runs.map((r) => r.first));
        line('reopened (analysis cached in the tab)', runs.map((r) => r.again));
        console.log(`  first opens: ${runs.map((r) => Math.round(r.first.view)).join(' ')} ms; from the click to the popup's navigation start (the browser's, not counted) ${ms(median(runs.flatMap((r) => [r.first.opening, r.again.opening])))} ms median`);
        // Where an open's time goes, medians: what the browser spends before any of the view's code runs,
        // loading the view's modules, then each step (src/ui/view-timing.ts). The tab is read while the
        // full part is made present (side by side, both from the view's start); the analysis is asked after both.
        for (const [label, views] of [['first open', runs.map((r) => r.first)], ['reopened', runs.map((r) => r.again)]]) {
          const at = (v, name) => (name === 'both' ? Math.max(v.steps.tab, v.steps.reader) : name ? v.steps[name] : 0);
          const step = (from, to) => ms(median(views.map((v) => at(v, to) - at(v, from))));
          console.log(`  ${label}, median ms per step: page parsed ${step(null, 'domInteractive')}, modules loaded ${step('domInteractive', 'start')}, then side by side: tab read ${step('start', 'tab')} | full part present ${step('start', 'reader')}; analysis received ${step('both', 'state')}, view built ${step('state', 'shown')}`);
        }
      };
      const copyRuns = await popupTimes('daily8--coders-village');
      report('Daily8 copy (full part already loaded for the flags)', copyRuns);
      const originalRuns = await popupTimes('straitstimes--coders-village');
      report('Straits Times original (the popup loads the full part)', originalRuns);
      const firstOpens = (runs) => ({ median: median(runs.map((r) => r.first.view)), p95: p95(runs.map((r) => r.first.view)) });
      popup = { copy: firstOpens(copyRuns), original: firstOpens(originalRuns) };
    } catch (error) {
      console.log(`\nPopup view: could not be measured (${error.message.split('\n')[0]})`);
    }
    try {
      const floor = await floorTimes();
      const floorMs = median(floor.map((f) => f.view));
      if (popup) popup.floor = floorMs;
      console.log(`\nFloor: a popup whose one module script marks it shown as it runs, same launch, opened by the same click, ${floor.length} runs: ${ms(floorMs)} / ${ms(p95(floor.map((f) => f.view)))} ms (page parsed ${ms(median(floor.map((f) => f.parsed)))}; from the click to its navigation start ${ms(median(floor.map((f) => f.opening)))} ms)`);
    } catch (error) {
      console.log(`\nPopup floor: could not be measured (${error.message.split('\n')[0]})`);
    }
  }

  console.log(`\n${machineLoad('at the end')}`);

  // ---------------------------------------------------------------- the table
  const verdict = (ok) => (ok === null ? '  -  ' : ok ? ' met ' : ' MISS');
  const rows = [];
  const z = figures.zyte;
  rows.push(['full analysis / Readability, median over Zyte', `<= ${TARGETS.analysisRatio}x`, z ? `${ratio(z.bOverC)} (per page ${ratio(z.bOverCPerPage)})` : 'n/a', z ? z.bOverC <= TARGETS.analysisRatio : null]);
  for (const [name, f] of [['Zyte', z], ['fixtures', figures.fixtures]]) {
    if (f) rows.push([`passive check / Readability, not copies, ${name}`, `<= ${pct(TARGETS.passiveShare)}`, `${pct(f.aOverC)} (per page ${pct(f.aOverCPerPage)})`, f.aOverC <= TARGETS.passiveShare]);
  }
  rows.push(['content script, gzip', `<= ${TARGETS.contentGzipKB} KB`, size ? kb(size.gzip) : 'n/a', size ? size.gzip <= TARGETS.contentGzipKB * 1024 : null]);
  // First opens on a freshly loaded tab: on the copy the tab has the analysis ready; on the original the popup loads the full part.
  for (const key of ['copy', 'original']) {
    const figure = popup?.[key];
    rows.push([`popup to cleaned view, ${key}, median (p95)`, `<= ${TARGETS.popupMs} ms`, figure ? `${ms(figure.median)} ms (${ms(figure.p95)} ms)${popup.floor === undefined ? '' : `; floor ${ms(popup.floor)} ms`}` : 'n/a', figure ? figure.median <= TARGETS.popupMs : null]);
  }
  const m = figures.memory;
  if (m) {
    const diff = m.after.used - m.baseline.used;
    // Back to baseline: the heap within 5% of its size after the first analyses (V8's code and feedback
    // still grow a little; one kept clone of this page would add megabytes), and no document and at
    // most a handful of DOM nodes more than before any analysis: a clone kept by the last analysis
    // (a cache holding one of its elements) does not grow from run to run, so only this catches it.
    const kept = { nodes: m.after.nodes - m.before.nodes, documents: m.after.documents - m.before.documents };
    const back = diff <= m.baseline.used * 0.05 && m.after.nodes <= m.baseline.nodes && kept.documents <= 0 && kept.nodes <= 10;
    rows.push([`heap after ${MEMORY_RUNS} more analyses (after GC)`, 'baseline', `${diff >= 0 ? '+' : ''}${(diff / 1024).toFixed(0)} KB; kept ${kept.nodes} nodes, ${kept.documents} docs`, back]);
  } else {
    rows.push([`heap after ${MEMORY_RUNS} more analyses (after GC)`, 'baseline', 'n/a', null]);
  }
  console.log(`\n${pad('figure', 50)} ${pad('target', 12)} ${pad('measured', 30)} result`);
  for (const [name, target, value, ok] of rows) console.log(`${pad(name, 50)} ${pad(target, 12)} ${pad(value, 30)} ${verdict(ok)}`);
  console.log(`\n(${elapsed()} in all${QUICK ? '; --quick: fewer rounds and a Zyte sample' : ''})`);
}

await main();
