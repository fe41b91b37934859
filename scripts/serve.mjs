#!/usr/bin/env node
// A small static file server for dist/ (or any folder), for the demo and the browser tests.
//
//   node scripts/serve.mjs [DIR] [--port N] [--banner]   DIR defaults to dist/, the port to $PORT or 8765
//
// It listens on 127.0.0.1 only, serves files and nothing else (no directory listing: a folder serves its
// index.html or 404), refuses any path that would leave DIR, and sends every HTML page with a strict
// Content-Security-Policy, so that a page working here works on a site with the same policy.
// A page with its own policy in a <meta> element gets that policy instead (see ownPolicy).
// Port 0 picks a free port; the line printed on start-up gives the URL either way.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// The strict policy the pages must work under: same-origin scripts and styles, wasm, and nothing else, not
// even a fetch() (connect-src falls back to default-src). A page using a `facts` URL needs connect-src too.
export const PAGE_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Starts serving `root`.
 * @param {{root?: string, port?: number, host?: string, policy?: string, log?: boolean}} [options]
 *   `policy` is the Content-Security-Policy sent with HTML pages (PAGE_POLICY unless given)
 * @returns {Promise<{server: import('node:http').Server, url: string}>}
 */
export async function serve({ root = 'dist', port = 8765, host = '127.0.0.1', policy = PAGE_POLICY, log = false } = {}) {
  const base = await realpath(resolve(root));
  const server = createServer((request, response) => {
    handle(base, policy, request, response).catch((error) => {
      if (log) console.error(`serve: ${request.url}: ${error.message}`);
      if (!response.headersSent) send(response, 500, 'internal error');
      else response.destroy();
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, url: `http://${host}:${address.port}/` };
}

/**
 * @param {string} base the served folder, a real path
 * @param {string} policy
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function handle(base, policy, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'method not allowed');
  }
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(response, 400, 'bad request');
  }
  if (path.includes('\0')) return send(response, 400, 'bad request');
  let file = resolve(base, `.${path}`);
  if (!inside(base, file)) return send(response, 403, 'forbidden');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = resolve(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(response, 404, 'not found');
  // A symbolic link inside the folder must not lead out of it either.
  const real = await realpath(file);
  if (!inside(base, real)) return send(response, 403, 'forbidden');

  const type = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
  response.statusCode = 200;
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Length', info.size);
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (type.startsWith('text/html')) {
    // A page that states its own policy (factcheck.html lists its inline scripts' hashes) gets that one:
    // two policies would both apply, and 'self' alone would refuse its inline scripts.
    const own = policy ? ownPolicy(await readFile(real, 'utf8')) : null;
    if (policy) response.setHeader('Content-Security-Policy', own ?? policy);
    response.setHeader('Referrer-Policy', 'no-referrer');
  }
  if (request.method === 'HEAD') return void response.end();
  await new Promise((done, fail) => {
    const stream = createReadStream(real);
    stream.on('error', fail);
    response.on('close', () => done(undefined));
    stream.pipe(response);
  });
}

/**
 * The policy of a page's <meta http-equiv="Content-Security-Policy">, if it has one.
 * @param {string} html
 */
function ownPolicy(html) {
  const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"/i.exec(html.slice(0, 4096));
  return meta ? meta[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : null;
}

/** @param {string} base @param {string} file */
function inside(base, file) {
  return file === base || file.startsWith(base.endsWith(sep) ? base : base + sep);
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function send(response, status, text) {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(`${status} ${text}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let root = 'dist';
  let port = Number(process.env.PORT ?? 8765);
  let banner = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (args[i] === '--banner') banner = true;
    else if (args[i].startsWith('--port=')) port = Number(args[i].slice(7));
    else if (args[i] === '-h' || args[i] === '--help') {
      console.log('usage: node scripts/serve.mjs [DIR] [--port N] [--banner]   (DIR: dist/; port: $PORT or 8765)');
      process.exit(0);
    } else root = args[i];
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: [serve.usage] bad port '${port}'`);
    process.exit(2);
  }
  try {
    const { url } = await serve({ root, port, log: true });
    if (banner) {
      console.log(`\n  The demo page:  ${url}\n  Offline page:   ${url}factcheck.html\n\n  (serving ${resolve(root)} on 127.0.0.1 only; Ctrl+C stops it)\n`);
    } else {
      console.log(`serve: ${resolve(root)} at ${url}`);
    }
  } catch (error) {
    const code = /** @type {any} */ (error).code;
    console.error(`serve: [serve.${code === 'EADDRINUSE' ? 'port_in_use' : 'failed'}] ${error.message}`);
    process.exit(2);
  }
}
