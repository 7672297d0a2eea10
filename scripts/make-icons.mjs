// Draws the application icon (a gift card on a teal tile) and writes every size packaging needs:
// assets/icon.png (1024), assets/icons/NxN.png for Linux, assets/icon.ico for Windows (NSIS).
// Run `node scripts/make-icons.mjs` after changing the drawing; the images are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const TEAL = [15, 82, 87];
const WHITE = [255, 255, 255];
const GOLD = [242, 177, 52];
const SUPERSAMPLE = 4;

/** Shapes in unit coordinates (0..1), painted in order; the last one that covers a point wins. */
const SHAPES = [
  { box: [0.04, 0.04, 0.96, 0.96], radius: 0.2, color: TEAL },
  { box: [0.14, 0.26, 0.86, 0.74], radius: 0.06, color: WHITE },
  { box: [0.14, 0.34, 0.86, 0.43], radius: 0, color: TEAL },
  { box: [0.22, 0.54, 0.52, 0.6], radius: 0.02, color: GOLD },
  { box: [0.22, 0.64, 0.42, 0.68], radius: 0.015, color: GOLD },
  { box: [0.62, 0.52, 0.78, 0.68], radius: 0.03, color: GOLD },
];

function inside([x0, y0, x1, y1], radius, x, y) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          const shape = SHAPES.findLast((candidate) => inside(candidate.box, candidate.radius, x, y));
          if (!shape) continue;
          shape.color.forEach((channel, index) => (sum[index] += channel));
          sum[3] += 255;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++)
        pixels[offset + channel] = covered ? Math.round(sum[channel] / covered) : 0;
      pixels[offset + 3] = Math.round(sum[3] / samples);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico whose entries are PNGs (Windows Vista and later read them), largest last. */
function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

const png = (size) => encodePng(size, drawIcon(size));
mkdirSync('assets/icons', { recursive: true });
writeFileSync('assets/icon.png', png(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(`assets/icons/${size}x${size}.png`, png(size));
writeFileSync('assets/icon.ico', encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))));
console.log('icons written: assets/icon.png, assets/icons/, assets/icon.ico');
