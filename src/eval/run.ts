/**
 * `npm run eval`: Firsthand against plain Readability on the fixture corpus and on the Zyte
 * benchmark, measured in the same run. Prints tables; exits 0 (figures, not assertions).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyze } from '../analysis/analyze';
import { paragraphsOf } from '../analysis/text';
import { decodePage, nodeSanitizerWindow, parsePage } from '../node/page';
import { judgeFixture, leaksIn, loadFixtures } from './fixtures';
import { pageF1, scoreCorpus, scorePage, type PageScore } from './score';

const root = resolve(process.argv[2] ?? '.');
const fixturesDir = join(root, 'tests/fixtures');
const zyteDir = resolve(root, process.env.ZYTE_DIR ?? '../shared/benchmarks/zyte');

function readabilityText(html: string, url: string): string {
  const doc = parsePage(html);
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head?.prepend(base);
  const result = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  return result?.content ? paragraphsOf(result.content).join('\n\n') : '';
}

function pct(value: number): string {
  return value.toFixed(3);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

function evalFixtures(): void {
  const fixtures = loadFixtures(fixturesDir);
  console.log(`\nFixture corpus: ${fixtures.length} pages (${fixtures.filter((f) => f.expected.isAggregator).length} copies)\n`);
  console.log(`${pad('fixture', 48)} ${pad('F1', 6)} ${pad('RdF1', 6)} leak rdLeak detect source wire url  missing kinds`);
  const totals = { f1: 0, rf1: 0, leaks: 0, rleaks: 0, detect: 0, falsePositives: 0, source: 0, wire: 0, url: 0, copies: 0, cf1: 0, crf1: 0 };
  for (const fixture of fixtures) {
    const html = decodePage(readFileSync(fixture.htmlPath));
    const analysis = analyze(parsePage(html), { url: fixture.expected.url, purifyWindow: nodeSanitizerWindow() });
    const judgement = judgeFixture(analysis, fixture.expected);
    const plain = readabilityText(html, fixture.expected.url);
    const plainF1 = pageF1(scorePage(plain, fixture.expected.text));
    const plainLeaks = leaksIn(plain, fixture.expected.clutter).length;
    totals.f1 += judgement.f1;
    totals.rf1 += plainF1;
    totals.leaks += judgement.leaks.length;
    totals.rleaks += plainLeaks;
    totals.detect += Number(judgement.detectionRight);
    totals.falsePositives += Number(analysis.isAggregator && !fixture.expected.isAggregator);
    totals.source += Number(judgement.sourceRight);
    totals.wire += Number(judgement.wireRight);
    totals.url += Number(judgement.originalUrlRight);
    if (fixture.expected.isAggregator) {
      totals.copies++;
      totals.cf1 += judgement.f1;
      totals.crf1 += plainF1;
    }
    const mark = (ok: boolean) => (ok ? 'ok  ' : 'XX  ');
    console.log(
      `${pad(fixture.name, 48)} ${pct(judgement.f1)}  ${pct(plainF1)}  ${pad(String(judgement.leaks.length), 4)} ${pad(String(plainLeaks), 6)} ${mark(judgement.detectionRight)}   ${mark(judgement.sourceRight)}   ${mark(judgement.wireRight)} ${mark(judgement.originalUrlRight)} ${judgement.missingKinds.join(',')}`,
    );
    if (process.env.EVAL_VERBOSE) {
      if (!judgement.sourceRight) console.log(`    source: got ${analysis.source?.domain ?? null}, want ${fixture.expected.source?.domain ?? null}`);
      if (!judgement.wireRight) console.log(`    wire: got ${analysis.wire?.domain ?? null}, want ${fixture.expected.wire?.domain ?? null}`);
      if (!judgement.originalUrlRight) console.log(`    url: got ${analysis.originalUrl}, want ${fixture.expected.originalUrl}`);
      for (const leak of judgement.leaks) console.log(`    leak: ${leak.slice(0, 100)}`);
      if (!judgement.detectionRight) console.log(`    evidence: ${analysis.evidence.join(' | ')}`);
    }
  }
  const n = fixtures.length || 1;
  console.log(`\n${pad('Firsthand', 18)} mean F1 ${pct(totals.f1 / n)} (copies ${pct(totals.cf1 / (totals.copies || 1))})  clutter leaked ${totals.leaks}  detection ${totals.detect}/${fixtures.length} right (${totals.falsePositives} false positives)  source ${totals.source}/${fixtures.length}  wire ${totals.wire}/${fixtures.length}  original URL ${totals.url}/${fixtures.length}`);
  console.log(`${pad('Readability', 18)} mean F1 ${pct(totals.rf1 / n)} (copies ${pct(totals.crf1 / (totals.copies || 1))})  clutter leaked ${totals.rleaks}  detection n/a  source n/a  wire n/a  original URL n/a`);
}

function evalZyte(): void {
  const truthPath = join(zyteDir, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    console.log(`\nZyte benchmark not found at ${zyteDir} (set ZYTE_DIR)`);
    return;
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ours: PageScore[] = [];
  const theirs: PageScore[] = [];
  const worst: Array<[string, number, number]> = [];
  const flagged: string[] = [];
  for (const file of readdirSync(join(zyteDir, 'html')).sort()) {
    const id = file.replace(/\.html\.gz$/, '');
    const entry = truth[id];
    if (!entry) continue;
    const html = decodePage(gunzipSync(readFileSync(join(zyteDir, 'html', file))));
    const analysis = analyze(parsePage(html), { url: entry.url, purifyWindow: nodeSanitizerWindow() });
    const ourScore = scorePage(analysis.article?.text ?? '', entry.articleBody);
    if (analysis.isAggregator) flagged.push(`${id.slice(0, 12)} ${new URL(entry.url).hostname} (${analysis.evidence.join('; ')})`);
    const theirScore = scorePage(readabilityText(html, entry.url), entry.articleBody);
    ours.push(ourScore);
    theirs.push(theirScore);
    worst.push([id.slice(0, 12) + ' ' + new URL(entry.url).hostname, pageF1(ourScore), pageF1(theirScore)]);
  }
  const a = scoreCorpus(ours);
  const b = scoreCorpus(theirs);
  console.log(`\nZyte benchmark: ${a.pages} pages`);
  console.log(`${pad('Firsthand', 18)} F1 ${pct(a.f1)}  precision ${pct(a.precision)}  recall ${pct(a.recall)}  accuracy ${pct(a.accuracy)}`);
  console.log(`${pad('Readability', 18)} F1 ${pct(b.f1)}  precision ${pct(b.precision)}  recall ${pct(b.recall)}  accuracy ${pct(b.accuracy)}`);
  // The Zyte pages are publishers' pages, but for two MSN partner copies: each other page flagged is a false positive.
  console.log(`Called copies: ${flagged.length} of ${a.pages}`);
  for (const line of flagged) console.log(`  ${line}`);
  if (process.env.EVAL_VERBOSE) {
    worst.sort((x, y) => x[1] - x[2] - (y[1] - y[2]));
    console.log('\nPages where Firsthand trails Readability most:');
    for (const [name, ourF1, theirF1] of worst.slice(0, 12)) console.log(`  ${pad(name, 50)} ${pct(ourF1)} vs ${pct(theirF1)}`);
  }
}

evalFixtures();
if (!process.argv.includes('--fixtures-only')) evalZyte();
