/**
 * Serves each fixture page under its real address, so the extension sees the page at the fixture's
 * `url` (scheme included) exactly as a reader would, and keeps the browsers off the internet.
 *
 * One port takes every connection a browser makes:
 * - Chromium resolves every host name to it (--host-resolver-rules) and connects directly, with TLS
 *   for https:// and without for http://; the first byte tells which (0x16 opens a TLS handshake).
 * - Firefox uses it as its HTTP and HTTPS proxy: plain requests arrive with an absolute URL, https://
 *   ones as CONNECT host:443, whose tunnel this server terminates with TLS itself.
 * Fixtures keep their https:// address: many news hosts are on the browsers' HSTS preload lists, so
 * an http:// copy would be upgraded to https:// anyway. The certificate is self-signed (made with
 * openssl per run) and the browsers are told to accept it (--ignore-certificate-errors,
 * acceptInsecureCerts). Everything else (the sites' CDN styles, scripts, images, trackers, the
 * browsers' own background requests) gets an empty 404.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

/**
 * A page with no article: an app shell before its script runs (the script is one of the 404s).
 * Which real pages hold "no story" is the analysis' business and its unit tests'; this page only
 * checks that the popup shows the no-article state when the content script finds none.
 */
export const NO_ARTICLE_URL = 'https://firsthand-e2e.test/no-article';
const NO_ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Firsthand test app</title>
<script type="module" src="/app.js"></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`;

export interface FixtureExpected {
  url: string;
  title: string;
  text: string;
  [key: string]: unknown;
}

export interface Fixture {
  name: string;
  htmlPath: string;
  expected: FixtureExpected;
}

/** Test pages of the browser tests themselves (tests/e2e/pages), served under an address of their own. */
export const PAGES_DIR = fileURLToPath(new URL('../pages', import.meta.url));

export interface ExtraPage {
  url: string;
  /** An HTML file served as UTF-8, or: */
  htmlPath?: string;
  /** the bytes (or text) to serve, with */
  body?: () => Uint8Array | string;
  /** their Content-Type (text/html; charset=utf-8 by default), and */
  contentType?: string;
  /** the status (200 by default; 204 sends no body: a navigation to it leaves the tab where it was). */
  status?: number;
}

export function loadFixture(name: string, dir = FIXTURES_DIR): Fixture {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as FixtureExpected;
  return { name, htmlPath: join(dir, `${name}.html`), expected };
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => loadFixture(file.slice(0, -'.expected.json'.length), dir));
}

/** Host and path (with query) of an address: what a request must match, whatever its scheme or port. */
function pageKey(url: URL): string {
  return `${url.hostname.toLowerCase()}${url.pathname}${url.search}`;
}

export interface FixtureServer {
  port: number;
  /** Requests answered 404 (host + path), for debugging a page that loads wrongly. */
  misses: string[];
  close(): Promise<void>;
}

function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'firsthand-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=firsthand-fixtures', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(fixtures: Fixture[] = loadFixtures(), extraPages: ExtraPage[] = []): Promise<FixtureServer> {
  const pages = new Map<string, () => string | Uint8Array>(fixtures.map((f) => [pageKey(new URL(f.expected.url)), () => readFileSync(f.htmlPath, 'utf8')]));
  const heads = new Map<string, { status: number; contentType: string }>();
  for (const extra of extraPages) {
    const key = pageKey(new URL(extra.url));
    pages.set(key, extra.body ?? (() => (extra.htmlPath ? readFileSync(extra.htmlPath, 'utf8') : '')));
    heads.set(key, { status: extra.status ?? 200, contentType: extra.contentType ?? 'text/html; charset=utf-8' });
  }
  pages.set(pageKey(new URL(NO_ARTICLE_URL)), () => NO_ARTICLE_HTML);
  const misses: string[] = [];

  const handle: http.RequestListener = (req, res) => {
    const raw = req.url ?? '/';
    // Origin-form ("/path") when connected directly or through a tunnel; absolute-form through a proxy.
    const url = new URL(raw.startsWith('/') ? `http://${req.headers.host ?? 'unknown'}${raw}` : raw);
    const page = pages.get(pageKey(url));
    if (!page) {
      misses.push(`${url.hostname}${url.pathname}`);
      res.writeHead(404, { 'content-length': 0 }).end();
      return;
    }
    const head = heads.get(pageKey(url)) ?? { status: 200, contentType: 'text/html; charset=utf-8' };
    if (head.status === 204) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(head.status, { 'content-type': head.contentType, 'cache-control': 'no-store' }).end(page());
  };

  const tlsServer = https.createServer(selfSignedCert(), handle);
  const plainServer = http.createServer(handle);
  const sockets = new Set<net.Socket>();
  const dispatch = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? tlsServer : plainServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  };
  plainServer.on('connect', (_req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    dispatch(socket);
  });
  tlsServer.on('tlsClientError', () => {});

  const front = net.createServer(dispatch);
  await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
  const { port } = front.address() as net.AddressInfo;
  return {
    port,
    misses,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => front.close(() => done()));
    },
  };
}
