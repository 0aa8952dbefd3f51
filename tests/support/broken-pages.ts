/**
 * Broken and extreme pages, built rather than committed where their size matters: an empty body, a
 * frameset, a 5 MB page, 50,000 elements, 5,000-deep nesting, pages in windows-1252, Shift_JIS and
 * ISO-8859-1 bytes, no <head>, XHTML, a page that keeps changing its DOM, and two things that are
 * not pages at all (plain text, image bytes).
 *
 * Every builder is deterministic. The small pages are also kept in tests/fixtures/broken/ (with
 * cases.json) for the browser tests; `writeBrokenFixtures` writes them and a unit test checks that
 * the committed copies match these builders:
 *
 *   node_modules/.bin/jiti tests/support/broken-pages.ts --write
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { articlePage, escapeHtml, STORIES, storyUrl, type Story } from './stories';

/** What the analysis must make of a page. */
export type BrokenExpectation =
  /** A story is there: this sentence must be in article.text. */
  | { kind: 'story'; storyIncludes: string }
  /** No story: problems must say "No article found on this page." */
  | { kind: 'no-story' }
  /** Not a page: the command line refuses it with a one-line error. */
  | { kind: 'refused' };

export interface BrokenPage {
  name: string;
  /** What is broken or extreme about it, in one sentence. */
  about: string;
  url: string;
  /** The Content-Type a server would send it with (browser tests serve it so). */
  contentType: string;
  expect: BrokenExpectation;
  /** Large pages are only ever built, never committed. */
  committed: boolean;
  /** The file name under tests/fixtures/broken/ when committed. */
  file: string;
  build(): Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A deterministic stream of numbers (a linear congruential generator), so built pages never change. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * windows-1252's bytes 0x80-0x9F (the WHATWG Encoding Standard's index), written out here because
 * Node 20.18.3+ decodes windows-1252 as ISO-8859-1 (nodejs/node#60888), so its TextDecoder cannot be
 * inverted for them. 0 marks the five bytes the encoding leaves as C1 controls.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function encodeWindows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = WINDOWS_1252_HIGH.indexOf(code);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (high >= 0 && code !== 0) out.push(0x80 + high);
    else throw new Error(`windows-1252 cannot encode ${JSON.stringify(char)}`);
  }
  return new Uint8Array(out);
}

/** Encodes text in Shift_JIS by inverting the platform's decoder over every one- and two-byte code. */
function encodeShiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const table = new Map<string, number[]>();
  const tryBytes = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (char.length > 0 && !table.has(char)) table.set(char, bytes);
    } catch {
      // not a character in Shift_JIS
    }
  };
  for (let byte = 0; byte < 0x80; byte++) tryBytes([byte]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) tryBytes([lead, trail]);
  }
  const out: number[] = [];
  for (const char of text) {
    const bytes = table.get(char);
    if (!bytes) throw new Error(`Shift_JIS cannot encode ${JSON.stringify(char)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------------------------
// Pages with no story

function emptyBody(): Uint8Array {
  return utf8(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Loading… | The Harbour Ledger</title>
<link rel="canonical" href="https://www.harbourledger.example/live">
</head>
<body></body>
</html>
`);
}

function frameset(): Uint8Array {
  return utf8(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Valley Tribune Archive 1998-2004</title>
</head>
<frameset cols="220,*" frameborder="0">
  <frame src="/archive/menu.html" name="menu" scrolling="auto">
  <frame src="/archive/1998/front.html" name="story">
  <noframes>
    <body>
      <p>This archive uses frames. Please use a browser that supports frames, or go to the <a href="/archive/1998/front.html">front page of 1998</a>.</p>
    </body>
  </noframes>
</frameset>
</html>
`);
}

// ---------------------------------------------------------------------------------------------
// Extreme sizes and shapes

const FIRST_NAMES = ['Anna', 'Bram', 'Chidi', 'Dana', 'Emeka', 'Femke', 'Gustav', 'Hana', 'Ivo', 'Jelena', 'Kofi', 'Lotte', 'Mateo', 'Nadia', 'Oskar', 'Petra', 'Quentin', 'Rosa', 'Sami', 'Tereza'];
const COMMENT_SENTENCES = [
  'About time the council did something about the pier.',
  'I have taken that ferry every summer since I was a child and the pontoon is a disgrace.',
  'Four million seems a lot for some timber and a few lamps.',
  'The sea wall is the bigger problem, as anyone who lives on the north beach will tell you.',
  'Good news for the island, the summer timetable is what keeps the shops open.',
  'Does anyone know whether the waiting room will be rebuilt as well?',
  'My grandfather helped rebuild it after the fire in the fifties, he would be glad to see this.',
  'Let us see whether it is really finished by June, these projects always run late.',
  'The photographs in the gallery were wonderful, someone should put them online.',
  'Two councillors voted against, I would like to know which two.',
  'Contractors in April, pontoon until June, we will see.',
  'The regional grant is the only reason this is happening at all.',
];
const ARCHIVE_TOPICS = ['harbour', 'council', 'ferry', 'schools', 'weather', 'fishing', 'market', 'rowing', 'festival', 'roads', 'housing', 'library'];

function comment(random: () => number, id: number, depth: number): string {
  const name = `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]}${Math.floor(random() * 900 + 100)}`;
  const sentences = Array.from({ length: 1 + Math.floor(random() * 3) }, () => COMMENT_SENTENCES[Math.floor(random() * COMMENT_SENTENCES.length)]);
  const replies = depth < 3 && random() < 0.3 ? Array.from({ length: 1 + Math.floor(random() * 2) }, (_, i) => comment(random, id * 10 + i + 1, depth + 1)).join('') : '';
  return `<li class="comment" id="comment-${id}"><div class="comment-meta"><a class="comment-author" href="/users/${name.toLowerCase()}">${name}</a> <time datetime="2026-03-12T1${depth}:00:00Z">${1 + Math.floor(random() * 11)} hours ago</time></div>`
    + `<div class="comment-body"><p>${escapeHtml(sentences.join(' '))}</p></div>`
    + `<div class="comment-actions"><a href="#reply-${id}">Reply</a> <a href="#like-${id}">Like (${Math.floor(random() * 40)})</a> <a href="#report-${id}">Report</a></div>`
    + (replies ? `<ul class="replies">${replies}</ul>` : '')
    + '</li>\n';
}

/** The pier story with 5 MB of chrome after it: a long comment thread and a site-wide archive of links. */
function hugePage(): Uint8Array {
  const random = numbers(5);
  const parts: string[] = [];
  let size = 0;
  let id = 1;
  while (size < 3_200_000) {
    const item = comment(random, id++, 0);
    parts.push(item);
    size += item.length;
  }
  const comments = `<section class="comments"><h2>Comments (${id - 1})</h2><ol class="comment-list">\n${parts.join('')}</ol></section>`;
  const links: string[] = [];
  size = 0;
  for (let n = 0; size < 1_900_000; n++) {
    const topic = ARCHIVE_TOPICS[n % ARCHIVE_TOPICS.length]!;
    const link = `<li><a href="/news/${2010 + (n % 16)}/${topic}-${n}">${topic[0]!.toUpperCase()}${topic.slice(1)} update number ${n}: what the week brought</a></li>\n`;
    links.push(link);
    size += link.length;
  }
  const archive = `<nav class="archive" aria-label="Archive"><h2>From the archive</h2><ul>\n${links.join('')}</ul></nav>`;
  return utf8(articlePage(STORIES.pier, { afterArticle: `${comments}\n${archive}` }));
}

/** The night-train story beside a site map of 25,000 links: 50,000 elements and more. */
function manyElements(): Uint8Array {
  const items: string[] = [];
  for (let n = 0; n < 25_000; n++) items.push(`<li><a href="/s/${n}">Story ${n}</a></li>`);
  const siteMap = `<section class="sitemap"><h2>Every story we published</h2><ul>${items.join('')}</ul></section>`;
  return utf8(articlePage(STORIES.nightTrain, { afterArticle: siteMap }));
}

export const DEEP_NESTING = 5_000;

/** The bees story at the bottom of 5,000 nested divs. */
function deepNesting(): Uint8Array {
  const page = articlePage(STORIES.bees);
  const start = page.indexOf('<article>');
  const end = page.indexOf('</article>') + '</article>'.length;
  return utf8(`${page.slice(0, start)}${'<div class="wrap">'.repeat(DEEP_NESTING)}\n${page.slice(start, end)}\n${'</div>'.repeat(DEEP_NESTING)}${page.slice(end)}`);
}

// ---------------------------------------------------------------------------------------------
// Encodings

/** The pier story with the characters windows-1252 puts in 0x80-0x9F (euro sign, curly quotes, dashes). */
export const WINDOWS_1252_SENTENCE = 'Councillors approved a budget of €4.2 million for the work by nine votes to two — the two dissenting members, both from the Café Quarter ward, argued that the money should first go to the sea wall.';

function windows1252(): Uint8Array {
  const story: Story = { ...STORIES.pier, paragraphs: STORIES.pier.paragraphs.map((p, i) => (i === 1 ? WINDOWS_1252_SENTENCE : p)) };
  return encodeWindows1252(articlePage(story, { charsetMeta: '<meta charset="windows-1252">' }));
}

const JAPANESE_STORY: Story = {
  outlet: '港町日報',
  host: 'www.minatomachi-nippo.example',
  path: '/news/20260312/pier',
  headline: '嵐で壊れたフェリー桟橋、夏までに再建へ　市議会が可決',
  author: '高橋美咲',
  published: '2026-03-12T09:30:00+09:00',
  paragraphs: [
    '冬の嵐で木製の床板が割れ、照明も数週間消えたままになっていた古いフェリー桟橋について、港町の市議会は火曜日の夜、再建を賛成多数で可決した。',
    '工事費として四億二千万円の予算が賛成九、反対二で承認された。反対した二人の議員は、まず北側の海岸沿いにある防波堤の補修に予算を回すべきだと主張した。',
    '一月に桟橋を調べた技術者によると、十二本ある杭のうち三本が大きくずれており、待合室の下の鉄骨にまで海水が達していたという。',
    'フェリー会社は二月中旬から仮設の浮き桟橋で乗客を乗り降りさせているが、夏に使う大型船は接岸できないため、このままでは夏の時刻表を半分に減らすしかないとしている。',
    '市の港湾担当者は、可決されれば四月にも新しい杭の打ち込みを始め、六月の第一週には最初の乗り場を再開できると説明した。',
    '傍聴席を埋めた住民たちは、結果が読み上げられると拍手を送った。一九五〇年代に火災から再建された当時の桟橋の写真を持参した人もいた。',
  ],
};

function shiftJis(): Uint8Array {
  const page = articlePage(JAPANESE_STORY, {
    htmlStart: '<!DOCTYPE html>\n<html lang="ja">',
    charsetMeta: '<meta charset="Shift_JIS">',
    chrome: {
      nav: ['ニュース', '経済', '科学', 'スポーツ', '社説'],
      by: '記者',
      mostRead: 'よく読まれている記事',
      mostReadItems: ['小学校の屋根の修理、予定より二週間早く完了', '市場広場の駐車規則、月曜日から変更', 'ボート部、十年ぶりに地区大会で優勝'],
      rights: '無断転載を禁じます。',
      footerLinks: ['個人情報の取り扱い', '利用規約', 'お問い合わせ'],
      separator: '｜',
      copyright: 'Copyright',
    },
  });
  return encodeShiftJis(page);
}

const GERMAN_STORY: Story = {
  outlet: 'Nordküsten-Rundschau',
  host: 'www.nordkuesten-rundschau.example',
  path: '/verkehr/nachtzug-kehrt-zurueck',
  headline: 'Nachtzug kehrt nach zwölf Jahren an die Küste zurück',
  author: 'Jürgen Weiß',
  published: '2026-05-04T06:00:00+02:00',
  paragraphs: [
    'Ab September fährt wieder ein Schlafwagenzug zwischen der Hauptstadt und der Küste, wie der regionale Bahnbetreiber am Montag mitteilte, zwölf Jahre nachdem der letzte Nachtzug gestrichen worden war.',
    'Der neue Zug verlässt den Hauptbahnhof viermal pro Woche um 22.40 Uhr und erreicht den Hafenbahnhof kurz nach sieben Uhr morgens, mit Halt in fünf Städten entlang der Strecke.',
    'Der Betreiber hat sechs überholte Schlafwagen von einem Nachbarnetz gemietet. Jeder Wagen hat elf Abteile für bis zu drei Personen, und in jedem Zug gibt es einen Wagen für Fahrräder.',
    'Die Fahrpreise beginnen bei 49 für einen Platz im Liegesessel und steigen auf 189 für ein eigenes Abteil mit Waschbecken; Kinder und Inhaber einer Bahnkarte erhalten Ermäßigungen.',
    '»Nachtzüge sind verschwunden, weil die alten Wagen verschlissen waren, nicht weil die Leute sie nicht mehr wollten«, sagte Lena Vos, die Leiterin des Fernverkehrs.',
    'Die Fremdenverkehrsämter an der Küste begrüßten die Nachricht. Hoteliers klagen seit Langem, dass der erste Tageszug zu spät ankommt, um ein kurzes Wochenende richtig zu nutzen.',
  ],
};

function iso88591(): Uint8Array {
  const page = articlePage(GERMAN_STORY, {
    htmlStart: '<!DOCTYPE html>\n<html lang="de">',
    charsetMeta: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    chrome: {
      nav: ['Nachrichten', 'Wirtschaft', 'Wissen', 'Sport', 'Meinung'],
      by: 'Von',
      mostRead: 'Meistgelesen',
      mostReadItems: ['Schuldach zwei Wochen früher fertig', 'Neue Parkregeln am Marktplatz ab Montag', 'Ruderclub gewinnt ersten Regionaltitel seit zehn Jahren'],
      rights: 'Alle Rechte vorbehalten.',
      footerLinks: ['Datenschutz', 'Impressum', 'Kontakt'],
      separator: '·',
      copyright: '©',
    },
  });
  return encodeWindows1252(page); // ISO-8859-1 text: the same bytes
}

// ---------------------------------------------------------------------------------------------
// Odd documents

function noHead(): Uint8Array {
  const page = articlePage(STORIES.router, { noHead: true, htmlStart: '<!DOCTYPE html>' });
  return utf8(page.replace('</html>', ''));
}

function xhtml(): Uint8Array {
  const story = STORIES.nightTrain;
  const paragraphs = story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return utf8(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
<title>${escapeHtml(story.headline)} - ${escapeHtml(story.outlet)}</title>
<link rel="canonical" href="${storyUrl(story)}" />
<style type="text/css">/*<![CDATA[*/ body { font-family: Georgia, serif; } /*]]>*/</style>
<script type="text/javascript">//<![CDATA[
var section = "transport"; if (1 < 2 && section) { document.documentElement.className = "js"; }
//]]></script>
</head>
<body>
<div id="masthead"><a href="/">${escapeHtml(story.outlet)}</a></div>
<div id="content">
<h1>${escapeHtml(story.headline)}</h1>
<p class="byline">By ${escapeHtml(story.author)}<br />${story.published.slice(0, 10)}</p>
<![CDATA[ The timetable below is provisional & subject to change. ]]>
${paragraphs}
<hr />
<img src="/img/sleeper-car.jpg" alt="A refurbished sleeping car at the depot" width="640" height="360" />
</div>
<div id="footer"><p>© 2026 ${escapeHtml(story.outlet)}</p></div>
</body>
</html>
`);
}

/** A live page: its own script keeps rewriting the ticker and appending updates (for browsers). */
function mutatingPage(): Uint8Array {
  const script = `<script>
(function () {
  var n = 0;
  var ticker = document.getElementById('ticker');
  var updates = document.getElementById('updates');
  setInterval(function () {
    n++;
    ticker.textContent = 'Live: ' + n + ' readers are following this story';
    var item = document.createElement('li');
    item.textContent = 'Update ' + n + ': the harbour master says the contractors are on their way.';
    updates.insertBefore(item, updates.firstChild);
    if (updates.children.length > 20) updates.removeChild(updates.lastChild);
    document.body.setAttribute('data-tick', String(n));
    var article = document.querySelector('article');
    if (article) article.classList.toggle('flash');
  }, 25);
})();
</script>`;
  return utf8(articlePage(STORIES.pier, {
    inStory: { 0: '<p id="ticker">Live: 0 readers are following this story</p>' },
    afterArticle: `<section class="live"><h2>Live updates</h2><ul id="updates"></ul></section>\n${script}`,
  }));
}

/**
 * What the mutating page's script does, as one step any DOM can run: the library's tests mutate a
 * document between two analyze() calls with it.
 */
export function mutateDocument(doc: Document, step: number): void {
  const ticker = doc.getElementById('ticker');
  if (ticker) ticker.textContent = `Live: ${step} readers are following this story`;
  const updates = doc.getElementById('updates');
  if (updates) {
    const item = doc.createElement('li');
    item.textContent = `Update ${step}: the harbour master says the contractors are on their way.`;
    updates.insertBefore(item, updates.firstChild);
  }
  const article = doc.querySelector('article');
  const paragraph = doc.createElement('p');
  paragraph.textContent = `Update ${step}: the council has published the contract for the new piles, and the first barge of timber is due in the harbour within a fortnight, weather permitting.`;
  article?.append(paragraph);
  doc.body?.setAttribute('data-tick', String(step));
}

/** A text file opened in a tab: no markup at all. */
function plainText(): Uint8Array {
  return utf8(`HARBOUR COUNCIL - MINUTES OF THE MEETING OF 10 MARCH 2026

Present: the mayor, eleven councillors, the harbour master, the finance officer.

1. Ferry pier. The harbour master presented the engineers' report. Three of twelve piles have
   shifted. Motion to rebuild the pier at a cost of 4.2 million carried, nine votes to two.

2. Sea wall. Deferred to the April meeting.

3. Any other business. None.
`);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
  let crc = 0xffffffff;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc);
  return out;
}

/** A real 64x48 PNG (a grey gradient): an image opened in a tab. */
function pngImage(): Uint8Array {
  const width = 64;
  const height = 48;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x * 4 + y * 2) & 0xff;
  const chunks = [pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', new Uint8Array())];
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array([...signature, ...chunks.flatMap((chunk) => [...chunk])]);
}

// ---------------------------------------------------------------------------------------------

const story = (s: Story, index: number) => ({ kind: 'story', storyIncludes: s.paragraphs[index]! }) as const;

export const BROKEN_PAGES: BrokenPage[] = [
  { name: 'empty-body', about: 'A page whose body is empty (an app shell before its script runs).', url: 'https://www.harbourledger.example/live', contentType: 'text/html; charset=utf-8', expect: { kind: 'no-story' }, committed: true, file: 'empty-body.html', build: emptyBody },
  { name: 'frameset', about: 'A frameset page: no body, its content lives in frames.', url: 'https://valleytribune.example/archive/', contentType: 'text/html; charset=utf-8', expect: { kind: 'no-story' }, committed: true, file: 'frameset.html', build: frameset },
  { name: 'huge-5mb', about: 'A real article followed by 5 MB of comment threads and archive links.', url: storyUrl(STORIES.pier), contentType: 'text/html; charset=utf-8', expect: story(STORIES.pier, 2), committed: false, file: 'huge-5mb.html', build: hugePage },
  { name: 'many-elements', about: 'An article beside a site map of 25,000 links: more than 50,000 elements.', url: storyUrl(STORIES.nightTrain), contentType: 'text/html; charset=utf-8', expect: story(STORIES.nightTrain, 3), committed: false, file: 'many-elements.html', build: manyElements },
  { name: 'deep-nesting', about: 'An article at the bottom of 5,000 nested divs.', url: storyUrl(STORIES.bees), contentType: 'text/html; charset=utf-8', expect: story(STORIES.bees, 2), committed: false, file: 'deep-nesting.html', build: deepNesting },
  { name: 'windows-1252', about: 'windows-1252 bytes declared by <meta charset>, with the euro sign, curly quotes and dashes.', url: storyUrl(STORIES.pier), contentType: 'text/html', expect: { kind: 'story', storyIncludes: WINDOWS_1252_SENTENCE }, committed: true, file: 'windows-1252.html', build: windows1252 },
  { name: 'shift-jis', about: 'A Japanese article in Shift_JIS bytes declared by <meta charset>.', url: storyUrl(JAPANESE_STORY), contentType: 'text/html', expect: story(JAPANESE_STORY, 2), committed: true, file: 'shift-jis.html', build: shiftJis },
  { name: 'iso-8859-1', about: 'A German article in ISO-8859-1 bytes declared only by <meta http-equiv="Content-Type">.', url: storyUrl(GERMAN_STORY), contentType: 'text/html', expect: story(GERMAN_STORY, 4), committed: true, file: 'iso-8859-1.html', build: iso88591 },
  { name: 'no-head', about: 'A page with no <head> and no </html>: title, charset and metadata all missing.', url: storyUrl(STORIES.router), contentType: 'text/html; charset=utf-8', expect: story(STORIES.router, 4), committed: true, file: 'no-head.html', build: noHead },
  { name: 'xhtml', about: 'An XHTML 1.0 page with an XML declaration, xmlns, self-closing tags and CDATA sections.', url: storyUrl(STORIES.nightTrain), contentType: 'application/xhtml+xml; charset=utf-8', expect: story(STORIES.nightTrain, 1), committed: true, file: 'xhtml.xhtml', build: xhtml },
  { name: 'mutating', about: 'A live page whose script rewrites its ticker and appends updates every 25 ms.', url: storyUrl(STORIES.pier), contentType: 'text/html; charset=utf-8', expect: story(STORIES.pier, 5), committed: true, file: 'mutating.html', build: mutatingPage },
  { name: 'plain-text', about: 'A plain text file, not a page.', url: 'https://www.harbourledger.example/council/minutes-2026-03-10.txt', contentType: 'text/plain; charset=utf-8', expect: { kind: 'refused' }, committed: true, file: 'plain-text.txt', build: plainText },
  { name: 'png-image', about: 'PNG image bytes, not a page.', url: 'https://www.harbourledger.example/img/pier.png', contentType: 'image/png', expect: { kind: 'refused' }, committed: true, file: 'png-image.png', build: pngImage },
];

export function brokenPage(name: string): BrokenPage {
  const page = BROKEN_PAGES.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`no broken page named ${name}`);
  return page;
}

/** The manifest written beside the committed pages: every case, with `file: null` for built-only ones. */
export function brokenManifest(): object[] {
  return BROKEN_PAGES.map(({ name, about, url, contentType, expect, committed, file }) => ({
    name,
    file: committed ? file : null,
    build: committed ? null : `brokenPage(${JSON.stringify(name)}).build() in tests/support/broken-pages.ts`,
    url,
    contentType,
    about,
    expect,
  }));
}

export const BROKEN_DIR = 'tests/fixtures/broken';

export function writeBrokenFixtures(dir = BROKEN_DIR): void {
  for (const page of BROKEN_PAGES) if (page.committed) writeFileSync(join(dir, page.file), page.build());
  writeFileSync(join(dir, 'cases.json'), `${JSON.stringify(brokenManifest(), null, 2)}\n`);
}

if (process.argv.includes('--write') && process.argv[1]?.endsWith('broken-pages.ts')) writeBrokenFixtures();
