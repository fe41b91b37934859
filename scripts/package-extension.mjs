#!/usr/bin/env node
// Packages the browser extension (Manifest V3), after scripts/package-web.mjs (scripts/build.sh runs it last):
//
//   dist/extension/            the unpacked extension: web/extension/ (popup, options, service worker, with
//                              the manifest's version from package.json), the widget and the JS API from
//                              dist/, and its icons, drawn here
//   dist/factcheck-extension.zip
//                              the same files, zipped for "Load unpacked" after unzipping, or for a store
//
// The popup runs dist/widget.js, the very build the web widget is, so it gives the same verdicts. Its engine
// is factcheck-core-inline.mjs (the wasm inside the script), so the separate .wasm is left out.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// FACTCHECK_DIST packages a copy elsewhere, as scripts/package-web.mjs does.
const dist = process.env.FACTCHECK_DIST ?? join(root, 'dist');
const source = join(root, 'web/extension');
const out = join(dist, 'extension');
const zipPath = join(dist, 'factcheck-extension.zip');

/** @param {string} message */
function fail(message) {
  console.error(`package-extension: ${message}`);
  process.exit(1);
}

// What the popup and options pages import, from dist/: the widget, the JS API and its worker, the engine.
const fromDist = ['widget.js', 'factcheck.js', 'factcheck-api.js', 'factcheck-entry.js', 'factcheck-worker.js', 'factcheck-worker-loop.js',
  'factcheck-core.mjs', 'factcheck-core-inline.mjs'];
for (const name of fromDist) {
  if (!existsSync(join(dist, name))) fail(`dist/${name} is missing: run scripts/build.sh`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'icons'), { recursive: true });
for (const name of fromDist) copyFileSync(join(dist, name), join(out, name));

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const name of readdirSync(source)) {
  if (name === 'manifest.json') {
    const manifest = readFileSync(join(source, name), 'utf8').replace('{{version}}', version);
    JSON.parse(manifest); // a broken manifest fails here, not in the browser
    writeFileSync(join(out, name), manifest);
  } else {
    copyFileSync(join(source, name), join(out, name));
  }
}

// ---- the icon: the demo page's logo, a tick on a rounded square in the accent colour ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A PNG of `size` x `size` RGBA pixels.
 * @param {number} size
 * @param {Uint8Array} rgba
 */
function png(size, rgba) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter, not interlaced
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segmentDistance(x, y, ax, ay, bx, by) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** The icon at `size` pixels, 4 x 4 samples a pixel; coordinates are in units of the icon's side. */
function drawIcon(size) {
  const accent = [0x2a, 0x56, 0xc6];
  const tick = [[0.27, 0.53], [0.44, 0.69], [0.74, 0.35]];
  const [inset, radius, stroke] = [size <= 16 ? 0 : 0.04, 0.22, size <= 16 ? 0.15 : 0.12];
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [square, mark] = [0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          // Inside the rounded square: its distance to the inner rectangle is at most the corner radius.
          const [qx, qy] = [Math.max(Math.abs(x - 0.5) - (0.5 - inset - radius), 0),
            Math.max(Math.abs(y - 0.5) - (0.5 - inset - radius), 0)];
          if (Math.hypot(qx, qy) > radius) continue;
          square++;
          const d = Math.min(segmentDistance(x, y, ...tick[0], ...tick[1]), segmentDistance(x, y, ...tick[1], ...tick[2]));
          if (d <= stroke / 2) mark++;
        }
      }
      const i = (py * size + px) * 4;
      const white = square ? mark / square : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(accent[c] * (1 - white) + 255 * white);
      rgba[i + 3] = Math.round((255 * square) / (samples * samples));
    }
  }
  return png(size, rgba);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(out, 'icons', `${size}.png`), drawIcon(size));

// ---- the zip: the same bytes on every build (fixed times, sorted names, no extra attributes) ----

/** @param {string} dir @returns {string[]} paths relative to `out`, sorted */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [relative(out, join(dir, entry.name))]).sort();
}
const listed = files(out);
const stamp = new Date('2025-01-23T00:00:00Z');
for (const name of listed) utimesSync(join(out, name), stamp, stamp);
utimesSync(join(out, 'icons'), stamp, stamp);
rmSync(zipPath, { force: true });
try {
  execFileSync('zip', ['-X', '-q', '-9', zipPath, ...listed], {
    cwd: out, env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'inherit', 'inherit'],
  });
} catch (error) {
  fail(`zip failed (${error.message}): bash scripts/setup.sh installs it`);
}
console.log(`package-extension: ${relative(root, out)}/ (${listed.length} files), ${relative(root, zipPath)}`);
