// Draws the add-in's icons (a dark-red rounded square with a white check mark) and writes
// them as PNGs to assets/. Dependency-free on purpose: node:zlib deflates, CRC-32 is below.
// Run with `node scripts/make-icons.mjs`; the output is deterministic, so re-running it
// leaves the committed PNGs unchanged.
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const RED = [0xc0, 0x00, 0x00];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis, for anti-aliased edges. */
const SUPERSAMPLE = 4;

// Shapes in a unit square (0..1, y downwards).
const MARGIN = 1 / 32;
const CORNER = 0.2;
const CHECK = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.75, 0.33],
];
const STROKE = 0.13;

function insideRoundedSquare(x, y) {
  const lo = MARGIN;
  const hi = 1 - MARGIN;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + CORNER), hi - CORNER);
  const cy = Math.min(Math.max(y, lo + CORNER), hi - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(Math.max(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0), 1);
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onCheckMark(x, y) {
  const d = Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2]));
  return d <= STROKE / 2;
}

/** One RGBA pixel: coverage of the square gives alpha, coverage of the check mark blends in white. */
function shadePixel(px, py, size) {
  let square = 0;
  let mark = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
      if (!insideRoundedSquare(x, y)) continue;
      square++;
      if (onCheckMark(x, y)) mark++;
    }
  }
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  const white = square === 0 ? 0 : mark / square;
  const rgb = RED.map((c, i) => Math.round(c * (1 - white) + WHITE[i] * white));
  return [...rgb, Math.round((255 * square) / samples)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const rowLength = 1 + size * 4;
  const raw = Buffer.alloc(rowLength * size);
  for (let y = 0; y < size; y++) {
    raw[y * rowLength] = 0; // filter type None
    for (let x = 0; x < size; x++) {
      Buffer.from(shadePixel(x, y, size)).copy(raw, y * rowLength + 1 + x * 4);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const assets = new URL("../assets/", import.meta.url);
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, assets);
  writeFileSync(file, encodePng(size));
  console.log(`wrote ${file.pathname} (${size}x${size})`);
}
